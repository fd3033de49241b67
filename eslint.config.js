import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'templates/releases/', 'node_modules/', 'snapshots/', '.venv/', '.venv-moto/', '.scan/', '.node-versions/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly', WebAssembly: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Layers import only downward: commands → app → core (catalog, plan, render, checks, hcl,
  // manifest, write, report); the wizard renders the app's outcomes and never imports the
  // commands. (test/architecture.test.ts also fails on import cycles.)
  {
    files: ['src/{core,catalog,plan,render,checks,hcl,manifest,write,report,analysis,rules}/**', 'src/pipeline.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/app/*', '**/commands/*', '**/wizard/*'], message: 'The core does not import the layers above it (app, commands, wizard).' }] }] },
  },
  {
    files: ['src/app/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/commands/*', '**/wizard/*'], message: 'Use cases return outcomes; the shells (commands, wizard) import them, not the other way round.' }] }] },
  },
  {
    files: ['src/wizard/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/commands/*'], message: 'The wizard uses the app layer, never the CLI commands.' }] }] },
  },
  // Tests read terminal output, which is made of control characters.
  { files: ['test/**'], rules: { 'no-control-regex': 'off' } },
);
