/**
 * `create-api-endpoint check [dir ...]`: the domain's misconfigurations in any Terraform tree.
 * Human output grouped by file (readable without colour), --json, or --format sarif.
 */
import { parseArgs } from 'node:util';
import { EXIT, UsageError } from '../core/errors.js';
import { didYouMean } from '../core/closest.js';
import type { Severity } from '../core/types.js';
import type { Io } from '../app/options.js';
import { commandHelp } from './help.js';
import { commandByName } from './registry.js';

const SEVERITIES: Severity[] = ['info', 'warning', 'error'];
const FORMATS = ['human', 'json', 'sarif'] as const;

export async function checkCommand(argv: string[], io: Io, version: string): Promise<number> {
  // Cold: start the parser first thing, while the arguments are read and the files listed.
  const { toolsWillRun } = await import('../hcl/cache.js');
  if (!argv.includes('--list-rules') && !argv.includes('--help') && toolsWillRun(argv.includes('--no-cache'), io.env)) (await import('../hcl/tools.js')).warmUp({ parse: true });
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { json: { type: 'boolean' }, format: { type: 'string' }, severity: { type: 'string' }, preset: { type: 'string' }, 'list-rules': { type: 'boolean' }, 'no-cache': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    const unknown = /Unknown option '(-{1,2})([^']+)'/.exec((err as Error).message);
    throw new UsageError([unknown ? `check: unknown option ${unknown[1]}${unknown[2]}.${didYouMean(unknown[2]!, ['json', 'format', 'severity', 'preset', 'list-rules', 'no-cache', 'help'])} Run create-api-endpoint help check.` : `check: ${(err as Error).message}`]);
  }
  const v = parsed.values;
  if (v.help) return void io.stdout.write(commandHelp(commandByName.get('check')!, version)), EXIT.ok;
  const format = v.json ? 'json' : (v.format ?? 'human');
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError([`check --format ${format}: choose one of ${FORMATS.join(', ')}.`]);
  if (v.json && v.format && v.format !== 'json') throw new UsageError([`check: --json and --format ${v.format} contradict each other; give one.`]);
  const threshold = (v.severity ?? 'error') as Severity;
  if (!SEVERITIES.includes(threshold)) throw new UsageError([`check --severity ${v.severity}: choose one of ${SEVERITIES.join(', ')} (findings at or above it fail the run).`]);
  for (const p of parsed.positionals) if (p === '') throw new UsageError(['check: an empty folder name; give the path of a Terraform root module (e.g. check .).']);

  if (v.preset === '') throw new UsageError(['check --preset needs a value: a built-in preset, a file or a package.']);
  const { CHECK_RULES, checkTrees } = await import('../app/check.js');
  // With --preset: its requirements as rules too, its rule settings applied, disabled rules said.
  let rules = CHECK_RULES;
  const disabledNotes: string[] = [];
  if (v.preset) {
    const [{ loadPreset }, { policyRules }, { applySettings }] = await Promise.all([import('../app/preset-file.js'), import('../app/generate.js'), import('../rules/preset-rules.js')]);
    const preset = await loadPreset(v.preset, { from: process.cwd(), flag: 'check --preset' });
    const applied = applySettings([...CHECK_RULES, ...policyRules(preset)], preset.policy.checks);
    rules = applied.rules;
    for (const d of applied.disabled) disabledNotes.push(`${d.rule} disabled by preset ${d.preset}: ${d.reason}`);
  }
  if (v['list-rules']) {
    if (format === 'json') io.stdout.write(JSON.stringify(rules.map(({ id, title, severity, seed, explanation }) => ({ id, title, severity, seed, explanation })), null, 2) + '\n');
    else io.stdout.write(rules.map((r) => `${r.id}  ${r.severity.padEnd(7)}  ${r.title}\n        ${r.explanation}\n        From the domain notes: ${r.seed}.\n`).join('\n'));
    return EXIT.ok;
  }
  const { toolsFor } = await import('../app/generate.js');
  const dirs = parsed.positionals.length ? parsed.positionals : ['.'];
  const outcome = await checkTrees(dirs, toolsFor({ noCache: !!v['no-cache'] }, io.env), rules);
  const failing = outcome.findings.filter((f) => SEVERITIES.indexOf(f.severity) >= SEVERITIES.indexOf(threshold));
  const exitCode = failing.length ? EXIT.checksFailed : EXIT.ok;

  if (format === 'sarif') {
    const { toSarif } = await import('../report/sarif.js');
    io.stdout.write(JSON.stringify(toSarif(outcome, rules, version), null, 2) + '\n');
  } else if (format === 'json') {
    io.stdout.write(JSON.stringify({ exitCode, threshold, ...outcome, ...(v.preset ? { preset: v.preset, disabled: disabledNotes } : {}) }, null, 2) + '\n');
  } else io.stdout.write(disabledNotes.map((n) => `${n}\n`).join('') + humanCheck(outcome, threshold, exitCode));
  return exitCode;
}

function humanCheck(o: Awaited<ReturnType<typeof import('../app/check.js').checkTrees>>, threshold: Severity, exitCode: number): string {
  const out: string[] = [];
  const byFile = new Map<string, typeof o.findings>();
  for (const f of [...o.findings].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  for (const [file, findings] of byFile) {
    out.push(file);
    for (const f of findings) {
      out.push(`  ${String(f.line ?? '').padStart(4)}  ${f.severity.padEnd(7)}  ${f.message}`);
      out.push(`        fix:`);
      for (const line of f.fix.split('\n')) out.push(`          ${line}`);
    }
    out.push('');
  }
  for (const s of o.suppressed) out.push(`suppressed ${s.rule} at ${s.file}:${s.line} (${s.address}): ${s.reason}`);
  for (const m of o.notAnalysed) out.push(`not analysed: module "${m.module}" (${m.source}) in ${m.file}`);
  if (o.suppressed.length || o.notAnalysed.length) out.push('');
  const count = (sev: Severity) => o.findings.filter((f) => f.severity === sev).length;
  out.push(
    `${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes in ${byFile.size} of ${o.filesRead.length} files; ${o.rulesRun.length} rules, ${o.skipped.length} evaluations skipped (not static), ${o.suppressed.length} suppressed; ${o.durationMs} ms.`,
  );
  out.push(exitCode ? `Failed: findings at or above "${threshold}" (--severity).` : `Passed (threshold: ${threshold}).`);
  return out.join('\n') + '\n';
}
