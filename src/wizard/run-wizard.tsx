/**
 * The interactive shell: loads Ink and the screens (a lazily loaded chunk, so the flag path
 * never pays for them), wires the real pipeline into the wizard and returns its exit code.
 */
import { resolve } from 'node:path';
import { resolveAnswers, type Source } from '../catalog/resolve-answers.js';
import { UsageError } from '../core/errors.js';
import { recommend } from '../core/recommend.js';
import { plan } from '../plan/plan.js';
import { loadTemplates } from '../render/templates-dir.js';
import { hclTools } from '../hcl/tools.js';
import { generate } from '../pipeline.js';
import { targetState, writeTree } from '../write/write-tree.js';
import type { RunFlags } from '../cli/args.js';
import { checksFor, enforceTerraform, type Io } from '../cli/main.js';
import type { WizardDeps } from './app.js';

export async function runWizard({ sources, flags, io, version }: { sources: Source[]; flags: RunFlags; io: Io; version: string }): Promise<number> {
  // A value given by flag or file is checked before the first screen, by the same validators.
  const given = resolveAnswers(sources, io.env, false);
  if (given.problems.length) throw new UsageError(given.problems);

  // chalk (inside Ink) reads FORCE_COLOR when it loads; it does not know NO_COLOR.
  if (io.env.NO_COLOR || io.env.TERM === 'dumb') process.env.FORCE_COLOR = '0';
  const [{ render }, { App }] = await Promise.all([import('ink'), import('./app.js')]);

  const templates = loadTemplates(flags.templates);
  const checks = checksFor(flags, io);
  const deps: WizardDeps = {
    sources,
    env: io.env,
    out: flags.out,
    force: flags.force,
    dryRun: flags.dryRun,
    keepFailed: flags.keepFailed,
    steps: ['render', ...checks.map((c) => c.name)],
    preview: (answers) => plan(answers, recommend(answers), version).files.map((f) => f.path),
    targetState: (dir) => targetState(resolve(dir)),
    generate: async (answers, onProgress) => {
      const g = await generate(answers, { templates, toolVersion: version, tools: hclTools, checks, onProgress });
      return { files: g.files, checks: enforceTerraform(g.checks, flags) };
    },
    write: writeTree,
  };

  let code = 0;
  const app = render(<App deps={deps} onExit={(c) => (code = c)} />, {
    stdin: io.stdin,
    stdout: io.stdout,
    stderr: io.stderr,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  await app.waitUntilExit();
  return code;
}
