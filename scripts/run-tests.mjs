// Runs every test/*.test.ts with Node's test runner (TypeScript through tsx). The e2e
// tests use the built CLI, so `npm test` builds first.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const files = readdirSync('test').filter((f) => f.endsWith('.test.ts') || f.endsWith('.test.tsx')).sort().map((f) => `test/${f}`);
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter', 'spec', ...files], { stdio: 'inherit' });
process.exitCode = r.status ?? 1;
