/**
 * What an existing output folder holds that matters before a write replaces files there: the
 * API its manifest records, and whether Terraform state sits beside it.
 */
import { existsSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { RefusedOverwriteError } from '../core/errors.js';
import type { Answers, EndpointType } from '../core/types.js';
import { otherApi, type FolderFacts } from './settle.js';

export { otherApi, type FolderFacts } from './settle.js';
import { chosenType } from '../core/endpoint-type.js';
import { loadManifest } from './manifest-file.js';

const STATE_ENTRIES = ['terraform.tfstate', 'terraform.tfstate.backup', '.terraform', 'terraform.tfstate.d'];

/** Reads the folder's manifest and looks for state; an unreadable manifest is bad input (exit 2). */
export async function folderFacts(dir: string): Promise<FolderFacts> {
  const at = await loadManifest(dir);
  const state = STATE_ENTRIES.filter((e) => {
    try {
      lstatSync(join(dir, e));
      return true;
    } catch {
      return false;
    }
  });
  if (!at) return { state };
  const read = at.read;
  if (read.version === 2) return { api: { name: String(read.manifest.answers.name), endpointType: read.manifest.endpointType, toolVersion: read.manifest.toolVersion }, state };
  const answers = read.answers as Partial<Answers>;
  return { api: { name: String(answers.name ?? '(unnamed)'), endpointType: chosenType(answers), toolVersion: read.toolVersion }, state };
}

/**
 * Refuses (exit 3) a write that would replace one API with another without --replace-api,
 * saying what the folder holds and the ways forward.
 */
export async function refuseOtherApi(dir: string, name: string, endpointType: EndpointType, replaceApi: boolean): Promise<void> {
  if (replaceApi || !existsSync(dir)) return;
  const facts = await folderFacts(dir);
  const what = otherApi(facts, name, endpointType);
  if (!what) return;
  const example = facts.api!.name !== name ? `--name ${name}` : `--endpoint-type ${endpointType.toLowerCase()}`;
  throw new RefusedOverwriteError(
    dir,
    'other-api',
    `${what}\n  Fix: to change that API's answers, run create-api-endpoint update ${dir} with the answer flags (e.g. ${example}); to write a new API, choose another --out; to replace it on purpose, add --replace-api.`,
  );
}
