/**
 * Resource addresses the templates renamed, so that `update` writes `moved {}` blocks and
 * `terraform plan` shows a move instead of a destroy and a create. The table is ours; a
 * template overlay folder may add its own in `renames.json` ([{"module": "modules/rest-api",
 * "from": "aws_x.old", "to": "aws_x.new"}]). Pure.
 */
import { escapeRe } from '../core/text.js';
import type { FileTree } from '../core/types.js';

export interface Rename {
  /** Module folder the address lives in ('' for the root). */
  module: string;
  from: string;
  /** The new address; null: no longer generated, and must not be destroyed (a `removed` block that forgets it). */
  to: string | null;
  /** The tool version whose templates made the rename (documentation). */
  since?: string;
}

/** Renames made by our own templates, oldest first. */
export const RENAMES: Rename[] = [
  // 0.2.0 moved the account's API Gateway CloudWatch role out of the API module (it was opt-in
  // there, as manage_account_cloudwatch_role): destroying it would reset the account setting and
  // stop every API's logs, so the update forgets it instead (set it with --account-baseline).
  { module: 'modules/rest-api', from: 'aws_api_gateway_account.this', to: null, since: '0.2.0' },
  { module: 'modules/rest-api', from: 'aws_iam_role_policy_attachment.cloudwatch', to: null, since: '0.2.0' },
  { module: 'modules/rest-api', from: 'aws_iam_role.cloudwatch', to: null, since: '0.2.0' },
  // An API root that created the VPC's network baseline and now uses the shared endpoint
  // (update --vpc-endpoint-id, after the baseline moved to a root of its own): the endpoint
  // every private API in the VPC uses must be forgotten here, never destroyed.
  { module: '', from: 'module.endpoint', to: null, since: '0.2.0' },
];

export const MOVED_FILE = 'moved.tf';

const declares = (tree: FileTree, module: string, address: string) => {
  const [type, name] = address.split('.') as [string, string];
  const header = type === 'module' ? new RegExp(`^module\\s+"${escapeRe(name)}"`, 'm') : new RegExp(`^resource\\s+"${escapeRe(type)}"\\s+"${escapeRe(name)}"`, 'm');
  return [...tree].some(([path, text]) => path.endsWith('.tf') && (module ? path.startsWith(`${module}/`) && !path.slice(module.length + 1).includes('/') : !path.includes('/')) && header.test(text));
};

/** moved and removed blocks already written (kept: a copy of the module not applied yet still needs them). */
export function movedBlocksIn(text: string | undefined): { from: string; to: string | null }[] {
  const t = text ?? '';
  return [
    ...[...t.matchAll(/moved\s*\{\s*from\s*=\s*([\w.[\]"-]+)\s*to\s*=\s*([\w.[\]"-]+)\s*\}/g)].map((m) => ({ from: m[1]!, to: m[2]! })),
    ...[...t.matchAll(/removed\s*\{\s*from\s*=\s*([\w.[\]"-]+)/g)].map((m) => ({ from: m[1]!, to: null })),
  ];
}

/**
 * The moved.tf of each module folder for an update: the blocks of the base's moved.tf, plus a
 * block for each rename whose old address the base declares and whose new one the new render
 * declares (and the old one no longer).
 */
export function movedFiles(base: FileTree, next: FileTree, renames: Rename[]): FileTree {
  const byModule = new Map<string, { from: string; to: string | null }[]>();
  for (const [path, text] of base) if (path.endsWith(`/${MOVED_FILE}`) || path === MOVED_FILE) byModule.set(path === MOVED_FILE ? '' : path.slice(0, -MOVED_FILE.length - 1), movedBlocksIn(text));
  for (const r of renames) {
    if (!declares(base, r.module, r.from) || (r.to !== null && !declares(next, r.module, r.to)) || declares(next, r.module, r.from)) continue;
    const list = byModule.get(r.module) ?? [];
    if (!list.some((m) => m.from === r.from && m.to === r.to)) list.push({ from: r.from, to: r.to });
    byModule.set(r.module, list);
  }
  const out: FileTree = new Map();
  for (const [module, moves] of byModule) {
    if (!moves.length) continue;
    const body = moves
      .map((m) => (m.to === null ? `removed {\n  from = ${m.from}\n\n  lifecycle {\n    destroy = false\n  }\n}\n` : `moved {\n  from = ${m.from}\n  to   = ${m.to}\n}\n`))
      .join('\n');
    out.set(
      module ? `${module}/${MOVED_FILE}` : MOVED_FILE,
      `# Written by create-api-endpoint update: resources its templates renamed move instead of being\n# destroyed and created, and resources it no longer generates that must outlive it (removed,\n# destroy = false) are forgotten, not destroyed. Keep these blocks until every copy of this\n# module has been applied.\n\n${body}`,
    );
  }
  return out;
}
