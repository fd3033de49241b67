/**
 * The flag path after the answers are known: the generate use case, then the report on
 * stdout (or JSON). Loaded lazily, like the use case it calls.
 */
import { EXIT } from '../core/errors.js';
import type { Answers } from '../core/types.js';
import { generateChecked, withManifestPath, writeGenerated, type WriteResult } from '../app/generate.js';
import type { Governed } from '../app/preset-file.js';
import { preflightTarget } from '../write/write-owned.js';
import { humanReport, type Report } from '../report/report.js';
import type { Io, RunFlags } from '../app/options.js';

/** The flag path after the answers are known: generate, check, write, report. */
export async function produce(answers: Answers, flags: RunFlags, io: Io, version: string, governed: Governed = {}): Promise<number> {
  const outDir = flags.out ?? `./${answers.name}`;
  // Refuse before any work what the write would refuse (a dry run gives the same answer).
  await preflightTarget(outDir, flags.force);

  const progress = io.stderr.isTTY && !flags.json;
  const generated = await generateChecked(answers, flags, io.env, version, progress
    ? (e) => {
        if (e.phase === 'start') io.stderr.write(`  … ${e.check}\r`);
        else io.stderr.write(`  ${e.result.status === 'fail' ? '✗' : e.result.status === 'skip' ? '-' : '✓'} ${e.check} (${e.result.durationMs} ms)\x1b[K\n`);
      }
    : undefined, governed);
  const checks = generated.checks;
  const failed = checks.some((c) => c.status === 'fail');
  const exitCode = failed ? EXIT.checksFailed : EXIT.ok;
  let write: WriteResult | undefined;
  if (!flags.dryRun && (!failed || flags.keepFailed)) write = await writeGenerated(outDir, generated, answers, flags, io.env, version, { preset: governed.preset?.record ?? null });
  const report: Report = {
    name: answers.name,
    // recommendation.endpointType is what the rules recommend; the top-level endpointType is
    // the one generated (they differ when --endpoint-type overrides).
    recommendation: { ...generated.recommendation, endpointType: generated.recommendation.recommended },
    endpointType: generated.recommendation.endpointType,
    outDir,
    files: withManifestPath([...generated.files.keys()]),
    checks,
    written: !!write,
    ...(write ? { write: { added: write.added, replaced: write.replaced, removed: write.removed, unchanged: write.unchanged, keptEdited: write.keptEdited, notes: write.notes, ...(write.recovered ? { recovered: write.recovered } : {}) } } : {}),
    exitCode,
  };
  if (flags.json) {
    io.stdout.write(JSON.stringify(report, null, 2) + '\n');
    io.stderr.write(humanReport(report, { dryRun: flags.dryRun, stream: io.stderr }));
  } else io.stdout.write(humanReport(report, { dryRun: flags.dryRun, stream: io.stdout }));
  return exitCode;
}
