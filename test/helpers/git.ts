// git in a fixture repository, with an identity and no signing (the machine's config may lack or demand them).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
}
