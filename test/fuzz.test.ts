// Property test over the flag parser and the answers-file reader: generated argv and files
// (random strings, control characters, nesting, sizes, encodings). Whatever comes in, the run
// ends within a time bound with exit 0, 2 or 3; under --json stdout is one JSON document; and
// a run that does not succeed writes nothing. Seeded, so a failure reproduces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main, type Io } from '../src/commands/main.js';
import { QUESTIONS } from '../src/catalog/questions.js';
import { RUN_OPTIONS } from '../src/commands/args.js';
import { tmp } from './helpers/cli.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]) => xs[int(xs.length)]!;
  return { next, int, pick };
}

const r = prng(SEED);
const ALPHABET = ['a', 'z', '0', '9', '-', '.', '/', ',', ' ', '"', "'", '\\', '$', '{', '}', '%', '#', ':', '\n', '\t', '\u001b', '\u0007', '\u0000', '\u007f', 'é', '😀', '\u202e', '*', '&', '[', ']'];
const VALUES = ['global', 'regional', 'internal', 'mock', 'http', 'lambda', 'nlb', 'edge', 'private', 'us-east-1', 'cn-north-1', 'eu-west-9', '10.0.0.0/8', '0.0.0.0/0', '0.0.0.0/1,128.0.0.0/1', '111122223333', '012345678901', 'vpc-0123abcd', 'subnet-0123abcd,subnet-4567cdef', 'sg-0123abcd', 'api.example.com', 'true', 'false', '', 'orders-api'];

function randomString(): string {
  const roll = r.next();
  if (roll < 0.4) return r.pick(VALUES);
  if (roll < 0.45) return 'x'.repeat(1 + r.int(200_000));
  return Array.from({ length: r.int(40) }, () => r.pick(ALPHABET)).join('');
}

const FLAGS = [...QUESTIONS.flatMap((q) => (q.kind === 'boolean' ? [q.flag, `no-${q.flag}`] : [q.flag])), ...RUN_OPTIONS.map((o) => o.flag).filter((f) => !['help', 'version', 'interactive', 'terraform', 'answers', 'preset', 'from', 'templates', 'out'].includes(f))];
const VALUED = new Set([...QUESTIONS.filter((q) => q.kind !== 'boolean').map((q) => q.flag), ...RUN_OPTIONS.filter((o) => o.valueName).map((o) => o.flag)]);

function randomArgv(): string[] {
  // Half the command lines are plausible (--yes and a few answers), so runs get past parsing.
  const argv: string[] = r.next() < 0.5 ? ['--yes'] : [];
  const junk = r.next() < 0.5 ? 0.14 : 0.02;
  for (let i = r.int(8); i > 0; i--) {
    const roll = r.next();
    if (roll < junk * 0.6) argv.push(randomString()); // a positional, or a command name
    else if (roll < junk) argv.push(`--${randomString().replace(/^-+/, '')}`); // an unknown flag
    else {
      const flag = r.pick(FLAGS);
      if (VALUED.has(flag)) argv.push(...(r.next() < 0.2 ? [`--${flag}=${randomString()}`] : r.next() < 0.05 ? [`--${flag}`] : [`--${flag}`, randomString()]));
      else argv.push(r.next() < 0.05 ? `--${flag}=${randomString()}` : `--${flag}`);
    }
  }
  return argv;
}

function randomValue(depth: number): unknown {
  const roll = r.next();
  if (depth > 0 && roll < 0.15) return Array.from({ length: r.int(5) }, () => randomValue(depth - 1));
  if (depth > 0 && roll < 0.25) return Object.fromEntries(Array.from({ length: r.int(4) }, () => [randomString(), randomValue(depth - 1)]));
  if (roll < 0.35) return r.int(2) === 0;
  if (roll < 0.45) return r.int(1e12);
  if (roll < 0.5) return null;
  return randomString();
}

function randomAnswersFile(dir: string, i: number): string {
  const keys = [...QUESTIONS.map((q) => q.flag), 'clinets', 'extends', ''];
  const doc = Object.fromEntries(Array.from({ length: r.int(8) }, () => [r.pick(keys), randomValue(r.int(25))]));
  const json = r.next() < 0.5;
  let text = json ? JSON.stringify(doc) : Object.entries(doc).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join('\n');
  const roll = r.next();
  if (roll < 0.1) text = text.slice(0, r.int(text.length + 1)); // truncated
  else if (roll < 0.15) text = '\ufeff' + text; // a byte-order mark
  else if (roll < 0.2) text = 'a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c]\nname: [*d, *d, *d, *d, *d, *d, *d, *d]\n';
  const file = join(dir, `answers-${i}.${json ? 'json' : 'yaml'}`);
  const encoding = r.next();
  writeFileSync(file, encoding < 0.1 ? Buffer.from(text, 'utf16le') : encoding < 0.15 ? Buffer.from([0xff, 0xfe, 0xc3, 0x28, ...Buffer.from(text)]) : text);
  return file;
}

function fakeIo(): { io: Io; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const stream = (sink: (s: string) => void) => ({ isTTY: false, columns: 80, write: (s: string | Uint8Array, cb?: () => void) => (sink(String(s)), cb?.(), true) }) as unknown as NodeJS.WriteStream;
  const env = { XDG_CACHE_HOME: process.env.XDG_CACHE_HOME, HOME: process.env.HOME, PATH: process.env.PATH };
  return { io: { stdout: stream((s) => (out += s)), stderr: stream((s) => (err += s)), stdin: { isTTY: false } as NodeJS.ReadStream, env }, out: () => out, err: () => err };
}

async function runOnce(argv: string[]) {
  const f = fakeIo();
  const started = Date.now();
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 20_000).unref());
  const code = await Promise.race([main(argv, f.io), timeout]);
  return { code, ms: Date.now() - started, stdout: f.out(), stderr: f.err() };
}

test(`property: ${RUNS} generated command lines and ${Math.round(RUNS / 2)} generated answers files (seed ${SEED}) end with 0, 2 or 3, one JSON document under --json, nothing written on failure`, { timeout: 600_000 }, async (t) => {
  const dir = tmp('cae-fuzz-');
  const tally = new Map<unknown, number>();
  for (let i = 0; i < RUNS + Math.round(RUNS / 2); i++) {
    const out = join(dir, `out-${i}`);
    const json = r.next() < 0.5;
    const argv = i < RUNS ? randomArgv() : ['--answers', randomAnswersFile(dir, i), ...(r.next() < 0.5 ? ['--yes'] : [])];
    const full = [...argv, '--no-terraform', '--no-interactive', '--out', out, ...(json ? ['--json'] : [])];
    const res = await runOnce(full);
    const shown = JSON.stringify(full).slice(0, 400);
    assert.notEqual(res.code, 'timeout', `hung: ${shown}`);
    assert.ok([0, 2, 3].includes(res.code as number), `exit ${res.code} for ${shown}\n${res.stderr.slice(0, 2000)}`);
    assert.doesNotMatch(res.stderr, /internal error/, shown);
    if (json) assert.doesNotThrow(() => JSON.parse(res.stdout), `stdout is not one JSON document for ${shown}: ${res.stdout.slice(0, 300)}`);
    if (res.code !== 0) assert.equal(existsSync(out), false, `a failed run wrote ${out}: ${shown}`);
    tally.set(res.code, (tally.get(res.code) ?? 0) + 1);
  }
  mkdirSync(join(dir, 'done'));
  t.diagnostic(`exit codes: ${[...tally].map(([c, n]) => `${c}×${n}`).join(', ')}`);
});
