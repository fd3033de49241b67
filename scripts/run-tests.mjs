// Runs every test/*.test.ts with Node's test runner (TypeScript through tsx). The e2e
// tests use the built CLI, so `npm test` builds first.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The CLI caches parse and format results under $XDG_CACHE_HOME: give the run its own,
// empty one, so tests neither read nor fill the developer's cache.
const cache = mkdtempSync(join(tmpdir(), 'cae-test-cache-'));
process.env.XDG_CACHE_HOME = cache;

// Tests that type into a real terminal run afterwards, alone: under the load of the rest
// (files run in parallel) keystrokes can outrun the screens they are meant for.
const files = readdirSync('test').filter((f) => /\.test\.tsx?$/.test(f)).sort().map((f) => `test/${f}`);
const run = (list) => spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-force-exit', '--test-reporter', 'spec', ...list], { stdio: 'inherit' }).status ?? 1;
const first = run(files.filter((f) => !f.includes('.pty.')));
const second = run(files.filter((f) => f.includes('.pty.')));
rmSync(cache, { recursive: true, force: true });
process.exitCode = first || second;
