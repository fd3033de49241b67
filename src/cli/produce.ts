/**
 * Everything after the answers are known: pipeline, checks, write, report. Loaded lazily
 * (the wizard shows its first question before this and the template engine load).
 */
import { resolve } from 'node:path';
import { EXIT, UsageError } from '../core/errors.js';
import { TemplateError } from '../render/engine.js';
import type { Answers, CheckResult } from '../core/types.js';
import { hclTools, type HclTools } from '../hcl/tools.js';
import { defaultCacheDir, toolVersions, withCache } from '../hcl/cache.js';
import { loadTemplates } from '../render/templates-dir.js';
import { generate } from '../pipeline.js';
import { parseCheck } from '../checks/check-parse.js';
import { schemaCheck } from '../checks/check-schema.js';
import { referencesCheck } from '../checks/check-references.js';
import { formatCheck } from '../checks/check-format.js';
import { securityCheck } from '../checks/check-security.js';
import { terraformCheck } from '../checks/check-terraform.js';
import type { Check } from '../checks/model.js';
import type { Progress } from '../checks/run-checks.js';
import { assertWritable, writeTree } from '../write/write-tree.js';
import { humanReport, type Report } from '../report/report.js';
import type { RunFlags } from './args.js';
import type { Io } from './main.js';

/** The HCL tools for a run: behind the on-disk cache unless --no-cache. */
export function toolsFor(flags: RunFlags, io: Io): HclTools {
  if (flags.noCache) return hclTools;
  return withCache(hclTools, defaultCacheDir(io.env), toolVersions());
}

export function checksFor(flags: RunFlags, io: Io, tools: HclTools = toolsFor(flags, io)): Check[] {
  const checks = [parseCheck(tools), schemaCheck(), referencesCheck(), formatCheck(tools), securityCheck];
  if (!flags.noTerraform) checks.push(terraformCheck({ binary: flags.terraform, env: io.env as NodeJS.ProcessEnv }));
  return checks;
}

/** Render, format and check with the run's options; --require-terraform applied. Shared with the wizard. */
export async function generateChecked(answers: Answers, flags: RunFlags, io: Io, version: string, onProgress?: Progress) {
  const tools = toolsFor(flags, io);
  try {
    const generated = await generate(answers, { templates: loadTemplates(flags.templates), toolVersion: version, tools, checks: checksFor(flags, io, tools), onProgress });
    return { ...generated, checks: enforceTerraform(generated.checks, flags) };
  } catch (err) {
    // With overlays, a template that fails is most likely the user's: say so, exit 2.
    if (err instanceof TemplateError && flags.templates.length)
      throw new UsageError([err.message, `Your --templates overlay (${flags.templates.join(', ')}) takes part in this render: fix the overlay template, or run without --templates to check the built-in ones render.`]);
    throw err;
  }
}

/** The flag path after the answers are known: generate, check, write, report. */
export async function produce(answers: Answers, flags: RunFlags, io: Io, version: string): Promise<number> {
  const outDir = flags.out ?? `./${answers.name}`;
  if (!flags.dryRun) await assertWritable(resolve(outDir), flags.force);

  const progress = io.stderr.isTTY && !flags.json;
  const generated = await generateChecked(answers, flags, io, version, progress
    ? (e) => {
        if (e.phase === 'start') io.stderr.write(`  … ${e.check}\r`);
        else io.stderr.write(`  ${e.result.status === 'fail' ? '✗' : e.result.status === 'skip' ? '-' : '✓'} ${e.check} (${e.result.durationMs} ms)\x1b[K\n`);
      }
    : undefined);
  const checks = generated.checks;
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

