// Bundles the CLI with esbuild: one ESM file for the flag path and a lazily loaded chunk
// for the Ink wizard. The WASM-backed HCL tools stay real dependencies (they read their
// .wasm files next to their own code).
import { build } from 'esbuild';
import { copyFileSync, rmSync } from 'node:fs';

// Ink loads its devtools bridge (react-devtools-core and ws) only when DEV=true; ship an
// inert stand-in instead of bundling them.
const noDevtools = {
  name: 'no-ink-devtools',
  setup(b) {
    b.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) => (args.importer.includes('/node_modules/ink/') ? { path: 'ink-devtools', namespace: 'stub' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export {};' }));
  },
};

// yoga-layout (Ink's layout engine) carries its WASM inline as base64, yet probes
// `typeof fetch` first; on Node that getter loads the whole HTTP client (undici), ~20 ms
// before the wizard's first frame. Answer the probe without touching the getter.
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(b) {
    b.onLoad({ filter: /yoga-layout[\\/]dist[\\/]binaries[\\/].*\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const text = await readFile(args.path, 'utf8');
      return { contents: text.replaceAll('typeof fetch', 'typeof undefined'), loader: 'js' };
    });
  },
};

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['@cdktf/hcl2json', '@cdktf/hcl-tools'],
  plugins: [noDevtools, yogaWithoutFetch],
  // Some bundled CommonJS packages call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
});

// The formatter's worker is loaded by URL at run time, next to the bundle (see src/hcl/tools.ts).
copyFileSync(new URL('../src/hcl/format-worker.js', import.meta.url), new URL('../dist/format-worker.js', import.meta.url));
