// Runs the tests with Node's test runner (TypeScript through tsx).
//
//   node scripts/run-tests.mjs          every test (npm test builds first: the .e2e tests run
//                                       the built CLI)
//   node scripts/run-tests.mjs --unit   the fast tier for the inner loop (npm run test:unit):
//                                       the tests that run in this process — the pure core, the
//                                       commands through main(argv, io), the wizard's screens —
//                                       and not those that start the built CLI (*.e2e.*), a
//                                       terminal (*.pty.*), terraform or tflint (*.tool.*) or
//                                       moto (*.moto.*).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const unit = process.argv.includes('--unit');

// The CLI caches parse and format results under $XDG_CACHE_HOME: give the run its own,
// empty one, so tests neither read nor fill the developer's cache.
const cache = mkdtempSync(join(tmpdir(), 'cae-test-cache-'));
process.env.XDG_CACHE_HOME = cache;

const all = readdirSync('test').filter((f) => /\.test\.tsx?$/.test(f)).sort().map((f) => `test/${f}`);
const files = unit ? all.filter((f) => !/\.(e2e|pty|tool|moto)\.test\./.test(f)) : all;
// --test-force-exit: a WASM program a test started keeps timers of its own; the file is done
// when its tests are.
const run = (list) => (list.length ? spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-force-exit', '--test-reporter', 'spec', ...list], { stdio: 'inherit' }).status ?? 1 : 0);
// Tests that type into a real terminal run afterwards, alone: under the load of the rest
// (files run in parallel) keystrokes can outrun the screens they are meant for.
const first = run(files.filter((f) => !f.includes('.pty.')));
const second = run(files.filter((f) => f.includes('.pty.')));
rmSync(cache, { recursive: true, force: true });
process.exitCode = first || second;
