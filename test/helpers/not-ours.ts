// Files the tool never owns (state, tfvars, lock files, .git, the owner's own), written with
// their modes before a run and checked byte for byte and mode for mode after it.
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { join } from 'node:path';

export type NotOurs = [path: string, text: string, mode: number][];

export function addNotOurs(dir: string, files: NotOurs): void {
  for (const [path, text, mode] of files) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
    chmodSync(join(dir, path), mode);
  }
}

export function assertNotOursIntact(dir: string, files: NotOurs, when = ''): void {
  const at = when ? `${when}: ` : '';
  for (const [path, text, mode] of files) {
    assert.ok(existsSync(join(dir, path)), `${at}${path} is gone`);
    assert.equal(readFileSync(join(dir, path), 'utf8'), text, `${at}${path} changed`);
    assert.equal(statSync(join(dir, path)).mode & 0o777, mode, `${at}${path} mode changed`);
  }
}
