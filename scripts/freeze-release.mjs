// Freezes the renderer of a released version: its answers → recommendation → blueprint →
// rendered files, with that release's templates and its Handlebars inside, as one ES module
// (templates/releases/<version>/render.mjs). `update` loads it to render the base of a folder
// written by that release (a version 1 manifest recorded the answers, not what it wrote), the
// way Copier renders the old template at the old tag: an unedited file is then replaced and an
// edited one merged, instead of every differing line being taken for the owner's.
//
//   node scripts/freeze-release.mjs <commit> <version>
//
// The output is generated from our own history (git archive of <commit>); regenerate, do not edit.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

const [commit, version] = process.argv.slice(2);
if (!commit || !/^\d+\.\d+\.\d+$/.test(version ?? '')) {
  console.error('usage: node scripts/freeze-release.mjs <commit> <version>');
  process.exit(2);
}
const repo = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'cae-freeze-'));
try {
  const full = execFileSync('git', ['rev-parse', `${commit}^{commit}`], { cwd: repo, encoding: 'utf8' }).trim();
  const tar = execFileSync('git', ['archive', full, 'src', 'templates', 'package.json'], { cwd: repo, maxBuffer: 64 << 20 });
  execFileSync('tar', ['-x', '-C', work], { input: tar });
  const pkgVersion = JSON.parse(readFileSync(join(work, 'package.json'), 'utf8')).version;
  if (pkgVersion !== version) throw new Error(`${commit} is version ${pkgVersion}, not ${version}`);
  const pinned = (p) => ({ ...p.dependencies, ...p.devDependencies }).handlebars;
  const then = pinned(JSON.parse(readFileSync(join(work, 'package.json'), 'utf8')));
  const now = JSON.parse(readFileSync(join(repo, 'node_modules', 'handlebars', 'package.json'), 'utf8')).version;
  if (then !== now) throw new Error(`${commit} pinned handlebars ${then}; this checkout has ${now}, which the frozen renderer would run with: check that it reproduces the release (test/update.test.ts) before relying on it`);

  // The templates as that release loaded them: every .hbs under templates/, named by its path without .hbs.
  const templates = {};
  const walk = (dir) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.hbs')) templates[relative(join(work, 'templates'), path).split(sep).join('/').replace(/\.hbs$/, '')] = readFileSync(path, 'utf8');
    }
  };
  walk(join(work, 'templates'));

  writeFileSync(
    join(work, 'release-entry.ts'),
    `import { recommend } from './src/core/recommend.js';
import { plan } from './src/plan/plan.js';
import { renderFiles } from './src/render/render.js';

export const VERSION = ${JSON.stringify(version)};
export const COMMIT = ${JSON.stringify(full)};
const TEMPLATES = new Map(Object.entries(${JSON.stringify(templates)}));

/** The files this release rendered for a set of answers (as its manifest recorded them), before terraform fmt. */
export function render(answers: Parameters<typeof recommend>[0]): Map<string, string> {
  const recommendation = recommend(answers);
  return renderFiles(plan(answers, recommendation, VERSION), TEMPLATES);
}
`,
  );
  // Handlebars is not copied in: the renderer takes the instance the running tool hands it
  // (src/app/release-base.ts), so the file holds only our own code and templates. The tests
  // prove that it still reproduces that release's output byte for byte with it.
  const injected = {
    name: 'injected-handlebars',
    setup(b) {
      b.onResolve({ filter: /^handlebars$/ }, () => ({ path: 'handlebars', namespace: 'injected' }));
      b.onLoad({ filter: /.*/, namespace: 'injected' }, () => ({
        contents: "const h = globalThis[Symbol.for('create-api-endpoint.handlebars')];\nif (!h) throw new Error('the frozen renderer takes Handlebars from create-api-endpoint (src/app/release-base.ts)');\nexport default h;\n",
        loader: 'js',
      }));
    },
  };
  const outDir = join(repo, 'templates', 'releases', version);
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(work, 'release-entry.ts')],
    outfile: join(outDir, 'render.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    plugins: [injected],
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: `// create-api-endpoint ${version}'s renderer (commit ${full}), frozen by scripts/freeze-release.mjs for update's\n// re-render of folders that release wrote. Generated: do not edit.` },
  });
  // The bundle's path comments name the temporary folder and this checkout: make them stable, so
  // freezing the same commit twice writes the same bytes.
  const out = join(outDir, 'render.mjs');
  writeFileSync(out, readFileSync(out, 'utf8').replace(/^\/\/ [^\n]*?((?:src\/|node_modules\/|release-entry)[^\n]*)$/gm, '// $1'));
  console.log(`templates/releases/${version}/render.mjs: ${Object.keys(templates).length} templates from ${full.slice(0, 12)}, ${(statSync(join(outDir, 'render.mjs')).size / 1024).toFixed(0)} KB`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
