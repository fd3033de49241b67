/**
 * The command: gather answers (flags, answers file, wizard), run the pipeline, write,
 * report. Returns the exit code; only the entry file calls process.exit.
 */
import { resolve } from 'node:path';
import type { Question } from '../catalog/questions.js';
import { resolveAnswers, type Source } from '../catalog/resolve-answers.js';
import { findConflicts } from '../core/conflicts.js';
import { EXIT, UsageError } from '../core/errors.js';
import type { Answers, CheckResult } from '../core/types.js';
import { toolVersion } from '../core/package-root.js';
import { hclTools, warmUp } from '../hcl/tools.js';
import { loadTemplates } from '../render/templates-dir.js';
import { generate } from '../pipeline.js';
import { parseCheck } from '../checks/check-parse.js';
import { schemaCheck } from '../checks/check-schema.js';
import { referencesCheck } from '../checks/check-references.js';
import { formatCheck } from '../checks/check-format.js';
import { securityCheck } from '../checks/check-security.js';
import { terraformCheck } from '../checks/check-terraform.js';
import type { Check } from '../checks/model.js';
import { assertWritable, writeTree } from '../write/write-tree.js';
import { humanReport, type Report } from '../report/report.js';
import { parseCliArgs, type RunFlags } from './args.js';
import { helpText } from './help.js';
import { readAnswersFile } from './read-answers-file.js';

export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  env: Record<string, string | undefined>;
}

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    if (err instanceof UsageError || (err as { exitCode?: number }).exitCode === EXIT.refusedOverwrite) {
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

  // The WASM parsers take a few hundred ms to start: begin now, overlapped with the rest.
  warmUp({ parse: true, format: true });

  const sources: Source[] = [];
  if (flags.answers) sources.push({ kind: 'file', label: flags.answers, values: await readAnswersFile(flags.answers) });
  sources.push({ kind: 'flags', label: 'flags', values });

  const interactive = flags.interactive ?? (!!io.stdin.isTTY && !!io.stdout.isTTY && !flags.json && !flags.yes);
  if (interactive) {
    if (!io.stdin.isTTY) throw new UsageError(['--interactive needs a terminal on stdin; drop it, or pass answers as flags with --no-interactive.']);
    const { runWizard } = await import('../wizard/run-wizard.js');
    return runWizard({ sources, flags, io, version });
  }
  const resolution = resolveAnswers(sources, io.env, flags.yes);
  if (resolution.problems.length) throw new UsageError(resolution.problems);
  if (resolution.missing.length) throw new UsageError(missingLines(resolution.missing));
  const answers = resolution.answers as Answers;
  const conflicts = findConflicts(answers);
  if (conflicts.length) throw new UsageError(conflicts);

  return produce(answers, flags, io, version);
}

export function missingLines(missing: Question[]): string[] {
  return [
    ...missing.map((q) => `missing answer for --${q.flag}${q.kind === 'select' ? ` <${q.choices.map((c) => c.value).join('|')}>` : q.valueName ? ` ${q.valueName}` : ''}: ${q.prompt}`),
    'No terminal to ask on: give these as flags or in an --answers file, or pass --yes to take the defaults where there are any.',
  ];
}

export function checksFor(flags: RunFlags, io: Io): Check[] {
  const checks = [parseCheck(hclTools), schemaCheck(), referencesCheck(), formatCheck(hclTools), securityCheck];
  if (!flags.noTerraform) checks.push(terraformCheck({ binary: flags.terraform, env: io.env as NodeJS.ProcessEnv }));
  return checks;
}

/** Everything after the answers are known: shared by the flag path and the wizard's non-visual parts. */
export async function produce(answers: Answers, flags: RunFlags, io: Io, version: string): Promise<number> {
  const outDir = flags.out ?? `./${answers.name}`;
  if (!flags.dryRun) await assertWritable(resolve(outDir), flags.force);

  const progress = io.stderr.isTTY && !flags.json;
  const generated = await generate(answers, {
    templates: loadTemplates(flags.templates),
    toolVersion: version,
    tools: hclTools,
    checks: checksFor(flags, io),
    onProgress: progress
      ? (e) => {
          if (e.phase === 'start') io.stderr.write(`  … ${e.check}\r`);
          else io.stderr.write(`  ${e.result.status === 'fail' ? '✗' : e.result.status === 'skip' ? '-' : '✓'} ${e.check} (${e.result.durationMs} ms)\x1b[K\n`);
        }
      : undefined,
  });
  const checks = enforceTerraform(generated.checks, flags);
  const failed = checks.some((c) => c.status === 'fail');
  const exitCode = failed ? EXIT.checksFailed : EXIT.ok;
  let written = false;
  if (!flags.dryRun && (!failed || flags.keepFailed)) {
    await writeTree(outDir, generated.files, flags.force);
    written = true;
  }
  const report: Report = {
    name: answers.name,
    recommendation: generated.recommendation,
    endpointType: generated.recommendation.endpointType,
    outDir,
    files: [...generated.files.keys()],
    checks,
    written,
    exitCode,
  };
  if (flags.json) {
    io.stdout.write(JSON.stringify(report, null, 2) + '\n');
    io.stderr.write(humanReport(report, { dryRun: flags.dryRun, stream: io.stderr }));
  } else io.stdout.write(humanReport(report, { dryRun: flags.dryRun, stream: io.stdout }));
  return exitCode;
}

/** --require-terraform: a skipped validate is a failure, with the reason as the finding. */
export function enforceTerraform(checks: CheckResult[], flags: RunFlags): CheckResult[] {
  if (!flags.requireTerraform) return checks;
  return checks.map((c) =>
    c.name === 'terraform validate' && c.status === 'skip'
      ? { ...c, status: 'fail', findings: [{ file: '(run)', severity: 'error', message: `terraform validate could not run: ${c.reason}`, fix: 'Install terraform or tofu, or give --terraform <path>; drop --require-terraform to allow a skip.' }] }
      : c,
  );
}

