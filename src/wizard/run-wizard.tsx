/**
 * The interactive shell: loads Ink and the screens (a lazily loaded chunk, so the flag path
 * never pays for them), wires the real pipeline into the wizard and returns its exit code.
 * The pipeline, template engine and HCL tools load after the first question is on screen.
 */
import { relative, resolve, sep } from 'node:path';
import { homedir } from 'node:os';
import { resolveAnswers, type Source } from '../catalog/resolve-answers.js';
import { UsageError } from '../core/errors.js';
import { recommend } from '../core/recommend.js';
import { plan } from '../plan/plan.js';
import { warmUp } from '../hcl/tools.js';
import { toolsWillRun } from '../hcl/cache.js';
import { targetState } from '../write/write-owned.js';
import type { Io, RunFlags } from '../app/options.js';
import { MANIFEST } from '../manifest/manifest.js';
import type { LoadedPreset } from '../app/preset-file.js';
import { typeForcedBy } from '../catalog/resolve-answers.js';
import { STEP_NAMES } from '../checks/model.js';
import type { WizardDeps } from './app.js';
import type { Inspected } from './QuestionScreen.js';
import { expandHome } from './flow.js';
import type { OpenApiPlan } from '../plan/plan.js';
import type { Answers } from '../core/types.js';
import type { FirstFrame } from './first-frame.js';

