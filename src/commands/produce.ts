/**
 * The flag path after the answers are known: the generate use case, then the report on
 * stdout (or JSON). Loaded lazily, like the use case it calls.
 */
import { EXIT, RefusedOverwriteError } from '../core/errors.js';
import type { Answers, FileTree } from '../core/types.js';
import { generateChecked, outDirOf, withManifestPath, writeGenerated, type WriteResult } from '../app/generate.js';
import type { Governed } from '../app/preset-file.js';
import { preflightTarget } from '../write/write-owned.js';
import { writeDecision } from '../app/settle.js';
import { refuseOtherApi } from '../app/folder-facts.js';
import { chosenType } from '../core/endpoint-type.js';
import { humanReport, type Report } from '../report/report.js';
import type { Io, RunFlags } from '../app/options.js';
import { safeText } from '../core/safe-text.js';

/**
 * Generate, check and write (unless a dry run, or a check failed), and the report of it: what
 * the CLI prints (and --json), and what the programmatic API returns, with the generated tree.
 */
export async function produceReport(answers: Answers, flags: RunFlags, io: Pick<Io, 'env' | 'stderr'>, version: string, governed: Governed = {}): Promise<{ report: Report; exitCode: number; files: FileTree }> {
  const outDir = outDirOf(answers, flags);
  // Refuse before any work what the write would refuse. A dry run writes nothing, so it
  // refuses nothing: it says what a real run would refuse.
  let wouldRefuse: string | undefined;
  const preflight = async (expected?: ReadonlySet<string>) => {
    try {
      await preflightTarget(outDir, flags.force, io.env, expected);
      await refuseOtherApi(outDir, answers.name, chosenType(answers)!, flags.replaceApi);
    } catch (err) {
      if (!flags.dryRun || !(err instanceof RefusedOverwriteError)) throw err;
      wouldRefuse = err.message;
    }
  };
  // With an OpenAPI document, the folder may hold it (and what it references): known once it is read.
  if (!answers.openapi) await preflight();

  // Progress on stderr: at a terminal one line that updates; in a pipeline a line per check
  // (and one when the slow terraform validate starts), so a log is never silent for seconds.
  const tty = !!io.stderr.isTTY;
  const generated = await generateChecked(
    answers,
    flags,
    io.env,
    version,
    (e) => {
      if (e.phase === 'start') {
        if (tty && !flags.json) io.stderr.write(`  … ${e.check}\r`);
        else if (e.check === 'terraform validate') io.stderr.write(`check: ${e.check} running…\n`);
      } else if (tty && !flags.json) io.stderr.write(`  ${e.result.status === 'fail' ? '✗' : e.result.status === 'skip' ? '-' : '✓'} ${e.check} (${e.result.durationMs} ms)\x1b[K\n`);
      else io.stderr.write(`check: ${e.check} ${e.result.status} (${e.result.durationMs} ms)\n`);
    },
    governed,
  );
  if (answers.openapi) await preflight(new Set(generated.blueprint.openapi?.sources.map((x) => x.path) ?? []));
  const checks = generated.checks;
  const decision = writeDecision(checks, flags);
  const exitCode = decision.failed ? EXIT.checksFailed : EXIT.ok;
  let write: WriteResult | undefined;
  if (decision.write) write = await writeGenerated(outDir, generated, answers, flags, io.env, version, { preset: governed.preset?.record ?? null });
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
    ...(wouldRefuse ? { wouldRefuse } : {}),
    ...(generated.blueprint.openapi ? { openapi: { source: generated.blueprint.openapi.source, title: generated.blueprint.openapi.title, version: generated.blueprint.openapi.version, operations: generated.blueprint.openapi.operations, integrated: generated.blueprint.openapi.integrated, bundled: generated.blueprint.openapi.bundled !== undefined } } : {}),
    exitCode,
  };
  return { report, exitCode, files: generated.files };
}

/** The flag path after the answers are known: generate, check, write, report. */
export async function produce(answers: Answers, flags: RunFlags, io: Io, version: string, governed: Governed = {}): Promise<number> {
  const { report, exitCode } = await produceReport(answers, flags, io, version, governed);
  if (flags.json) {
    io.stdout.write(JSON.stringify(report, null, 2) + '\n');
    io.stderr.write(humanReport(printable(report), { dryRun: flags.dryRun, stream: io.stderr }));
  } else io.stdout.write(humanReport(printable(report), { dryRun: flags.dryRun, stream: io.stdout }));
  return exitCode;
}

/** What the owner's files put into the report (an OpenAPI title, its paths in findings), with control characters shown escaped. */
function printable(r: Report): Report {
  return {
    ...r,
    checks: r.checks.map((c) => ({ ...c, findings: c.findings.map((f) => ({ ...f, file: safeText(f.file), message: safeText(f.message), fix: safeText(f.fix) })) })),
    ...(r.openapi ? { openapi: { ...r.openapi, source: safeText(r.openapi.source), title: safeText(r.openapi.title.replace(/\s+/g, ' ')), version: safeText(r.openapi.version.replace(/\s+/g, ' ')) } } : {}),
  };
}
