// Benchmark: the whole non-interactive run (render, format, every offline check) of the
// heaviest scenario, against a bare `node -e ""` measured in the same run.
// Targets: median ≤ 5× bare Node, peak RSS ≤ 200 MiB.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, snapshotsDir } from './scenarios.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const scenario = 'private-cross-account-domain';
const work = mkdtempSync(join(tmpdir(), 'bench-'));
const rssFile = join(work, 'rss');
const preload = new URL('./bench-rss.mjs', import.meta.url).href;

function time(args) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { env: { ...process.env, BENCH_RSS_FILE: rssFile }, stdio: ['ignore', 'ignore', 'pipe'] });
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const bare = time(['--import', preload, '-e', '']);
const bareRss = Math.max(...readFileSync(rssFile, 'utf8').trim().split('\n').map(Number));
rmSync(rssFile);
const run = time(['--import', preload, bin, '--answers', join(snapshotsDir, scenario, 'answers.yaml'), '--yes', '--dry-run', '--no-terraform']);
const runRss = Math.max(...readFileSync(rssFile, 'utf8').trim().split('\n').map(Number));
rmSync(work, { recursive: true, force: true });

// The wizard: launch to first question in a pseudo-terminal (target ≤ 200 ms median).
const frames = [];
for (let i = 0; i < RUNS; i++) {
  const r = spawnSync('python3', [new URL('./first-frame.py', import.meta.url).pathname, 'Question 1', process.execPath, bin], { encoding: 'utf8', cwd: tmpdir(), env: { ...process.env, TERM: 'xterm-256color' } });
  if (r.status !== 0) throw new Error(`first-frame: ${r.stderr}`);
  frames.push(Number(r.stdout.trim()));
}
frames.sort((a, b) => a - b);
const firstQuestion = frames[Math.floor(frames.length / 2)];

const ratio = run / bare;
const mib = runRss / 1024;
console.log(`bare node -e "":           median ${bare.toFixed(0)} ms, peak ${(bareRss / 1024).toFixed(0)} MiB  (${RUNS} runs)`);
console.log(`${scenario} (all offline checks, --dry-run): median ${run.toFixed(0)} ms, peak ${mib.toFixed(0)} MiB`);
console.log(`ratio: ${ratio.toFixed(1)}× bare node (target ≤ 5×) — ${ratio <= 5 ? 'met' : 'NOT met'}`);
console.log(`peak memory: ${mib.toFixed(0)} MiB (target ≤ 200 MiB) — ${mib <= 200 ? 'met' : 'NOT met'}`);
console.log(`wizard, launch to first question (pseudo-terminal): median ${firstQuestion.toFixed(0)} ms (target ≤ 200 ms) — ${firstQuestion <= 200 ? 'met' : 'NOT met'}`);

// Install footprint of the published artifact next to create-vite's, measured the same way:
// pack, install the tarball into an empty global prefix, count bytes and packages.
// Targets: ≤ 25 MB installed, ≤ 60 packages.
const npmEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_(config|package|lifecycle)_/i.test(k) || /^npm_config_(cache|registry)$/i.test(k)));
function npm(args, cwd) {
  const r = spawnSync('npm', args, { cwd, env: npmEnv, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')}: ${r.stderr.trim().split('\n').pop()}`);
  return r.stdout;
}
function duBytes(dir) {
  return Number(spawnSync('du', ['-sb', dir], { encoding: 'utf8' }).stdout.split('\t')[0]);
}
function footprint(spec, name, cwd) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-pack-'));
  try {
    const [info] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir, spec], cwd));
    const prefix = join(dir, 'prefix');
    npm(['install', '--global', '--no-audit', '--no-fund', '--prefix', prefix, join(dir, info.filename)]);
    const root = join(prefix, 'lib', 'node_modules');
    const packages = npm(['ls', '--global', '--prefix', prefix, '--all', '--parseable'], dir).trim().split('\n').filter((l) => l.includes('node_modules')).length;
    return { name, packed: info.size, installed: duBytes(join(root, name)), packages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const mb = (b) => `${(b / 1e6).toFixed(1)} MB`;
const ours = footprint('.', 'create-api-endpoint', join(import.meta.dirname, '..'));
let vite;
try {
  vite = footprint('create-vite', 'create-vite', tmpdir());
} catch (err) {
  vite = { error: err.message };
}
console.log('\ninstall footprint (npm pack + npm install --global into an empty prefix):');
for (const f of [ours, vite]) {
  if (f.error) console.log(`  create-vite: could not be fetched (${f.error})`);
  else console.log(`  ${f.name.padEnd(20)} packed ${mb(f.packed)}, installed ${mb(f.installed)} with dependencies, ${f.packages} package${f.packages === 1 ? '' : 's'}`);
}
console.log(`installed size: ${mb(ours.installed)} (target ≤ 25 MB) — ${ours.installed <= 25e6 ? 'met' : 'NOT met'}; packages: ${ours.packages} (target ≤ 60) — ${ours.packages <= 60 ? 'met' : 'NOT met'}`);
