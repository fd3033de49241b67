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

const ratio = run / bare;
const mib = runRss / 1024;
console.log(`bare node -e "":           median ${bare.toFixed(0)} ms, peak ${(bareRss / 1024).toFixed(0)} MiB  (${RUNS} runs)`);
console.log(`${scenario} (all offline checks, --dry-run): median ${run.toFixed(0)} ms, peak ${mib.toFixed(0)} MiB`);
console.log(`ratio: ${ratio.toFixed(1)}× bare node (target ≤ 5×) — ${ratio <= 5 ? 'met' : 'NOT met'}`);
console.log(`peak memory: ${mib.toFixed(0)} MiB (target ≤ 200 MiB) — ${mib <= 200 ? 'met' : 'NOT met'}`);
