/**
 * The update use case: render the answers a folder's manifest records (plus any given now)
 * with this version of the tool, check the render, and merge it into each owned file three
 * ways (base = what was generated last time, ours = the file on disk, theirs = the render).
 * `planUpdate` decides and writes nothing; `applyUpdate` writes through the owned-files-only
 * writer, with the manifest's bases moved on (a conflicted file keeps its old base).
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RefusedOverwriteError, UsageError } from '../core/errors.js';
import type { Answers, CheckResult, FileTree, Recommendation } from '../core/types.js';
import type { Source } from '../catalog/resolve-answers.js';
import { settleAnswers } from './settle.js';
import { baseTexts, pendingTexts, buildManifest, encodeBase, manifestText, MANIFEST, sha256, type OwnedFile, type SourceRecord } from '../manifest/manifest.js';
import { loadManifest, type ManifestAt } from './manifest-file.js';
import { overlayRecords } from '../render/templates-dir.js';
import { declares, instanceRenames, movedBlocksIn, movedFiles, MOVED_FILE, RENAMES, type Rename } from '../plan/renames.js';
import type { OpenApiPlan } from '../plan/plan.js';
import { isGeneratedPath } from '../plan/plan.js';
import { writeOwned, type WriteOutcome } from '../write/write-owned.js';
import { releaseRenderer } from './release-base.js';
import { generateChecked, presetRecordFor, readOwnership, recordedAnswers, renderFormatted, toolsFor } from './generate.js';
import type { Governed, LoadedPreset } from './preset-file.js';
import type { Generated } from '../pipeline.js';
import { hasConflictMarkers, mergeFile, rejPath, type ConflictStyle, type FileMerge } from './merge.js';
import type { RunFlags } from './options.js';

type Env = Record<string, string | undefined>;

export type { ManifestAt } from './manifest-file.js';

/** The folder's manifest: refused (exit 3) without one, bad input (exit 2) when it is unreadable. */
export async function readManifestAt(dir: string): Promise<ManifestAt> {
  const at = await loadManifest(dir);
  if (!at) throw new RefusedOverwriteError(dir, 'no-manifest');
  return at;
}

export interface UpdatePlan {
  dir: string;
  answers: Answers;
  recommendation: Recommendation;
  checks: CheckResult[];
  files: FileMerge[];
  /** Why the folder is behind (empty: it is current). */
  reasons: string[];
  notes: string[];
  /** The new manifest's preset record. */
  preset: SourceRecord | null;
  /** Whether applying it changes any file. */
  changes: boolean;
  /** The OpenAPI document's files and hashes now (the new manifest records them). */
  openapi?: { sources: { path: string; sha256: string }[] };
}

export interface PlanInput {
  at: ManifestAt;
  /** Recorded answers, a preset, flags given now: in that precedence order, flags last. */
  sources: Source[];
  /** The preset, re-read from its source: its locks and requirements are enforced again. */
  preset?: LoadedPreset;
  flags: RunFlags;
  env: Env;
  version: string;
  /** Whether any answer flag was given now (a reason the update is pending). */
  answersChanged: boolean;
  /**
   * --check: decide only whether anything would change — render and format, no checks — and
   * reuse a render across folders with the same answers (a fleet generated from one preset).
   */
  checkOnly?: { renders: Map<string, Promise<Pick<Generated, 'files' | 'recommendation' | 'checks'> & { openapi?: OpenApiPlan }>> };
  /** Said with the plan (e.g. a newer default not applied to this folder). */
  notes?: string[];
  /** How conflicts are written: markers in the file (default), or the render's side in a .rej beside it. */
  conflictStyle?: ConflictStyle;
}

