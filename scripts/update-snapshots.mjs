// Refreshes snapshots/<scenario>/expected from the current templates and snapshots/help.txt
// (then docs/options.md, through scripts/docs.mjs). Review the diff: it is the change to the
// generated Terraform.
import { rmSync, renameSync, mkdtempSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, renderScenario, scenarios, snapshotsDir } from './scenarios.mjs';

const help = execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
writeFileSync(join(snapshotsDir, 'help.txt'), help);
// docs/options.md shows every command's help verbatim: the docs writer refreshes it (and the
// rule pages) from the same code.
execFileSync(process.execPath, ['--import', 'tsx', join(snapshotsDir, '..', 'scripts', 'docs.mjs')], { stdio: 'inherit' });

const work = mkdtempSync(join(tmpdir(), 'snapshots-'));
for (const name of scenarios()) {
  const out = join(work, name);
  const report = renderScenario(name, out);
  const failed = report.checks.filter((c) => c.status === 'fail').map((c) => c.name);
  if (failed.length) {
    console.error(`${name}: checks failed (${failed.join(', ')}); snapshot not updated`);
    for (const c of report.checks) for (const f of c.findings) console.error(`  ${c.name}: ${f.file}:${f.line ?? ''} ${f.message}`);
    process.exitCode = 1;
    continue;
  }
  const expected = join(snapshotsDir, name, 'expected');
  rmSync(expected, { recursive: true, force: true });
  renameSync(out, expected);
  console.log(`${name}: ${report.endpointType}, ${report.files.length} files`);
}
rmSync(work, { recursive: true, force: true });
