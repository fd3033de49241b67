// The published artifact, not the repository: pack the package, install the tarball into an
// empty prefix from the npm cache only, and run the installed bin as a user of npx would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execa } from 'execa';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
// @ts-expect-error plain ESM helper shared with the refresh script
import { snapshotsDir } from '../scripts/scenarios.mjs';
import { comparable, tmp, walk } from './helpers/cli.js';

const repo = join(import.meta.dirname, '..');
// Run npm without the variables `npm test` exports (they would redirect prefix and scripts).
const npmEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_(config|package|lifecycle)_/i.test(k) || /^npm_config_(cache|registry)$/i.test(k)));


test('the packed tarball installs offline and its bin runs --version, --help and full runs', { timeout: 180_000 }, async (t) => {
  const work = tmp('cae-pack-');
  // dist/ is built by `npm test` before the tests run; --ignore-scripts keeps the prepack
  // build from replacing it under tests that run in parallel.
  const packed = await execa('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: repo, env: npmEnv, extendEnv: false });
  const [info] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
  const shipped = info.files.map((f) => f.path);

  await t.test('ships exactly what runs', () => {
    for (const need of ['bin/create-api-endpoint.js', 'dist/cli.js', 'dist/api.js', 'dist/types/api.d.ts', 'src/schema/aws-provider-schema.txt', 'templates/module/main.tf.hbs', 'README.md', 'LICENSE', 'package.json'])
      assert.ok(shipped.includes(need), `${need} is missing from the tarball`);
    const stray = shipped.filter((p) => /^(test|snapshots|scripts|\.ci)\//.test(p) || (p.startsWith('src/') && p !== 'src/schema/aws-provider-schema.txt') || p.endsWith('.map'));
    assert.deepEqual(stray, [], 'tests, snapshots, scripts, sources or source maps in the tarball');
  });

  // Install as a user's project would, offline and independent of the npm cache's state:
  // the runtime dependencies come as tarballs packed from this checkout's node_modules
  // (npm resolves the package's own `dependencies` against them, so it asks no registry).
  const app = join(work, 'app');
  mkdirSync(app);
  const deps: Record<string, string> = { 'create-api-endpoint': `file:${join(work, info.filename)}` };
  for (const name of runtimeClosure(JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).dependencies)) {
    const dep = await execa('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work, join(repo, 'node_modules', name)], { env: npmEnv, extendEnv: false });
    deps[name] = `file:${join(work, (JSON.parse(dep.stdout) as [{ filename: string }])[0].filename)}`;
  }
  // One copy of each: `$name` overrides point every edge at the packed tarball (a nested,
  // differently pinned copy, such as hcl2json's fs-extra, would need the registry).
  const overrides = Object.fromEntries(Object.keys(deps).filter((n) => n !== 'create-api-endpoint').map((n) => [n, `$${n}`]));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, dependencies: deps, overrides }));
  const emptyCache = join(work, 'npm-cache');
  await execa('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--cache', emptyCache], { cwd: app, env: npmEnv, extendEnv: false });
  const bin = join(app, 'node_modules', '.bin', 'create-api-endpoint');
  assert.ok(existsSync(bin), 'the installed package has no create-api-endpoint bin');
  const installed = join(app, 'node_modules', 'create-api-endpoint');
  const run = (args: string[], cwd = work) =>
    execa(bin, args, { cwd, reject: false, stdin: 'ignore', stripFinalNewline: false, env: { ...npmEnv, NO_COLOR: '1', AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined }, extendEnv: false });

  await t.test('only the WASM parsers are runtime dependencies', () => {
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@cdktf/hcl-tools', '@cdktf/hcl2json']);
  });

  await t.test('--version and --help', async () => {
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    const v = await run(['--version']);
    assert.equal(v.exitCode, 0);
    assert.equal(v.stdout, `${pkg.version}\n`);
    const h = await run(['--help']);
    assert.equal(h.exitCode, 0);
    assert.equal(h.stdout, readFileSync(join(snapshotsDir, 'help.txt'), 'utf8'));
  });

  for (const scenario of ['private', 'edge']) {
    await t.test(`a full --yes run of the ${scenario} scenario writes the golden files`, async () => {
      const out = join(work, scenario);
      const r = await run(['--answers', join(snapshotsDir, scenario, 'answers.yaml'), '--yes', '--no-terraform', '--json', '--out', out]);
      assert.equal(r.exitCode, 0, r.stderr);
      const report = JSON.parse(r.stdout) as { checks: { name: string; status: string }[] };
      assert.deepEqual(report.checks.filter((c) => c.status !== 'pass'), []);
      const expected = join(snapshotsDir, scenario, 'expected');
      const want = walk(expected).map((f) => relative(expected, f)).sort();
      assert.deepEqual(walk(out).map((f) => relative(out, f)).sort(), want);
      for (const f of want) assert.equal(comparable(f, readFileSync(join(out, f), 'utf8')), comparable(f, readFileSync(join(expected, f), 'utf8')), f);
    });
  }
});

/** The package's runtime dependencies and theirs, by name, as installed in this checkout. */
function runtimeClosure(direct: Record<string, string>): string[] {
  const seen = new Set<string>();
  const queue = Object.keys(direct);
  while (queue.length) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const pkg = JSON.parse(readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    queue.push(...Object.keys(pkg.dependencies ?? {}));
  }
  return [...seen].sort();
}