export async function planUpdate(input: PlanInput): Promise<UpdatePlan> {
  const { at, env, version } = input;
  // The folder being updated is where the root lives (the OpenAPI document's path is relative to it).
  const flags = { ...input.flags, out: at.dir };
  const resolution = settleAnswers(input.sources, env, true, input.preset?.policy);
  const answers = resolution.answers;

  const governed: Governed = { preset: input.preset, typeNote: resolution.typeNote };
  const generated = input.checkOnly ? await renderOnce(answers, flags, env, version, input.checkOnly.renders, governed) : await generateChecked(answers, flags, env, version, undefined, governed);
  const notes: string[] = [...(input.notes ?? []), ...resolution.notes];
  let base: FileTree;
  let pending: FileTree = new Map();
  let recordedVersion: string;
  let recordedPreset: SourceRecord | null = null;
  let recordedTemplates: SourceRecord[] = [];
  /** A version 1 folder re-rendered with its release's renderer: the answers it recorded (for the moves between layouts). */
  let releaseAnswers: Record<string, unknown> | undefined;
  if (at.read.version === 2) {
    base = baseTexts(at.read.manifest);
    pending = pendingTexts(at.read.manifest);
    recordedVersion = at.read.manifest.toolVersion;
    recordedPreset = at.read.manifest.preset;
    recordedTemplates = at.read.manifest.templates;
  } else {
    // Version 1 kept no base: the recorded answers are rendered with the renderer of the
    // release that wrote them (kept in this package), else with this version, so that every
    // line that differs is taken for the owner's.
    const ownership = await readOwnership(resolve(at.dir), flags, env, version);
    base = ownership.bases ?? new Map();
    recordedVersion = at.read.toolVersion;
    releaseAnswers = ownership.release ? at.read.answers : undefined;
    notes.push(
      ownership.release
        ? `${join(at.dir, MANIFEST)} is a version 1 manifest (create-api-endpoint ${at.read.toolVersion}), which kept no copy of what it generated: its answers were rendered again with ${ownership.release}'s own templates, kept in this package, so a file you did not edit is replaced and one you edited is merged. The manifest is upgraded to version 2.`
        : `${join(at.dir, MANIFEST)} is a version 1 manifest (create-api-endpoint ${at.read.toolVersion}), which kept no copy of what it generated, and ${releaseRenderer(at.read.toolVersion) ? `its answers rendered with ${at.read.toolVersion}'s own templates do not reproduce the manifest on disk (written by another build of it, or edited by hand)` : `this package keeps no renderer of ${at.read.toolVersion}`}: the recorded answers rendered with ${version} stand in for it, so edits made before cannot be told from template changes with certainty — differing lines are treated as yours. The manifest is upgraded to version 2.`,
    );
  }

  // What the render adds: moved blocks for renamed resources, formatted and parsed like the rest.
  const theirs: FileTree = new Map(generated.files);
  const renames: Rename[] = [...RENAMES, ...(releaseAnswers ? instanceRenames(releaseAnswers, answers.clientSecurityGroupIds ?? []) : []), ...overlayRenames(flags.templates)];
  const tools = toolsFor(flags, env);
  for (const [path, text] of movedFiles(base, theirs, renames)) {
    const formatted = await tools.format(text);
    await tools.parse(path, formatted);
    theirs.set(path, formatted);
  }

  // An API root turned into a baseline root (--network-baseline or --account-baseline-only now):
  // the next apply would destroy the API. Refused; the baseline goes in a folder of its own.
  if (declares(base, '', 'module.api') && !declares(theirs, '', 'module.api'))
    throw new UsageError([
      `update would turn the API root ${at.dir} into a baseline root with no API (${answers.accountBaselineOnly ? '--account-baseline-only' : '--network-baseline'}): the next apply would destroy the API.`,
      `  Fix: generate the baseline in a folder of its own (create-api-endpoint ${answers.accountBaselineOnly ? '--account-baseline-only' : '--network-baseline'} … --out <another folder>), then update this API root to use it (${answers.accountBaselineOnly ? '--no-account-baseline' : '--vpc-endpoint-id <its vpc_endpoint_id output>'}).`,
    ]);
  if (releaseAnswers && [...theirs].some(([p, t]) => p === MOVED_FILE && /removed \{\s*from = module\.api\.aws_vpc_endpoint\.execute_api/.test(t)))
    notes.push(`the execute-api endpoint ${recordedVersion} created in this root (and its security group, rules and flow logs) is forgotten, not destroyed (removed, destroy = false, in moved.tf): it keeps running outside Terraform. Import it into the VPC's network baseline root, or delete it once nothing uses it.`);

  const paths = [...new Set([...base.keys(), ...theirs.keys()])].filter((p) => p !== MANIFEST).sort();
  const files: FileMerge[] = [];
  for (const path of paths) {
    // Only a regular file is read: a folder, link or FIFO where a generated file goes is left for
    // the writer to refuse (exit 3), never read (a FIFO would block the run).
    const full = join(at.dir, path);
    const ours = regularFile(full) ? readFileSync(full, 'utf8') : undefined;
    files.push(mergeFile(path, base.get(path), ours, theirs.get(path), pending.get(path), { style: input.conflictStyle, rejOnDisk: existsSync(join(at.dir, rejPath(path))) }));
  }

  // A file of the old layout the owner edited stays (no longer the tool's): if it still declares
  // a resource the moved blocks move elsewhere, terraform refuses the move — say what to do.
  const movedFrom = [...theirs].filter(([p]) => p === MOVED_FILE || p.endsWith(`/${MOVED_FILE}`)).flatMap(([, t]) => movedBlocksIn(t)).filter((m) => m.to !== null).map((m) => m.from);
  for (const [i, f] of files.entries()) {
    if ((f.status !== 'kept-edited' && !(f.status === 'conflict' && f.stale)) || !f.path.endsWith('.tf') || !regularFile(join(at.dir, f.path))) continue;
    const text = readFileSync(join(at.dir, f.path), 'utf8');
    const alone: FileTree = new Map([[f.path, text]]);
    const folder = f.path.includes('/') ? f.path.slice(0, f.path.lastIndexOf('/')) : '';
    const stale = [...new Set(movedFrom.filter((from) => declares(alone, folder, from.replace(/\[[^\]]*\]/g, '').split('.').slice(-2).join('.'))))];
    // What is written is what was checked: the folder would not plan with it, so it is a conflict (exit 5), not a note.
    if (stale.length)
      files[i] = { path: f.path, status: 'conflict', text, stale, ...(base.get(f.path) !== undefined ? { base: base.get(f.path)! } : {}), detail: `you edited it, so it stays, but it still declares what moved.tf moves elsewhere (${stale.join(', ')}): terraform refuses a move while the old address is declared. Carry your edits into the module it moved to, delete ${f.path}, then run update again` };
  }

  if (releaseAnswers?.hybrid === true && [...base.keys()].some((p) => p.endsWith('/resolver.tf')) && movedFrom.some((m) => m.includes('aws_route53_resolver_endpoint.inbound')))
    notes.push(`the Route 53 Resolver inbound endpoint ${recordedVersion} created for on-premises DNS is created now only when something is forwarded to it: if your on-premises resolvers forward to its addresses, list the zones they forward in resolver_forward_zones (or, with private DNS on, set forward_execute_api_zone = true) in terraform.tfvars before you apply, or the plan destroys it.`);
  const reasons: string[] = [];
  if (recordedVersion !== version) reasons.push(`written by create-api-endpoint ${recordedVersion}; this is ${version}`);
  const templatesNow = overlayRecords(flags.templates);
  if (JSON.stringify(templatesNow) !== JSON.stringify(recordedTemplates)) reasons.push('the template overlays changed');
  const presetNow = input.preset?.record ?? null;
  if (presetNow && recordedPreset && presetNow.sha256 !== recordedPreset.sha256) reasons.push(`the preset ${presetNow.name} changed`);
  else if (presetNow?.name !== recordedPreset?.name) reasons.push(presetNow ? `the preset ${presetNow.name} is given now` : 'no preset now');
  if (resolution.notes.length) reasons.push(`the preset's locks replace recorded answers (${resolution.notes.length})`);
  if (input.answersChanged) reasons.push('answers given now change the recorded ones');
  // The OpenAPI document is the owner's: Terraform reads it on every plan, so a change to it is
  // no reason to run the tool — unless it references other files (the bundle is the tool's).
  const spec = 'blueprint' in generated ? (generated.blueprint as Generated['blueprint']).openapi : (generated as { openapi?: OpenApiPlan }).openapi;
  const specNow = spec?.sources;
  const specThen = at.read.version === 2 ? at.read.manifest.openapi?.sources : undefined;
  if (specNow && specThen && JSON.stringify(specNow) !== JSON.stringify(specThen)) {
    const what = specNow.filter((x) => specThen.find((y) => y.path === x.path)?.sha256 !== x.sha256).map((x) => x.path);
    if (spec?.bundled === undefined) notes.push(`the OpenAPI document changed since the last run (${what.join(', ')}): Terraform reads it on every plan, and operations without an integration get the module's, so the next plan serves it; nothing to update for it.`);
    else notes.push(`the OpenAPI document or a file it references changed (${what.join(', ')}): the bundle Terraform reads (openapi.bundled.json) is written again.`);
  }
  const changed = files.filter((f) => ['updated', 'merged', 'conflict', 'added', 'removed'].includes(f.status));
  const unresolved = files.filter((f) => f.status === 'conflict' && f.text !== undefined && f.pending !== undefined && f.detail?.startsWith('still has'));
  if (unresolved.length)
    reasons.push(`the last update left conflicts unresolved in ${unresolved.map((f) => (hasConflictMarkers(f.text!) ? `${f.path} (markers)` : `${f.path} (${rejPath(f.path)})`)).join(', ')}: resolve them, then run update again`);
  if (changed.length && !reasons.length) reasons.push('the templates render differently now');
  if (changed.length) reasons.push(`${changed.length} file${changed.length === 1 ? '' : 's'} would change: ${changed.map((f) => `${f.path} (${f.status})`).join(', ')}`);
  return { dir: at.dir, answers, recommendation: generated.recommendation, checks: generated.checks, files, reasons: changed.length || at.read.version === 1 ? reasons : [], notes, preset: presetRecordFor(at.dir, presetNow), changes: changed.length > 0 || at.read.version === 1, ...(specNow ? { openapi: { sources: specNow } } : {}) };
}

