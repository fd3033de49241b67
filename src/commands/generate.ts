/**
 * `create-api-endpoint [generate]`: gather answers (preset, --from, answers file, flags, or
 * the wizard), then the generate use case and its report. Returns the exit code.
 */
import type { Question } from '../catalog/questions.js';
import { resolveAnswers, type Source } from '../catalog/resolve-answers.js';
import { findConflicts } from '../core/conflicts.js';
import { EXIT, UsageError } from '../core/errors.js';
import type { Answers } from '../core/types.js';
import { warmUp } from '../hcl/tools.js';
import { toolsWillRun } from '../hcl/cache.js';
import { loadTemplates } from '../render/templates-dir.js';
import { parseCliArgs } from './args.js';
import { helpText } from './help.js';
import { readAnswersFile, readManifestAnswers, readPreset } from './read-answers-file.js';
import type { Io } from '../app/options.js';
import type { SourceRecord } from '../manifest/manifest.js';

export async function generateCommand(argv: string[], io: Io, version: string): Promise<number> {
  const { run: flags, values } = parseCliArgs(argv);
  if (flags.help) return void io.stdout.write(helpText(version)), EXIT.ok;
  if (flags.version) return void io.stdout.write(`${version}\n`), EXIT.ok;
  await checkTerraformPath(flags.terraform);

  const interactive = flags.interactive ?? (!!io.stdin.isTTY && !!io.stdout.isTTY && !flags.json && !flags.yes);
  // On the flag path, when the WASM tools will surely be needed (no cache, or none yet),
  // start them now, overlapped with everything before the checks; otherwise they start on
  // the first cache miss, and a warm cache never starts them. The wizard starts them after
  // its first screen.
  if (!interactive && toolsWillRun(flags.noCache, io.env)) warmUp({ parse: true, format: true });

  // Overlay folders are checked up front, so a typo stops the run before any question.
  if (flags.templates.length) loadTemplates(flags.templates);

  const sources: Source[] = [];
  let preset: SourceRecord | null = null;
  if (flags.preset) {
    const read = await readPreset(flags.preset);
    preset = read.record;
    sources.push({ kind: 'preset', label: read.label, values: read.values });
  }
  if (flags.from) {
    const recorded = await readManifestAnswers(flags.from);
    sources.push({ kind: 'recorded', label: recorded.label, values: recorded.values });
    if (recorded.version && recorded.version !== version)
      io.stderr.write(`note: ${flags.from} was written by create-api-endpoint ${recorded.version}; re-generating with ${version}.\n`);
  }
  if (flags.answers) sources.push({ kind: 'file', label: flags.answers, values: await readAnswersFile(flags.answers) });
  sources.push({ kind: 'flags', label: 'flags', values });

  if (interactive) {
    if (!io.stdin.isTTY) throw new UsageError(['--interactive needs a terminal on stdin; drop it, or pass answers as flags with --no-interactive.']);
    const { runWizard } = await import('../wizard/run-wizard.js');
    return runWizard({ sources, flags, io, version, preset });
  }
  const resolution = resolveAnswers(sources, io.env, flags.yes);
  if (resolution.problems.length) throw new UsageError(resolution.problems);
  if (resolution.missing.length) throw new UsageError(missingLines(resolution.missing));
  const answers = resolution.answers as Answers;
  const conflicts = findConflicts(answers);
  if (conflicts.length) throw new UsageError(conflicts);

  const { produce } = await import('./produce.js');
  return produce(answers, flags, io, version, preset);
}

export function missingLines(missing: Question[]): string[] {
  return [
    ...missing.map((q) => `missing answer for --${q.flag}${q.kind === 'select' ? ` <${q.choices.map((c) => c.value).join('|')}>` : q.valueName ? ` ${q.valueName}` : ''}: ${q.prompt}`),
    'No terminal to ask on: give these as flags or in an --answers file, or pass --yes to take the defaults where there are any.',
  ];
}

/** --terraform names a binary that must exist and be executable: a wrong path is bad input, not a silent skip. */
async function checkTerraformPath(path: string | undefined): Promise<void> {
  if (path === undefined) return;
  const { access, stat } = await import('node:fs/promises');
  const { constants } = await import('node:fs');
  const s = await stat(path).catch(() => undefined);
  if (!s) throw new UsageError([`--terraform ${path}: no such file. Give the path of a terraform or tofu binary, or drop --terraform to use the one on PATH.`]);
  if (!s.isFile()) throw new UsageError([`--terraform ${path}: not a file. Give the path of a terraform or tofu binary.`]);
  if (await access(path, constants.X_OK).then(() => false, () => true)) throw new UsageError([`--terraform ${path}: not executable (chmod +x it), or give another binary.`]);
}
