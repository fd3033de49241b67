// The sub-commands: dispatch (generate is the default), help per command, schema output that
// is valid JSON Schema and accepts what the tool itself reads and writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { load } from 'js-yaml';
import { tmp } from './helpers/cli.js';
import { cliInProcess as cli } from './helpers/in-process.js';

const schemaOf = async (name: string) => {
  const r = await cli(['schema', name]);
  assert.equal(r.exitCode, 0, r.stderr);
  return JSON.parse(r.stdout) as Record<string, unknown>;
};

test('schema answers is valid JSON Schema, accepts every snapshot answers file, and rejects bad keys and values', async () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true, strictTypes: false });
  const validate = ajv.compile(await schemaOf('answers'));
  const snapshots = new URL('../snapshots/', import.meta.url).pathname;
  const files = readdirSync(snapshots).filter((d) => !d.includes('.')).map((d) => join(snapshots, d, 'answers.yaml'));
  assert.ok(files.length >= 10, `${files.length} files`);
  for (const f of files) assert.ok(validate(load(readFileSync(f, 'utf8'))), `${f}: ${JSON.stringify(validate.errors)}`);
  for (const bad of [{ clinets: 'internal' }, { clients: 'everyone' }, { region: 'moon-1' }, { 'consumer-accounts': ['12345'] }, { hybrid: 'yes' }, { tags: { 'aws:x': '1' } }])
    assert.equal(validate(bad), false, JSON.stringify(bad));
  assert.ok(validate({ tags: { 'cost-center': '1234' } }), JSON.stringify(validate.errors));
  assert.ok(validate({ tags: 'cost-center=1234,owner=payments' }), JSON.stringify(validate.errors));
});

test('schema preset is valid JSON Schema; every built-in preset (v2, with its yaml-language-server line) and a v1 answers-only preset validate; the shipped preset.schema.json is its output; bad presets do not', async () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true, strictTypes: false });
  const schema = await schemaOf('preset');
  const validate = ajv.compile(schema);
  const presets = new URL('../templates/presets/', import.meta.url).pathname;
  const yamls = readdirSync(presets).filter((f) => f.endsWith('.yaml'));
  assert.ok(yamls.length >= 9, `${yamls.length} presets`);
  for (const f of yamls) {
    const text = readFileSync(join(presets, f), 'utf8');
    assert.match(text.split('\n')[0]!, /^# yaml-language-server: \$schema=\.\/preset\.schema\.json$/, f);
    assert.ok(validate(load(text)), `${f}: ${JSON.stringify(validate.errors)}`);
  }
  assert.deepEqual(JSON.parse(readFileSync(join(presets, 'preset.schema.json'), 'utf8')), schema, 'templates/presets/preset.schema.json is stale: regenerate it with create-api-endpoint schema preset');
  assert.ok(validate({ clients: 'internal', region: 'eu-west-1' }), 'a v1 preset (answer keys only)');
  for (const bad of [
    { locked: { clients: { value: 'internal' } } }, // no reason
    { locked: { clients: { value: 'everyone', reason: 'x' } } },
    { allowed: { 'endpoint-type': ['cloudfront'] } },
    { allowed: { name: ['a'] } }, // not an enum question
    { require: { 'log-retention-days': 100 } },
    { require: { colour: true } },
    { checks: { CAE001: { disabled: true } } }, // disabled without a reason
    { defaults: { clinets: 'internal' } },
  ])
    assert.equal(validate(bad), false, JSON.stringify(bad));
});

test('schema manifest is valid JSON Schema and every manifest the tool writes is valid against it', async () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true, strictTypes: false });
  const validate = ajv.compile(await schemaOf('manifest'));
  const snapshots = new URL('../snapshots/', import.meta.url).pathname;
  for (const d of readdirSync(snapshots).filter((x) => !x.includes('.'))) {
    const manifest = JSON.parse(readFileSync(join(snapshots, d, 'expected', '.create-api-endpoint.json'), 'utf8'));
    assert.ok(validate(manifest), `${d}: ${JSON.stringify(validate.errors)}`);
  }
  assert.equal(validate({ tool: 'create-api-endpoint', manifestVersion: 2 }), false);
});