const regularFile = (path: string) => {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
};

/** Renames a template overlay folder declares in renames.json. */
function overlayRenames(overlays: string[]): Rename[] {
  const out: Rename[] = [];
  for (const dir of overlays) {
    const file = join(dir, 'renames.json');
    if (!existsSync(file)) continue;
    let list: unknown;
    try {
      list = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new UsageError([`${file}: not valid JSON (${(err as Error).message}).`]);
    }
    if (!Array.isArray(list) || !list.every((r) => typeof r?.from === 'string' && typeof r?.to === 'string' && /^[\w-]+\.[\w-]+$/.test(r.from) && /^[\w-]+\.[\w-]+$/.test(r.to)))
      throw new UsageError([`${file}: must be a list of {"module": "modules/rest-api", "from": "type.old_name", "to": "type.new_name"}.`]);
    out.push(...(list as Rename[]).map((r) => ({ module: r.module ?? '', from: r.from, to: r.to })));
  }
  return out;
}

/** What to do about each conflicted file, by kind: one sentence per kind, naming the files. */
export function conflictAdvice(files: FileMerge[]): string[] {
  const conflicted = files.filter((f) => f.status === 'conflict');
  const names = (list: FileMerge[]) => list.map((f) => f.path).join(', ');
  const newRej = conflicted.filter((f) => f.rej !== undefined);
  const openRej = conflicted.filter((f) => f.rej === undefined && f.text !== undefined && !hasConflictMarkers(f.text) && f.detail?.startsWith('still has'));
  const markers = conflicted.filter((f) => f.text !== undefined && hasConflictMarkers(f.text));
  const stale = conflicted.filter((f) => f.stale);
  const rewritten = conflicted.filter((f) => !f.stale && !newRej.includes(f) && !openRej.includes(f) && !markers.includes(f));
  return [
    ...(newRej.length ? [`${names(newRej)}: your side is kept in the file and the render's is in ${newRej.map((f) => rejPath(f.path)).join(', ')}; apply what you want of each (patch -p0 -r - < <file>.rej in the folder, --binary for Windows line endings; or by hand), delete the .rej, then run update again.`] : []),
    ...(openRej.length ? [`${names(openRej)}: the .rej from the last update is still there (${openRej.map((f) => rejPath(f.path)).join(', ')}); apply what you want of it, delete it, then run update again.`] : []),
    ...(markers.length ? [`${names(markers)}: resolve the <<<<<<< ||||||| ======= >>>>>>> markers, then run update again.`] : []),
    ...(stale.length ? [`${names(stale)}: a file of the earlier layout you edited; it still declares resources that moved to another module (moved.tf): carry your edits there, delete ${stale.length === 1 ? 'it' : 'them'}, then run update again.`] : []),
    ...(rewritten.length ? [`${names(rewritten)}: you had deleted ${rewritten.length === 1 ? 'it' : 'them'} and the new render changed ${rewritten.length === 1 ? 'it' : 'them'}: written again as rendered; delete again if you do not want ${rewritten.length === 1 ? 'it' : 'them'}.`] : []),
  ];
}

