/**
 * The programmatic API: what the CLI does, as typed functions that return what the CLI prints
 * under --json (and the generated tree), for a developer portal's action, a bot or a test.
 * Importing it starts nothing and reads neither process.argv nor the terminal; nothing here
 * exits the process. Bad input is a CreateApiEndpointError with the CLI's exit code and its
 * messages, one per problem, each naming the answer and the fix.
 *
 * Answers are keyed like an answers file: by flag name ("clients", "vpc-endpoint-id") or by
 * the camelCase id ("vpcEndpointId"); lists as arrays. Relative paths (an OpenAPI document)
 * are relative to `cwd`.
 */
import { resolve } from 'node:path';
import { settleAnswers } from './app/settle.js';
import { loadPreset, type LoadedPreset } from './app/preset-file.js';
import { outDirOf } from './app/generate.js';
import { pathsFrom } from './commands/read-answers-file.js';
import { recommend as recommendType } from './core/recommend.js';
import { EXIT } from './core/errors.js';
import { QUESTIONS } from './catalog/questions.js';
import type { Source } from './catalog/resolve-answers.js';
import type { Answers, CheckResult, EndpointType, FileTree, Recommendation } from './core/types.js';
import type { Io, RunFlags } from './app/options.js';
import type { Report } from './report/report.js';
import { produceReport } from './commands/produce.js';
import { checkCommand } from './commands/check.js';
import { updateCommand } from './commands/update.js';
import { toolVersion } from './core/package-root.js';

export { EXIT } from './core/errors.js';
export type { Answers, CheckResult, EndpointType, FileTree, Recommendation, Report };

/** Answers as an answers file gives them: by flag name or camelCase id. */
export type AnswersInput = Record<string, unknown>;

/** Bad input, a refused write, or a failure of the tool: the CLI's exit code and its messages. */
export class CreateApiEndpointError extends Error {
  constructor(
    readonly exitCode: number,
    readonly problems: string[],
  ) {
    super(problems.join('\n'));
    this.name = 'CreateApiEndpointError';
  }
}

export interface CommonOptions {
  /** Folder relative paths are read from (default: the process's working folder). */
  cwd?: string;
  /** Environment (AWS_REGION, XDG_CACHE_HOME…); default: process.env. */
  env?: Record<string, string | undefined>;
  /** A built-in preset name, a preset file or an npm package of presets. */
  preset?: string;
  /** Each progress line the CLI would print on stderr. */
  onProgress?: (line: string) => void;
}

export interface GenerateOptions extends CommonOptions {
  answers: AnswersInput;
  /** The output folder (default: ./<name> under cwd). Ignored when inMemory. */
  out?: string;
  /** Render and check only: nothing is written; `files` holds the tree (default: false). */
  inMemory?: boolean;
  /** Like --dry-run: the report says what a write would do; nothing is written. */
  dryRun?: boolean;
  /** Like --force: re-generate a folder the tool wrote (only files it still owns are replaced). */
  force?: boolean;
  /** Like --replace-api: write over a folder that holds another API. */
  replaceApi?: boolean;
  /** Run `terraform validate` with this binary (default: do not run it; false also skips it). */
  terraform?: string | false;
  /** Template overlay folders (like --templates). */
  templates?: string[];
}

export interface GenerateResult extends Report {
  /** Every generated file by path (the manifest aside), as checked. */
  tree: FileTree;
}

export interface CheckOptions extends CommonOptions {
  /** Findings at or above it fail (default: error). */
  severity?: 'info' | 'warning' | 'error';
  /** Ignore the presets the folders' manifests record. */
  noPreset?: boolean;
}

export interface UpdateOptions extends CommonOptions {
  /** Answers to change (by flag name or id), as flags would. */
  answers?: AnswersInput;
  /** Only say whether an update is pending (several folders allowed). */
  check?: boolean;
  dryRun?: boolean;
}

const byId = new Map<string, (typeof QUESTIONS)[number]>(QUESTIONS.map((q) => [q.id, q]));

/** Flag-keyed values (as an answers file gives them) from flag names or ids. */
function byFlag(answers: AnswersInput): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(answers)) out[byId.get(k)?.flag ?? k] = v;
  return out;
}

function captured(opts: CommonOptions): { io: Io; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  let pending = '';
  const stream = (sink: (s: string) => void) => ({ isTTY: false, columns: 100, write: (s: string | Uint8Array, cb?: () => void) => (sink(String(s)), cb?.(), true), on: () => undefined }) as unknown as NodeJS.WriteStream;
  const progress = (s: string) => {
    err += s;
    if (!opts.onProgress) return;
    pending += s;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const l of lines) if (l.trim()) opts.onProgress(l);
  };
  return {
    io: { stdout: stream((s) => (out += s)), stderr: stream(progress), stdin: { isTTY: false } as NodeJS.ReadStream, env: opts.env ?? process.env },
    out: () => out,
    err: () => err,
  };
}