test('commands: unknown ones get a suggestion; help <command>; schema errors; update refuses generate-only flags (exit 2)', async () => {
  const typo = await cli(['chek']);
  assert.equal(typo.exitCode, 2);
  assert.match(typo.stderr, /Unknown command "chek"\. Did you mean "check"\?/);
  for (const name of ['check', 'update', 'schema', 'help']) {
    const h = await cli(['help', name]);
    assert.equal(h.exitCode, 0, name);
    assert.match(h.stdout, new RegExp(`Usage: create-api-endpoint ${name}`));
    const own = await cli([name, '--help']);
    assert.equal(own.stdout, h.stdout, `${name} --help`);
  }
  assert.equal((await cli(['help'])).stdout, (await cli(['--help'])).stdout);
  assert.equal((await cli(['generate', '--help'])).stdout, (await cli(['--help'])).stdout);
  const badSchema = await cli(['schema', 'answer']);
  assert.equal(badSchema.exitCode, 2);
  assert.match(badSchema.stderr, /schema answer: no such schema\. Did you mean "answers"\?/);
  const update = await cli(['update', '--out', 'x']);
  assert.equal(update.exitCode, 2);
  assert.match(update.stderr, /update does not take --out/);
  assert.match((await cli(['schema', '--version'])).stdout, /^\d+\.\d+\.\d+\n$/);
});

test('generate is the default command: `generate --flags` and `--flags` write the same files', async () => {
  const dir = tmp();
  const a = await cli(['generate', '--yes', '--clients', 'internal', '--no-terraform', '--json', '--out', 'a'], { cwd: dir });
  const b = await cli(['--yes', '--clients', 'internal', '--no-terraform', '--json', '--out', 'b'], { cwd: dir });
  assert.equal(a.exitCode, 0, a.stderr);
  assert.equal(b.exitCode, 0, b.stderr);
  assert.deepEqual(JSON.parse(a.stdout).files, JSON.parse(b.stdout).files);
  assert.equal(readFileSync(join(dir, 'a', 'main.tf'), 'utf8'), readFileSync(join(dir, 'b', 'main.tf'), 'utf8'));
});

test('--json on exit 2 and 3 prints one JSON document with the error on stdout', async () => {
  const bad = await cli(['--yes', '--json', '--clients', 'everyone']);
  assert.equal(bad.exitCode, 2);
  const doc = JSON.parse(bad.stdout);
  assert.equal(doc.exitCode, 2);
  assert.equal(doc.error.kind, 'input');
  assert.match(doc.error.message, /--clients: "everyone" is not allowed/);
  const refused = await cli(['--yes', '--json', '--no-terraform', '--out', new URL('.', import.meta.url).pathname]);
  assert.equal(refused.exitCode, 3);
  assert.equal(JSON.parse(refused.stdout).error.kind, 'refused');
});

test('untrusted values in errors are shown with control characters escaped and long values cut', async () => {
  const r = await cli(['--yes', '--clients', '\u001b[31mred\u0007', '--dry-run']);
  assert.equal(r.exitCode, 2);
  assert.doesNotMatch(r.stderr, /\u001b|\u0007/);
  assert.match(r.stderr, /\\x1b\[31mred\\x07/);
  const long = await cli(['--yes', '--name', 'a'.repeat(100_000), '--dry-run']);
  assert.equal(long.exitCode, 2);
  assert.ok(long.stderr.length < 5000, `${long.stderr.length} characters of error`);
  assert.match(long.stderr, /characters in all/);
});

test('--terraform naming a missing or non-executable file is bad input (exit 2), not a silent skip', async () => {
  const dir = tmp();
  const missing = await cli(['--yes', '--dry-run', '--terraform', join(dir, 'nope')]);
  assert.equal(missing.exitCode, 2);
  assert.match(missing.stderr, /--terraform .*nope: no such file/);
  const folder = await cli(['--yes', '--dry-run', '--terraform', dir]);
  assert.equal(folder.exitCode, 2);
  assert.match(folder.stderr, /not a file/);
});

test('one definition per command: every option the help documents is accepted by the parser, and an undocumented one is refused with a suggestion from the documented ones', async () => {
  const { COMMANDS, parseOptions } = await import('../src/commands/registry.js');
  for (const name of ['check', 'update', 'backstage']) {
    const spec = COMMANDS.find((c) => c.name === name)!;
    const opts = Object.keys(parseOptions(spec)).filter((o) => o !== 'help');
    assert.ok(opts.length >= 2, `${name}: ${opts.join(', ')}`);
    for (const o of opts) {
      const help = await cli([name, '--help', `--${o}`, ...(parseOptions(spec)[o]!.type === 'string' ? ['x'] : [])]);
      assert.notEqual(help.exitCode, 2, `${name} --${o}: ${help.stderr}`);
    }
    const typo = await cli([name, '--jsno']);
    assert.equal(typo.exitCode, 2);
    assert.match(typo.stderr, /unknown option --jsno/i);
    if (opts.includes('json')) assert.match(typo.stderr, /json/, 'the suggestion comes from the documented options');
  }
  const check = await cli(['check', '--list-folder']);
  assert.match(check.stderr, /did you mean "?(--)?list-folders"?\?/i);
});
