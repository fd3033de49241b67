/**
 * The generate use case, after the answers are known: render, format, check, then write into
 * the output folder through the owned-files-only writer, with a manifest that records what the
 * tool wrote. Returns what happened; printing and exit codes are the shells' business (the
 * CLI and the wizard both call this). Loaded lazily: the wizard shows its first question
 * before this and the template engine load.
 */
import { existsSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../core/errors.js';
import { shapeProblem } from '../core/shape.js';
import { TemplateError } from '../render/engine.js';
import type { Answers, CheckResult, FileTree } from '../core/types.js';
import type { HclTools } from '../hcl/tools.js';
import { defaultCacheDir } from '../hcl/cache.js';
import { loadTemplates, overlayRecords } from '../render/templates-dir.js';
import { formatTree, generate, type Generated } from '../pipeline.js';
import { parseCheck } from '../checks/check-parse.js';
import { schemaCheck } from '../checks/check-schema.js';
import { referencesCheck } from '../checks/check-references.js';
import { formatCheck } from '../checks/check-format.js';
import { securityCheck } from '../checks/check-security.js';
import { terraformCheck } from '../checks/check-terraform.js';
import type { Check } from '../checks/model.js';
import type { Progress } from '../checks/run-checks.js';
import { recommend } from '../core/recommend.js';
import { isGeneratedPath, plan, type OpenApiPlan } from '../plan/plan.js';
import { renderFiles } from '../render/render.js';
import { resolveAnswers } from '../catalog/resolve-answers.js';
import { questionById } from '../catalog/questions.js';
import { buildManifest, manifestText, MANIFEST, ownedHashes, sha256, type SourceRecord } from '../manifest/manifest.js';
import { loadManifest } from './manifest-file.js';
import { releaseBase, releaseRenderer } from './release-base.js';
import { refuseOtherApi } from './folder-facts.js';
import { writeOwned, type WriteOutcome } from '../write/write-owned.js';
import type { RunFlags } from './options.js';
import { RULES } from '../rules/rules.js';
import { applySettings, presetRules } from '../rules/preset-rules.js';
import type { Rule } from '../rules/model.js';
import { governanceOf, type Governed, type LoadedPreset } from './preset-file.js';

type Env = Record<string, string | undefined>;

/** The HCL tools for a run: behind the on-disk cache unless --no-cache. */
export { toolsFor } from '../hcl/tools-for.js';
import { toolsFor } from '../hcl/tools-for.js';

/** The rules a run enforces: every rule, plus a preset's requirements, with its settings applied. */
export function rulesFor(preset: LoadedPreset | undefined): { rules: Rule[]; disabled: { rule: string; reason: string; preset: string }[] } {
  if (!preset) return { rules: RULES, disabled: [] };
  return applySettings([...RULES, ...policyRules(preset)], preset.policy.checks);
}

/** A preset's own rules: its requirements, and its allowed (or locked) endpoint types. */
export function policyRules(preset: LoadedPreset): Rule[] {
  const { locked, allowed, require } = preset.policy;
  const lock = locked.get('endpoint-type');
  const allow = allowed.get('endpoint-type');
  const types = lock ? { values: [String(lock.value)], preset: lock.preset, file: lock.file, line: lock.line, reason: lock.reason } : allow;
  return presetRules(require, types);
}

export function checksFor(flags: RunFlags, env: Env, tools: HclTools = toolsFor(flags, env), preset?: LoadedPreset): Check[] {
  const checks = [parseCheck(tools), schemaCheck(), referencesCheck(), formatCheck(tools), securityCheck(rulesFor(preset).rules)];
  if (!flags.noTerraform) checks.push(terraformCheck({ binary: flags.terraform, env: env as NodeJS.ProcessEnv, pluginDir: flags.terraformPluginDir, cacheDir: flags.noCache ? undefined : defaultCacheDir(env) }));
  return checks;
}

/** Render, format and check with the run's options; --require-terraform applied. */
/** Where a run writes: --out, or ./<name>. */
export const outDirOf = (answers: Pick<Answers, 'name'>, flags: Pick<RunFlags, 'out'>) => flags.out ?? `./${answers.name}`;

/** The owner's OpenAPI document for a run writing to outDir, read and checked (bad input: exit 2). */
async function openapiOf(answers: Answers, outDir: string) {
  if (!answers.openapi) return undefined;
  const { openapiInput } = await import('./openapi-file.js');
  return openapiInput(answers.openapi, outDir);
}

export async function generateChecked(answers: Answers, flags: RunFlags, env: Env, version: string, onProgress?: Progress, governed: Governed = {}): Promise<Generated> {
  const tools = toolsFor(flags, env);
  const openapi = await openapiOf(answers, outDirOf(answers, flags));
  try {
    const generated = await generate(answers, {
      ...(openapi ? { openapi } : {}),
      templates: loadTemplates(overlaysOf(flags, governed)),
      toolVersion: version,
      tools,
      checks: checksFor(flags, env, tools, governed.preset),
      onProgress,
      governance: governanceOf(governed.preset, governed.typeNote),
    });
    return { ...generated, checks: noteDisabled(enforceTerraform(generated.checks, flags), governed.preset) };
  } catch (err) {
    // With overlays, a template that fails is most likely the user's: say so, exit 2.
    if (err instanceof TemplateError && flags.templates.length) {
      // Name the overlay file when the failing template is one (the last folder that has it wins).
      const file = [...flags.templates].reverse().map((dir) => join(dir, `${err.template}.hbs`)).find((f) => existsSync(f));
      throw new UsageError([
        file ? `${file}: ${err.message.replace(/^Rendering template "[^"]+" failed: /, '')}` : err.message,
        file ? 'Fix this overlay template, or run without --templates to check the built-in ones render.' : `Your --templates overlay (${flags.templates.join(', ')}) takes part in this render: fix the overlay template, or run without --templates to check the built-in ones render.`,
      ]);
    }
    throw err;
  }
}

/** --require-terraform: a skipped validate is a failure, with the reason as the finding. */
export function enforceTerraform(checks: CheckResult[], flags: Pick<RunFlags, 'requireTerraform'>): CheckResult[] {
  if (!flags.requireTerraform) return checks;
  return checks.map((c) =>
    c.name === 'terraform validate' && c.status === 'skip'
      ? { ...c, status: 'fail', findings: [{ file: '(run)', severity: 'error', message: `terraform validate could not run: ${c.reason}`, fix: 'Install terraform or tofu, or give --terraform <path>; drop --require-terraform to allow a skip.' }] }
      : c,
  );
}

/** A preset's overlays first, then --templates (the last folder that has a template wins). */
export const overlaysOf = (flags: Pick<RunFlags, 'templates'>, governed: Governed) => [...(governed.preset?.overlays ?? []), ...flags.templates];

/** Rules a preset disables are said where they would have run: info lines on the security check, with the reason. */
function noteDisabled(checks: CheckResult[], preset: LoadedPreset | undefined): CheckResult[] {
  const { disabled } = rulesFor(preset);
  if (!disabled.length) return checks;
  return checks.map((c) =>
    c.name === 'security' ? { ...c, findings: [...c.findings, ...disabled.map((d) => ({ file: '(preset)', severity: 'info' as const, rule: d.rule, message: `${d.rule} disabled by preset ${d.preset}: ${d.reason}`, fix: 'Ask the preset\'s owners to enable it again.' }))] } : c,
  );
}

/** Render and format only, without the checks (a stand-in base, or update --check's question). */
export async function renderFormatted(answers: Answers, flags: Pick<RunFlags, 'templates' | 'noCache' | 'out'>, env: Env, version: string, governed: Governed = {}): Promise<Pick<Generated, 'files' | 'recommendation'> & { openapi?: OpenApiPlan }> {
  const governance = governanceOf(governed.preset, governed.typeNote);
  const recommendation = recommend(answers, governance.typeNote);
  const openapi = await openapiOf(answers, outDirOf(answers, flags));
  const raw = renderFiles(plan(answers, recommendation, version, governance, openapi?.plan), loadTemplates(overlaysOf(flags, governed)));
  return { files: (await formatTree(raw, toolsFor(flags, env))).files, recommendation, ...(openapi ? { openapi: openapi.plan } : {}) };
}

/** What the folder's manifest says the tool owns there. */
export interface Ownership {
  /** Owned path → hash when written; null without a manifest. */
  owned: Map<string, string> | null;
  manifestSha: string | null;
  /** Said in the report: e.g. that a version 1 manifest was upgraded. */
  notes: string[];
  /** A version 1 manifest's bases: its answers rendered with the release that wrote it (kept in this package), else with this version. */
  bases?: FileTree;
  /** The release whose own renderer made `bases` (absent: this version's render stands in). */
  release?: string;
}

/** Reads `<dir>/.create-api-endpoint.json`; a v1 manifest's hashes come from re-rendering the answers it records. */
export async function readOwnership(dir: string, flags: RunFlags, env: Env, version: string): Promise<Ownership> {
  const at = await loadManifest(dir);
  if (!at) return { owned: null, manifestSha: null, notes: [] };
  const { path, text, read } = at;
  if (read.version === 2) return { owned: ownedHashes(read.manifest), manifestSha: sha256(text), notes: [] };
  // Version 1 recorded the answers and the file list, not what was generated. The release
  // that wrote it rendered them with its own templates: this package keeps that renderer
  // (templates/releases/<version>), so what was generated is rendered again exactly and the
  // owner's edits are told apart. A release it does not keep: this version's render stands in.
  const shape = shapeProblem(read.answers);
  if (shape) throw new UsageError([`${path}: its answers ${shape}. Restore it from version control (git checkout -- ${path}).`]);
  // The answers are validated first (lengths, patterns): only answers this version accepts are
  // handed to the old renderer, whose text handling was never meant for hostile input.
  const values = Object.fromEntries(Object.entries(read.answers).map(([id, v]) => [questionById.get(id as keyof Answers)?.flag ?? id, v]));
  const resolution = resolveAnswers([{ kind: 'recorded', label: path, values }], env, true);
  const manifestJson = JSON.parse(text) as { answers?: unknown };
  const raw = manifestJson.answers;
  const release = !resolution.problems.length && raw && typeof raw === 'object' && !Array.isArray(raw) ? await releaseBase(read.toolVersion, raw as Record<string, unknown>, [...new Set([...read.files, MANIFEST])], toolsFor(flags, env)) : undefined;
  // That release wrote its manifest (answers, recommendation with its reasons, file list) with
  // the same code: the base is taken for what was written only if it renders the manifest on
  // disk exactly. A folder written by another build of that version, or a manifest edited by
  // hand beyond its answers, does not; merging against such a base would carry its differences
  // into the owner's files, so today's render stands in, as without one. (A hand edit of the
  // answers alone cannot be told apart — version 1 kept no hashes: the files it changes merge as
  // the owner's edits, or conflict; nothing is lost.)
  const renderedManifest = release?.files.get(MANIFEST);
  const reproduces = renderedManifest !== undefined && isDeepStrictEqual(parseOr(renderedManifest), manifestJson);
  const owned = new Map<string, string>();
  const bases: FileTree = new Map();
  if (release && reproduces) {
    for (const p of read.files) owned.set(p, release.files.has(p) ? sha256(release.files.get(p)!) : 'unknown');
    for (const [p, t] of release.files) bases.set(p, t);
    return {
      owned,
      bases,
      manifestSha: sha256(text),
      release: release.version,
      notes: [
        `${path} is a version 1 manifest (create-api-endpoint ${read.toolVersion}), which did not record what was generated: its answers were rendered again with ${release.version}'s own templates (kept in this package) to tell your edits apart. It is upgraded to version 2 by this write.`,
      ],
    };
  }
  if (!resolution.problems.length) {
    const { files } = await renderFormatted(resolution.answers as Answers, flags, env, version);
    for (const p of read.files) owned.set(p, files.has(p) ? sha256(files.get(p)!) : 'unknown');
    for (const p of read.files) if (files.has(p)) bases.set(p, files.get(p)!);
  } else for (const p of read.files) owned.set(p, 'unknown');
  return {
    owned,
    bases,
    manifestSha: sha256(text),
    notes: [
      `${path} is a version 1 manifest (create-api-endpoint ${read.toolVersion}), which did not record what was generated, and ${releaseRenderer(read.toolVersion) ? `its answers rendered with ${read.toolVersion}'s own templates do not reproduce the manifest on disk (written by another build of it, or edited by hand)` : `this package keeps no renderer of ${read.toolVersion}`}: its answers were rendered again with ${version} to tell your edits apart, and a file that differs is treated as yours (refused, not replaced; differing lines are treated as yours by update). It is upgraded to version 2 by this write.`,
    ],
  };
}

const parseOr = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

export interface WriteResult extends WriteOutcome {
  notes: string[];
}

/** The write step of generate: the manifest built from what was checked, then the owned-files-only writer. */
export async function writeGenerated(
  outDir: string,
  generated: Pick<Generated, 'files' | 'recommendation'> & { blueprint?: Pick<Generated['blueprint'], 'openapi'> },
  answers: Answers,
  flags: RunFlags,
  env: Env,
  version: string,
  extra: { preset?: SourceRecord | null; onStep?: (done: number, total: number) => void } = {},
): Promise<WriteResult> {
  // Never replace one API by another unless asked (--replace-api, or the wizard's explicit choice).
  await refuseOtherApi(outDir, answers.name, generated.recommendation.endpointType, flags.replaceApi);
  const ownership = await readOwnership(resolve(outDir), flags, env, version);
  const manifest = buildManifest({ toolVersion: version, answers: recordedAnswers(answers, outDir), recommendation: generated.recommendation, files: generated.files, preset: presetRecordFor(outDir, extra.preset ?? null), templates: overlayRecords(flags.templates), ...openapiRecord(generated) });
  const files: FileTree = new Map([...generated.files, [MANIFEST, manifestText(manifest)]]);
  for (const r of flags.replace)
    if (!files.has(r)) throw new UsageError([`--replace ${r}: this run writes no such file (paths are relative to --out, e.g. --replace main.tf).`]);
  // The manifest itself is the tool's, as read (the writer re-checks it has not changed since).
  const owned = ownership.owned && new Map([...ownership.owned, [MANIFEST, ownership.manifestSha!]]);
  const outcome = await writeOwned({
    target: outDir,
    files,
    owned,
    manifestSha: ownership.manifestSha,
    force: flags.force,
    replace: new Set(flags.replace),
    removable: isGeneratedPath,
    expected: new Set(generated.blueprint?.openapi?.sources.map((x) => x.path) ?? []),
    env,
    onStep: extra.onStep,
  });
  return { ...outcome, notes: [...ownership.notes, ...outcome.notes] };
}

/** Answers as the manifest records them: the OpenAPI document's path relative to the folder (the folder and its document move together). */
export function recordedAnswers(answers: Answers, outDir: string): Answers {
  if (!answers.openapi) return answers;
  return { ...answers, openapi: relative(resolve(outDir), resolve(answers.openapi)).split(sep).join('/') };
}

/** The document's files and hashes, for the manifest. */
const openapiRecord = (generated: Pick<Generated, 'files'> & { blueprint?: Pick<Generated['blueprint'], 'openapi'> }) => (generated.blueprint?.openapi ? { openapi: { sources: generated.blueprint.openapi.sources } } : {});

/** The files a run writes, the manifest included (what the wizard's review and --dry-run list). */
export const withManifestPath = (paths: string[]) => [...paths, MANIFEST];

/** A preset found as a file is recorded relative to the folder, so the folder and its preset can move together (a repository). */
export function presetRecordFor(outDir: string, record: SourceRecord | null): SourceRecord | null {
  if (!record?.source || !isAbsolute(record.source)) return record;
  return { ...record, source: relative(resolve(outDir), record.source) || '.' };
}