/** Run a piece of the CLI, turning its typed errors into CreateApiEndpointError. Never changes the working folder. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const code = (err as { exitCode?: unknown }).exitCode;
    if (typeof code === 'number') throw new CreateApiEndpointError(code, (err as { problems?: string[] }).problems ?? [(err as Error).message]);
    throw err;
  }
}

/** A path the caller gave, absolute (relative ones are relative to `cwd`). */
const at = (opts: CommonOptions, path: string) => resolve(opts.cwd ?? process.cwd(), path);
/** A preset spec: a built-in name or a package stays as given; a file path becomes absolute. */
const presetSpec = (opts: CommonOptions) => (opts.preset && /^\.{0,2}\/|\.ya?ml$|\.json$/.test(opts.preset) ? at(opts, opts.preset) : opts.preset);

async function settle(answers: AnswersInput, opts: CommonOptions): Promise<{ settled: Answers; typeNote?: string; preset?: LoadedPreset }> {
  const sources: Source[] = [];
  let preset: LoadedPreset | undefined;
  if (opts.preset) {
    preset = await loadPreset(presetSpec(opts)!, { from: opts.cwd ?? process.cwd() });
    sources.push({ kind: 'preset', label: preset.label, values: preset.policy.defaults });
  }
  sources.push({ kind: 'file', label: 'answers (the API call)', values: pathsFrom(byFlag(answers), opts.cwd ?? process.cwd()) });
  const { answers: settled, typeNote } = settleAnswers(sources, opts.env ?? process.env, true, preset?.policy);
  return { settled, ...(typeNote ? { typeNote } : {}), ...(preset ? { preset } : {}) };
}

/** The endpoint type for these answers, with its reasons and warnings (defaults fill what is not given). */
export async function recommend(answers: AnswersInput, opts: CommonOptions = {}): Promise<Recommendation> {
  return guarded(async () => {
    const { settled, typeNote } = await settle(answers, opts);
    return recommendType(settled, typeNote);
  });
}

/** Render, check and (unless inMemory or dryRun) write; the report and the checked tree. */
export async function generate(opts: GenerateOptions): Promise<GenerateResult> {
  return guarded(async () => {
    const { settled, typeNote, preset } = await settle(opts.answers, opts);
    const flags: RunFlags = {
      ...(preset ? { preset: opts.preset } : {}),
      out: at(opts, opts.out ?? outDirOf(settled, {})),
      yes: true,
      force: !!opts.force,
      dryRun: !!opts.dryRun || !!opts.inMemory,
      json: true,
      interactive: false,
      keepFailed: false,
      replace: [],
      replaceApi: !!opts.replaceApi,
      ...(opts.terraform ? { terraform: opts.terraform } : {}),
      requireTerraform: false,
      noTerraform: !opts.terraform,
      noCache: false,
      templates: opts.templates ?? [],
      help: false,
      version: false,
    };
    const { io } = captured(opts);
    const { report, files } = await produceReport(settled, flags, io, toolVersion(), { ...(preset ? { preset } : {}), ...(typeNote ? { typeNote } : {}) });
    return { ...report, tree: files };
  });
}

/** `check` on Terraform trees: the JSON report (findings, skips, rules run) and its exit code. */
export async function check(dirs: string[], opts: CheckOptions = {}): Promise<{ exitCode: number } & Record<string, unknown>> {
  return guarded(async () => {
    const c = captured(opts);
    const argv = ['--json', ...(opts.preset ? ['--preset', presetSpec(opts)!] : []), ...(opts.noPreset ? ['--no-preset'] : []), ...(opts.severity ? ['--severity', opts.severity] : []), ...dirs.map((d) => at(opts, d))];
    const exitCode = await checkCommand(argv, c.io, toolVersion());
    return { ...(JSON.parse(c.out()) as Record<string, unknown>), exitCode };
  });
}

/** `update` of generated folders: one result per folder (status updated, current, pending, conflicts…). */
export async function update(dirs: string[], opts: UpdateOptions = {}): Promise<{ exitCode: number; folders: Record<string, unknown>[] }> {
  return guarded(async () => {
    const c = captured(opts);
    const answerArgs = Object.entries(byFlag(opts.answers ?? {})).flatMap(([k, v]) => (typeof v === 'boolean' ? [v ? `--${k}` : `--no-${k}`] : [`--${k}`, Array.isArray(v) ? v.join(',') : String(v)]));
    const argv = ['update', '--json', '--no-interactive', ...(opts.check ? ['--check'] : []), ...(opts.dryRun ? ['--dry-run'] : []), ...(opts.preset ? ['--preset', presetSpec(opts)!] : []), ...answerArgs, ...dirs.map((d) => at(opts, d))];
    const exitCode = await updateCommand(argv.slice(1), c.io, toolVersion());
    const doc = JSON.parse(c.out()) as { folders?: Record<string, unknown>[] } & Record<string, unknown>;
    return { exitCode, folders: doc.folders ?? [doc] };
  });
}

export const EXIT_CODES = EXIT;
