/**
 * The command: gather answers (flags, answers file, wizard), run the pipeline, write,
 * report. Returns the exit code; only the entry file calls process.exit.
 */
import type { Question } from '../catalog/questions.js';
import { resolveAnswers, type Source } from '../catalog/resolve-answers.js';
import { findConflicts } from '../core/conflicts.js';
import { EXIT, UsageError } from '../core/errors.js';
import type { Answers } from '../core/types.js';
import { toolVersion } from '../core/package-root.js';
import { ToolStartError, warmUp } from '../hcl/tools.js';
import { toolsWillRun } from '../hcl/cache.js';
import { loadTemplates } from '../render/templates-dir.js';
import { parseCliArgs } from './args.js';
import { helpText } from './help.js';
import { readAnswersFile, readManifestAnswers, readPreset } from './read-answers-file.js';
import type { Io } from '../app/options.js';
import type { SourceRecord } from '../manifest/manifest.js';

export type { Io } from '../app/options.js';

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof ToolStartError || (err as { exitCode?: number }).exitCode === EXIT.refusedOverwrite) {
      const code = (err as { exitCode: number }).exitCode;
      const lines = err instanceof UsageError ? err.problems : [(err as Error).message];
      io.stderr.write(lines.map((l) => `error: ${l}`).join('\n') + '\n');
      if (code === EXIT.usage) io.stderr.write('Run create-api-endpoint --help for every flag and its allowed values.\n');
      return code;
    }
    io.stderr.write(`internal error: ${(err as Error).stack ?? String(err)}\nPlease report this with the command you ran.\n`);
    return EXIT.internal;
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  const { run: flags, values } = parseCliArgs(argv);
  const version = toolVersion();
  if (flags.help) return void io.stdout.write(helpText(version)), EXIT.ok;
  if (flags.version) return void io.stdout.write(`${version}\n`), EXIT.ok;

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
