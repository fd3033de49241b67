// Renders every snapshot scenario through the built CLI into a folder; shared by the
// snapshot refresh and the snapshot test.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const snapshotsDir = join(root, 'snapshots');
export const bin = join(root, 'bin', 'create-api-endpoint.js');

export function scenarios() {
  return readdirSync(snapshotsDir).filter((d) => existsSync(join(snapshotsDir, d, 'answers.yaml'))).sort();
}

/**
 * Runs one scenario into outDir; returns the parsed --json report. Region env is cleared for
 * determinism. A scenario's input/ folder (the owner's files: an OpenAPI document and what it
 * references) is copied into outDir first, and its top-level openapi.yaml, openapi.json,
 * swagger.yaml or swagger.json is given as --openapi.
 */
export function renderScenario(name, outDir, extraArgs = []) {
  const input = join(snapshotsDir, name, 'input');
  if (existsSync(input)) {
    cpSync(input, outDir, { recursive: true });
    const doc = ['openapi.yaml', 'openapi.json', 'swagger.yaml', 'swagger.json'].find((f) => existsSync(join(input, f)));
    if (doc) extraArgs = ['--openapi', join(outDir, doc), ...extraArgs];
  }
  const env = { ...process.env };
  delete env.AWS_REGION;
  delete env.AWS_DEFAULT_REGION;
  try {
    const stdout = execFileSync(
      process.execPath,
      [bin, '--answers', join(snapshotsDir, name, 'answers.yaml'), '--yes', '--no-terraform', '--json', '--out', outDir, ...extraArgs],
      { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    return JSON.parse(stdout);
  } catch (err) {
    // Exit 1 (checks failed) still prints the report; anything else is a real error.
    if (err.status === 1 && err.stdout) return JSON.parse(err.stdout);
    throw new Error(`${name}: exit ${err.status}\n${err.stderr}`);
  }
}
