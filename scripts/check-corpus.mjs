// Runs `check` on a corpus of public Terraform trees (none of them ours, none committed) and
// compares what it finds with a judgment of each finding. The corpus is listed in
// bench/check-corpus.md; fetch the repositories at the commits given there into TREES.
//
//   node scripts/check-corpus.mjs <corpus.tsv> <trees-dir> [judgments.tsv] [--tflint <bin>] [--out <dir>]
//
// corpus.tsv: id, repo (owner/name), commit, folder (tab-separated, a header line); the tree of
// a row is <trees-dir>/<owner>+<name>/<folder>. judgments.tsv: id, rule, severity, file, line,
// address, verdict (TRUE/FALSE/UNSURE), reason. Prints exits, findings by rule and severity,
// each finding with its verdict (NEW when unjudged), judged findings no longer reported, the
// rules' skips, and check's time beside tflint's (median per tree).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [v] = args.splice(i, 2).slice(1);
  return v;
};
const tflint = flag('--tflint');
const outDir = flag('--out');
const [corpusFile, treesDir, judgmentsFile] = args;
if (!corpusFile || !treesDir) {
  console.error('usage: node scripts/check-corpus.mjs <corpus.tsv> <trees-dir> [judgments.tsv] [--tflint <bin>] [--out <dir>]');
  process.exit(2);
}
const bin = fileURLToPath(new URL('../bin/create-api-endpoint.js', import.meta.url));
const tsv = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split('\t'));
const rows = tsv(corpusFile).map(([id, repo, commit, folder]) => ({ id, repo, commit, folder }));
const judged = new Map();
if (judgmentsFile) for (const [id, rule, , file, line, address, verdict, reason] of tsv(judgmentsFile)) judged.set(`${id}|${rule}|${address}|${file.replace(/^.*?\+[^/]+\//, '')}|${line}`, { verdict, reason, used: false });
if (outDir) mkdirSync(outDir, { recursive: true });
const config = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'bench', 'tflint.hcl');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const exits = new Map();
const byRule = new Map();
const verdicts = { TRUE: 0, FALSE: 0, UNSURE: 0, NEW: 0 };
const lines = [];
const ours = [];
const theirs = [];
let skips = 0;
const skipsByRule = new Map();
for (const r of rows) {
  const dir = resolve(treesDir, r.repo.replace('/', '+'), r.folder);
  if (!existsSync(dir)) {
    lines.push(`${r.id}: not fetched (${dir})`);
    continue;
  }
  const t = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [bin, 'check', dir, '--json', '--no-preset'], { cwd: dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
  ours.push(Number(process.hrtime.bigint() - t) / 1e6);
  exits.set(run.status, (exits.get(run.status) ?? 0) + 1);
  if (outDir) writeFileSync(join(outDir, `${r.id}.json`), run.stdout);
  if (tflint) {
    const tt = process.hrtime.bigint();
    spawnSync(tflint, ['--chdir', dir, '--config', config], { timeout: 120_000 });
    theirs.push(Number(process.hrtime.bigint() - tt) / 1e6);
  }
  let doc;
  try {
    doc = JSON.parse(run.stdout);
  } catch {
    lines.push(`${r.id}: exit ${run.status}: ${run.stderr.trim().split('\n')[0]}`);
    continue;
  }
  if (!Array.isArray(doc.findings)) {
    lines.push(`${r.id}: exit ${run.status}: ${(run.stderr.trim() || JSON.stringify(doc)).split('\n')[0]}`);
    continue;
  }
  skips += doc.skipped.length;
  for (const s of doc.skipped) skipsByRule.set(s.rule, (skipsByRule.get(s.rule) ?? 0) + 1);
  for (const f of doc.findings) {
    if (f.severity === 'info') continue;
    const key = `${r.id}|${f.rule}|${f.address}|${f.file.replace(/^(\.\.\/)*/, '')}|${f.line}`;
    const j = [...judged.entries()].find(([k]) => k === key || (k.startsWith(`${r.id}|${f.rule}|${f.address}|`) && !judged.get(k).used));
    const verdict = j ? j[1].verdict : 'NEW';
    if (j) j[1].used = true;
    verdicts[verdict] = (verdicts[verdict] ?? 0) + 1;
    const k = `${f.rule} ${f.severity}`;
    byRule.set(k, { ...(byRule.get(k) ?? { TRUE: 0, FALSE: 0, UNSURE: 0, NEW: 0 }), [verdict]: (byRule.get(k)?.[verdict] ?? 0) + 1 });
    if (verdict !== 'TRUE') lines.push(`${verdict.padEnd(6)} ${r.id} ${f.rule} ${f.severity} ${f.address} ${f.file}:${f.line}${j ? ` — ${j[1].reason.slice(0, 160)}` : ''}`);
  }
}
const gone = [...judged.entries()].filter(([k, v]) => !v.used && rows.some((r) => k.startsWith(`${r.id}|`)));
console.log(`trees: ${rows.length}; exits: ${[...exits].map(([c, n]) => `${n}×${c}`).join(', ')}`);
console.log(`findings (errors and warnings) by verdict: ${Object.entries(verdicts).map(([v, n]) => `${v} ${n}`).join(', ')}`);
for (const [k, v] of [...byRule].sort()) console.log(`  ${k.padEnd(16)} ${Object.entries(v).filter(([, n]) => n).map(([x, n]) => `${x} ${n}`).join(', ')}`);
console.log(`judged findings no longer reported: ${gone.length}`);
for (const [k, v] of gone) console.log(`  ${v.verdict.padEnd(6)} ${k.split('|').slice(0, 3).join(' ')}`);
console.log(`evaluations skipped (a fact that cannot be established statically): ${skips} (${[...skipsByRule].sort().map(([r, n]) => `${r} ${n}`).join(', ')})`);
console.log(`time per tree, median: check ${median(ours).toFixed(0)} ms${theirs.length ? `, tflint ${median(theirs).toFixed(0)} ms` : ''}`);
for (const l of lines) console.log(l);