export async function runWizard({ sources, flags, io, version, preset, first }: { sources: Source[]; flags: RunFlags; io: Io; version: string; preset?: LoadedPreset; first?: FirstFrame }): Promise<number> {
  const { render, App } = await loadWizard(sources, io, preset);
  // The type the preset's allowed list forced, when the person took it: said in the README and report.
  const governed = (answers: Answers) => ({ preset, typeNote: preset ? typeForcedBy({ ...answers }, preset.policy.allowed.get('endpoint-type'))?.note : undefined });

  let pipeline: Promise<typeof import('../app/generate.js')> | undefined;
  const loadPipeline = () => (pipeline ??= import('../app/generate.js'));
  const deps: WizardDeps = {
    sources,
    policy: preset?.policy,
    presetSpec: preset?.record.name,
    env: io.env,
    home: homedir(),
    out: flags.out,
    force: flags.force,
    dryRun: flags.dryRun,
    keepFailed: flags.keepFailed,
    steps: STEP_NAMES.filter((s) => !(flags.noTerraform && s === 'terraform validate')),
    preview: (answers) => filesOf(answers, version),
    targetState: async (dir, answers) => targetState(resolve(dir), await specFiles(dir, answers)),
    inspectSpec,
    folderFacts: async (dir) => (await import('../app/folder-facts.js')).folderFacts(dir),
    generate: async (answers, onProgress, dir) => {
      const { generateChecked } = await loadPipeline();
      return generateChecked(answers, { ...flags, out: dir }, io.env, version, onProgress, governed(answers));
    },
    // The wizard asked before writing into a non-empty folder: that answer is --force.
    write: async (dir, answers, generated, opts) =>
      (await loadPipeline()).writeGenerated(dir, { files: generated.files, recommendation: recommend(answers, governed(answers).typeNote), ...(generated.blueprint ? { blueprint: generated.blueprint } : {}) }, answers, { ...flags, force: true, replaceApi: flags.replaceApi || !!opts?.replaceApi }, io.env, version, { preset: preset?.record ?? null }),
  };

  let code = 0;
  let command: string | undefined;
  const app = render(<App deps={deps} onExit={(c, cmd) => ((code = c), (command = cmd))} />, {
    stdin: io.stdin,
    stdout: withSaneSize(io.stdout, first?.erase),
    stderr: io.stderr,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  // The first question is on screen: load the pipeline (and, unless the cache will answer,
  // the HCL tools) while the person reads it.
  setImmediate(() => {
    void loadPipeline().catch(() => undefined);
    if (toolsWillRun(flags.noCache, io.env)) warmUp({ parse: true, format: true });
  });
  await app.waitUntilExit();
  if (command) io.stdout.write(`\nThe same run in a pipeline:\n${command}\n`);
  return code;
}

/**
 * The files a run with these answers writes, for the review screen. With an OpenAPI document
 * the list has the module's openapi.tf; the bundle of a document that references other files
 * is known only once it is read, at generate.
 */
function filesOf(answers: Answers, version: string): string[] {
  const spec: OpenApiPlan | undefined = answers.openapi ? { source: answers.openapi, title: '', version: '', specVersion: '3.0', hasSecurity: false, operations: 0, integrated: 0, examplePath: '', sources: [] } : undefined;
  return [...plan(answers, recommend(answers), version, undefined, spec).files.map((f) => f.path), MANIFEST];
}

/** The OpenAPI document and the files it references, relative to the output folder: a folder holding only them is not "non-empty". */
export async function specFiles(dir: string, answers: Answers | undefined): Promise<Set<string>> {
  if (!answers?.openapi) return new Set();
  const rel = (file: string) => relative(resolve(dir), file).split(sep).join('/');
  try {
    const { loadSpec } = await import('../app/openapi-file.js');
    return new Set((await loadSpec(resolve(answers.openapi), answers.openapi)).sources.map((s) => rel(s.file)));
  } catch {
    // Unreadable now: generate says why; until then only the document itself is expected.
    return new Set([rel(resolve(answers.openapi))]);
  }
}

/** The openapi question's preview: the document read and validated as a run reads it (~ expanded). */
export async function inspectSpec(typed: string): Promise<Inspected> {
  const path = expandHome(typed, homedir());
  const { loadSpec } = await import('../app/openapi-file.js');
  const { specPreview } = await import('../openapi/preview.js');
  const spec = await loadSpec(resolve(path), path);
  return { value: path, ...specPreview(spec.facts, spec.doc, spec.sources.length, spec.lineOf) };
}

/**
 * The terminal as Ink sees it, never 0×0 (a detached or misreporting terminal): Ink would lay
 * every character out on its own line. Anything below 20×10 counts as 80×24.
 */
function withSaneSize(stdout: NodeJS.WriteStream, prefix?: string): NodeJS.WriteStream {
  // `prefix`: written with the first write (the early first question's erase, with Ink's first frame).
  let pending = prefix;
  return new Proxy(stdout, {
    get(target, prop) {
      if (prop === 'columns') return target.columns >= 20 ? target.columns : 80;
      if (prop === 'rows') return target.rows >= 10 ? target.rows : 24;
      if (prop === 'write' && pending !== undefined) {
        const first = pending;
        return (chunk: string | Uint8Array, ...rest: unknown[]) => {
          pending = undefined;
          return (target.write as (...a: unknown[]) => boolean).call(target, typeof chunk === 'string' ? first + chunk : Buffer.concat([Buffer.from(first), Buffer.from(chunk)]), ...rest);
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * The wizard's screens to change answers (update): opened on the recorded ones, it returns
 * the answers the person settles on, or 'interrupted' if they quit (Ctrl-C: exit 130).
 */
export async function collectAnswers({ sources, io, version, dir, preset }: { sources: Source[]; io: Io; version: string; dir: string; preset?: LoadedPreset }): Promise<Answers | 'interrupted'> {
  const { render, App } = await loadWizard(sources, io, preset);
  let chosen: Answers | undefined;
  const deps: WizardDeps = {
    sources,
    policy: preset?.policy,
    env: io.env,
    home: homedir(),
    out: dir,
    force: true,
    dryRun: false,
    keepFailed: false,
    steps: [],
    preview: (answers) => filesOf(answers, version),
    targetState: (d) => targetState(resolve(d)),
    inspectSpec,
    generate: () => Promise.reject(new Error('not used while collecting answers')),
    write: () => Promise.reject(new Error('not used while collecting answers')),
    collect: { label: `Show the update plan for ${dir} with these answers`, done: (a) => (chosen = a) },
  };
  // The only way out without answers is Ctrl-C.
  const app = render(<App deps={deps} onExit={() => undefined} />, { stdin: io.stdin, stdout: withSaneSize(io.stdout), stderr: io.stderr, exitOnCtrlC: false, patchConsole: false });
  await app.waitUntilExit();
  return chosen ?? 'interrupted';
}

/** Checks the given answers (the same validators as flags), then loads Ink and the wizard's screens. */
async function loadWizard(sources: Source[], io: Io, preset: LoadedPreset | undefined) {
  // A value given by flag or file is checked before the first screen, by the same validators
  // (and against the preset's locks and allowed values).
  const given = resolveAnswers(sources, io.env, false, preset?.policy);
  if (given.problems.length) throw new UsageError(given.problems);
  // chalk (inside Ink) reads FORCE_COLOR when it loads; it does not know NO_COLOR.
  if (io.env.NO_COLOR || io.env.TERM === 'dumb') process.env.FORCE_COLOR = '0';
  // Ink shows nothing but the final frame when it believes it runs in CI (it reads $CI
  // once, when it loads). The wizard runs only on a terminal, so hide $CI while Ink loads.
  const ci = { CI: process.env.CI, CONTINUOUS_INTEGRATION: process.env.CONTINUOUS_INTEGRATION };
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  const [{ render }, { App }] = await Promise.all([import('ink'), import('./app.js')]).finally(() => {
    for (const [k, v] of Object.entries(ci)) if (v !== undefined) process.env[k] = v;
  });
  return { render, App };
}
