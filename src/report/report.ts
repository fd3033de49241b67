/** The machine report (--json) and the human summary: the same facts, two forms. */
import type { CheckResult, Recommendation } from '../core/types.js';

export interface Report {
  name: string;
  recommendation: Pick<Recommendation, 'endpointType' | 'reasons' | 'tradeoffs' | 'warnings'> & { recommended: string; overridden: boolean };
  endpointType: string;
  outDir: string;
  files: string[];
  checks: CheckResult[];
  written: boolean;
  /** What the write did, file by file (absent when nothing was written). */
  write?: WriteSummary;
  /** A dry run only: why a real run would refuse to write into the folder. */
  wouldRefuse?: string;
  /** The owner's OpenAPI document the API is defined by, as read. */
  openapi?: { source: string; title: string; version: string; operations: number; integrated: number; bundled: boolean };
  exitCode: number;
}

export interface WriteSummary {
  added: string[];
  replaced: string[];
  removed: string[];
  unchanged: string[];
  keptEdited: string[];
  notes: string[];
  recovered?: { pid: number; restored: number };
}

const useColor = (stream: NodeJS.WriteStream) => stream.isTTY && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';

export function humanReport(r: Report, opts: { dryRun: boolean; stream: NodeJS.WriteStream }): string {
  const c = useColor(opts.stream);
  const bold = (s: string) => (c ? `\u001b[1m${s}\u001b[22m` : s);
  const paint = (code: number, s: string) => (c ? `\u001b[${code}m${s}\u001b[39m` : s);
  const out: string[] = [];
  const rec = r.recommendation;
  // The account baseline as a root of its own holds no API: no endpoint type to explain.
  const accountOnly = r.files.includes('modules/account-baseline/main.tf') && !r.files.some((f) => f.startsWith('modules/rest-api/'));
  if (accountOnly) out.push(`${bold('Account baseline:')} the API Gateway CloudWatch logging role and account setting, as a root of its own (no API)`);
  else out.push(`${bold('Endpoint type:')} ${bold(r.endpointType)}${rec.overridden ? ` (override; recommended ${rec.recommended})` : ' (recommended)'}`);
  if (r.openapi) {
    const o = r.openapi;
    out.push(`${bold('API:')} ${o.source}${o.title ? ` (${o.title}${o.version ? ` ${o.version}` : ''})` : ''}: ${o.operations} operation${o.operations === 1 ? '' : 's'}, ${o.integrated} given the module's integration, ${o.operations - o.integrated} keeping their own${o.bundled ? '; its files bundled into openapi.bundled.json' : ''}`);
  }
  if (!accountOnly) {
    out.push('');
    out.push(bold('Why:'));
    for (const reason of rec.reasons) out.push(`  - ${reason}`);
  }
  if (!accountOnly && rec.warnings.length) {
    out.push('');
    out.push(bold('Warnings:'));
    for (const w of rec.warnings) out.push(`  ${paint(33, '!')} ${w}`);
  }
  out.push('');
  out.push(bold('Checks:'));
  for (const check of r.checks) {
    const mark = check.status === 'pass' ? paint(32, 'pass') : check.status === 'fail' ? paint(31, 'FAIL') : paint(33, 'skip');
    const warnings = check.findings.filter((f) => f.severity === 'warning').length;
    out.push(`  ${mark}  ${check.name.padEnd(20)} ${String(check.durationMs).padStart(5)} ms${check.reason ? `  ${check.reason}` : ''}${warnings ? `  (${warnings} warning${warnings > 1 ? 's' : ''})` : ''}`);
    for (const f of check.findings) {
      out.push(`        ${f.severity === 'error' ? paint(31, 'error') : paint(33, f.severity)} ${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}`);
      out.push(`              fix: ${f.fix}`);
    }
  }
  out.push('');
  if (opts.dryRun) {
    out.push(bold(`Dry run: would write ${r.files.length} files to ${r.outDir}:`));
    for (const f of r.files) out.push(`  ${f}`);
    if (r.wouldRefuse) out.push('', paint(33, `A real run would be refused (exit 3): ${r.wouldRefuse}`));
  } else if (r.written) {
    out.push(bold(`Wrote ${r.files.length} files to ${r.outDir}`) + (r.exitCode === 1 ? ' (checks failed; kept by --keep-failed)' : ''));
    if (r.write) out.push(...writeLines(r.write));
    out.push('');
    out.push('Next:');
    out.push(`  cd ${r.outDir}`);
    if (r.files.includes('terraform.tfvars.example')) out.push('  cp terraform.tfvars.example terraform.tfvars   # fill in what it lists');
    out.push('  terraform init && terraform plan');
    out.push(
      r.files.includes('TROUBLESHOOTING.md')
        ? '  README.md explains the choice; TROUBLESHOOTING.md covers 403s, timeouts and DNS.'
        : accountOnly
          ? '  README.md says how the APIs of this account leave the role to this root, and how one that holds it hands it over.'
          : '  README.md says how each API root uses this network baseline.',
    );
  } else if (r.exitCode === 1) {
    out.push(paint(31, 'Nothing was written: a check failed. Fix the findings above, or pass --keep-failed to write anyway.'));
  }
  return out.join('\n') + '\n';
}

/** What a write into an existing folder did, beyond "wrote N files" (nothing to say for a new folder). */
function writeLines(w: WriteSummary): string[] {
  const out: string[] = [];
  if (w.recovered) out.push(`  recovered: an interrupted earlier run (pid ${w.recovered.pid}) was rolled back first (${w.recovered.restored} files put back)`);
  if (w.replaced.length || w.removed.length || w.unchanged.length)
    out.push(`  ${w.added.length} added, ${w.replaced.length} replaced, ${w.removed.length} removed (no longer generated), ${w.unchanged.length} unchanged; nothing else in the folder was touched`);
  for (const p of w.keptEdited) out.push(`  kept ${p}: no longer generated, but edited since it was written (it is yours now)`);
  for (const n of w.notes) out.push(`  note: ${n}`);
  return out;
}
