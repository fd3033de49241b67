/**
 * Answers added after a folder was generated whose new default would change what a running
 * stack does. On update, a recording made before the question existed keeps the old
 * behaviour, and a note says how to move on; a flag given now still wins.
 */
import { questionById } from './questions.js';
import type { Answers } from '../core/types.js';

interface Legacy {
  id: keyof Answers;
  /** The behaviour the folder was generated with. */
  value: unknown;
  /** Whether the question applied to the recorded answers. */
  applies: (recorded: Record<string, unknown>) => boolean;
  note: string;
}

const LEGACY: Legacy[] = [
  {
    id: 'vpcLink',
    value: 'v1',
    applies: (r) => r.integration === 'nlb',
    note: 'kept the VPC link V1 this folder was generated with (--vpc-link v1). AWS recommends V2 for REST APIs: `update --vpc-link v2 --vpc-link-subnet-ids …` creates a V2 link and its security group, moves the integration and then deletes the V1 link; if the NLB has security groups, admit the new link’s group first (TROUBLESHOOTING.md, "Private integration").',
  },
];

/** Flag-keyed values to put under the recorded answers, and the notes saying so. */
export function legacyAnswers(recorded: Record<string, unknown>): { values: Record<string, unknown>; notes: string[] } {
  const values: Record<string, unknown> = {};
  const notes: string[] = [];
  for (const l of LEGACY) {
    if (l.id in recorded || !l.applies(recorded)) continue;
    values[questionById.get(l.id)!.flag] = l.value;
    notes.push(l.note);
  }
  return { values, notes };
}