export interface UpdateResult extends WriteOutcome {
  conflicts: string[];
  /** rej style: the .rej files written beside conflicted files (the owner's to apply and delete). */
  rejects: string[];
}

/** Writes the plan: merged texts, the manifest with each file's new base, only owned files touched. */
export async function applyUpdate(plan: UpdatePlan, at: ManifestAt, flags: RunFlags, version: string): Promise<UpdateResult> {
  const written: FileTree = new Map();
  const keepBase = new Map<string, OwnedFile>();
  const replace = new Set<string>();
  for (const f of plan.files) {
    if (f.text === undefined) continue;
    written.set(f.path, f.text);
    if (f.base !== undefined && (f.base !== f.text || f.pending !== undefined))
      keepBase.set(f.path, { path: f.path, sha256: sha256(f.base), base: encodeBase(f.base), ...(f.pending !== undefined ? { pending: encodeBase(f.pending) } : {}) });
    // Files the owner edited that the update rewrites on purpose (the merge kept their edits).
    if (f.status === 'merged' || f.status === 'conflict' || f.status === 'kept') replace.add(f.path);
  }
  const manifest = buildManifest({ toolVersion: version, answers: recordedAnswers(plan.answers, at.dir), recommendation: plan.recommendation, files: written, preset: plan.preset, templates: overlayRecords(flags.templates), keepBase, ...(plan.openapi ? { openapi: plan.openapi } : {}) });
  written.set(MANIFEST, manifestText(manifest));
  // A .rej is written once and is the owner's from then on: not in the manifest, so no later
  // update replaces or removes it (one still there keeps its file's conflict open).
  const rejects = plan.files.flatMap((f) => (f.rej !== undefined ? [[rejPath(f.path), f.rej] as const] : []));
  for (const [path, text] of rejects) written.set(path, text);
  const owned = at.read.version === 2 ? new Map(at.read.manifest.files.map((f) => [f.path, f.sha256])) : await v1Owned(at, flags, version);
  owned.set(MANIFEST, sha256(at.text));
  // A file an earlier release generated and this one no longer does (the first layout's
  // modules/rest-api/vpc-endpoint.tf): removable too when the base came from that release's
  // own render — a path its renderer made, never one the manifest merely claims.
  // (A version 2 manifest's bases are read from the manifest, which a crafted one could fill with an owner's file.)
  const released = new Set(at.read.version === 1 ? plan.files.filter((f) => f.status === 'removed' || f.status === 'kept-edited').map((f) => f.path) : []);
  const outcome = await writeOwned({ target: at.dir, files: written, owned, manifestSha: sha256(at.text), force: true, replace, removable: (path) => isGeneratedPath(path) || released.has(path) });
  return { ...outcome, conflicts: plan.files.filter((f) => f.status === 'conflict').map((f) => f.path), rejects: rejects.map(([p]) => p) };
}

async function v1Owned(at: ManifestAt, flags: RunFlags, version: string): Promise<Map<string, string>> {
  const { owned } = await readOwnership(resolve(at.dir), flags, {}, version);
  return new Map(owned ?? []);
}

/** The formatted render of a set of answers, once per process (update --check over a fleet). */
function renderOnce(answers: Answers, flags: RunFlags, env: Env, version: string, renders: Map<string, Promise<Pick<Generated, 'files' | 'recommendation' | 'checks'> & { openapi?: OpenApiPlan }>>, governed: Governed) {
  // The root names an OpenAPI document by a path relative to itself: such renders differ by folder.
  const key = JSON.stringify([answers, flags.templates, governed.preset?.record.sha256 ?? null, governed.typeNote ?? null, answers.openapi ? flags.out : null]);
  let r = renders.get(key);
  if (!r) {
    r = renderFormatted(answers, flags, env, version, governed).then((g) => ({ ...g, checks: [] }));
    renders.set(key, r);
  }
  return r;
}
