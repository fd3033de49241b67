// The wizard's screens and whole flows: keystrokes in, frames out (ink-testing-library).
// The pipeline is replaced by recorders so each test controls what the checks report.
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import type { WizardDeps } from '../src/wizard/app.js';
import type { Source } from '../src/catalog/resolve-answers.js';
import type { Answers, CheckResult, FileTree } from '../src/core/types.js';

// Ink renders only its final frame when $CI is set (read once, as it loads); the wizard
// hides $CI from it the same way (see run-wizard.tsx), so load Ink here only after that.
delete process.env.CI;
delete process.env.CONTINUOUS_INTEGRATION;
const { cleanup, render } = await import('ink-testing-library');
const { App } = await import('../src/wizard/app.js');

const KEY = { ctrlU: '\u0015', enter: '\r', up: '\u001B[A', down: '\u001B[B', esc: '\u001B', ctrlC: '\u0003', backspace: '\u007F' };

afterEach(() => cleanup());

const pass = (name: string): CheckResult => ({ name, status: 'pass', durationMs: 3, findings: [] });

interface Harness {
  frame: () => string;
  /** The frame with wrapped lines joined, for asserting on sentences. */
  flat: () => string;
  press: (...keys: string[]) => Promise<void>;
  type: (text: string) => Promise<void>;
  until: (text: string | RegExp) => Promise<string>;
  exited: Promise<number>;
  /** The pipeline command the wizard hands to the shell on exit. */
  command: () => string | undefined;
  generated: Answers[];
  writes: { dir: string; files: string[] }[];
}

function wizard(flags: Record<string, unknown>, over: Partial<WizardDeps> = {}): Harness {
  const generated: Answers[] = [];
  const writes: Harness['writes'] = [];
  let done!: (code: number) => void;
  let command: string | undefined;
  const exited = new Promise<number>((r) => (done = r));
  const sources: Source[] = [{ kind: 'flags', label: 'flags', values: flags }];
  const deps: WizardDeps = {
    sources,
    env: {},
    home: '/home/tester',
    force: false,
    dryRun: false,
    keepFailed: false,
    steps: ['render', 'parse', 'schema'],
    preview: (a) => ['main.tf', `modules/rest-api/${a.name}.tf`],
    targetState: async () => 'missing',
    generate: async (a, onProgress) => {
      generated.push(a);
      const checks = [pass('parse'), pass('schema')];
      for (const c of checks) {
        onProgress({ check: c.name, phase: 'start' });
        onProgress({ check: c.name, phase: 'end', result: c });
      }
      return { files: new Map([['main.tf', '# x\n']]) as FileTree, checks };
    },
    write: async (dir, _answers, generated) => void writes.push({ dir, files: [...generated.files.keys()] }),
    ...over,
  };
  const r = render(<App deps={deps} onExit={(c, cmd) => ((command = cmd), done(c))} />);
  const frame = () => r.lastFrame() ?? '';
  const settle = () => new Promise((res) => setTimeout(res, 20));
  /** One keystroke, then wait for the frame it causes (or a moment, if it changes nothing). */
  const send = async (k: string) => {
    const before = frame();
    r.stdin.write(k);
    const deadline = Date.now() + 250;
    while (frame() === before && Date.now() < deadline) await new Promise((res) => setTimeout(res, 5));
    await settle();
  };
  return {
    frame,
    flat: () => frame().replace(/\s+/g, ' '),
    generated,
    writes,
    exited,
    command: () => command,
    press: async (...keys) => {
      for (const k of keys) await send(k);
    },
    type: async (text) => {
      for (const ch of text) await send(ch);
    },
    until: async (want) => {
      const deadline = Date.now() + 3000;
      for (;;) {
        const f = frame();
        // Input handlers attach in effects after the frame is drawn: let them, then report.
        if (typeof want === 'string' ? f.includes(want) : want.test(f)) return settle().then(frame);
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${want}; last frame:\n${f}`);
        await settle();
      }
    },
  };
}

/** Everything but the questions a test wants to see asked. */
const ALL = { name: 'orders', description: 'Orders', region: 'eu-west-1', ownCdn: false, compliance: false, hybrid: false, crossAccount: false, auth: 'iam', domain: '', openapi: '', integration: 'mock', accountBaseline: false };

for (const [clients, type, label] of [
  ['global', 'EDGE', 'Public clients worldwide'],
  ['regional', 'REGIONAL', 'Public clients mostly'],
  ['internal', 'PRIVATE', 'Only callers inside AWS'],
] as const) {
  test(`answering --clients ${clients} leads to a ${type} recommendation, review and a write`, async () => {
    const w = wizard({ ...ALL });
    await w.until(/Question 1 of \d+ · Who calls the API\?/);
    const steps = { global: 0, regional: 1, internal: 2 }[clients];
    for (let i = 0; i < steps; i++) await w.press(KEY.down);
    assert.match(w.frame(), new RegExp(`❯ ${label}`));
    await w.press(KEY.enter);
    const rec = await w.until('Recommended endpoint type');
    assert.match(rec, new RegExp(`Recommended endpoint type: ★ ${type}`));
    assert.match(rec, /Visibility\s+Public \(global\)\s+Public \(regional\)\s+VPC-only \(internal\)/);
    assert.match(rec, new RegExp(`❯ Use ${type} \\(recommended\\)`));
    await w.press(KEY.enter);
    // The questions after the type depend on it: WAF for public endpoints, VPC plumbing for private ones.
    if (type === 'PRIVATE') {
      await w.until('Does the VPC already have an execute-api interface endpoint?');
      await w.press(KEY.enter); // none: this root creates it
      await w.until('Which VPC hosts the interface endpoint?');
      await w.press(KEY.enter); // vpc: empty
      await w.until('Which subnets');
      await w.press(KEY.enter);
      await w.until('Which client security groups');
      await w.press(KEY.enter);
      await w.until('Enable private DNS');
      await w.press(KEY.enter);
    } else {
      await w.until('Protect the public stage with AWS WAF?');
      await w.press(KEY.enter);
    }
    const review = await w.until('Review');
    assert.match(review, new RegExp(`Endpoint type\\s+${type}`));
    assert.match(review, /Output folder\s+\.\/orders/);
    assert.match(review, /modules\/rest-api\/: orders\.tf/);
    await w.press(KEY.enter);
    assert.equal(await w.exited, 0);
    assert.equal(w.generated[0]!.clients, clients);
    assert.equal(w.generated[0]!.endpointType, undefined, 'accepting the recommendation is not an override');
    assert.deepEqual(w.writes, [{ dir: './orders', files: ['main.tf'] }]);
    const summary = w.frame();
    assert.match(summary, /Wrote 2 files to \.\/orders/);
    assert.match(summary, /terraform init && terraform plan/);
    assert.match(w.command() ?? '', new RegExp(`^create-api-endpoint --no-interactive --name orders .*--clients ${clients} .*--out \\./orders$`), 'the equivalent pipeline command');
  });
}

test('questions answered by flags are not asked; the first asked question has no Esc back', async () => {
  const w = wizard({ ...ALL, clients: 'global' });
  const f = await w.until('Recommended endpoint type');
  assert.doesNotMatch(f, /Question/);
  assert.doesNotMatch(f, /Esc back/, 'nothing was entered, so there is nothing to go back to');
  await w.press(KEY.enter);
  assert.match(await w.until(/Question 1 of \d+ · Protect the public stage/), /Esc back/);
});

test('an invalid answer shows the validator message inline and keeps the question; a valid one moves on', async () => {
  const { name: _name, ...rest } = ALL;
  const w = wizard({ ...rest, clients: 'global' });
  await w.until('What is the API called?');
  assert.match(w.frame(), /› my-api/, 'the default is pre-filled');
  for (let i = 0; i < 'my-api'.length; i++) await w.press(KEY.backspace);
  await w.type('Bad Name');
  await w.press(KEY.enter);
  const f = await w.until('✗');
  assert.match(f, /✗ "Bad Name" must use lowercase letters, digits and single hyphens/);
  assert.match(f, /What is the API called\?/);
  for (let i = 0; i < 'Bad Name'.length; i++) await w.press(KEY.backspace);
  await w.type('billing');
  await w.press(KEY.enter);
  await w.until('Recommended endpoint type');
  await w.press(KEY.enter, KEY.enter);
  assert.match(await w.until('Review'), /--name\s+billing/);
});

test('Esc goes back one question and offers the previous answer again', async () => {
  const { hybrid: _h, ...rest } = ALL;
  const w = wizard({ ...rest, clients: 'internal' });
  await w.until('Do on-premises callers reach the API');
  await w.press(KEY.up, KEY.enter); // Yes
  await w.until('Which on-premises address ranges');
  await w.type('10.20.0.0/16');
  await w.press(KEY.enter);
  await w.until('Recommended endpoint type');
  await w.press(KEY.esc);
  const back = await w.until('Which on-premises address ranges');
  assert.match(back, /› 10\.20\.0\.0\/16/, 'the entered value is offered again');
  await w.press(KEY.esc);
  const hybrid = await w.until('Do on-premises callers reach the API');
  assert.match(hybrid, /❯ Yes/, 'the earlier choice is pre-selected');
  await w.press(KEY.down, KEY.enter); // No: the ranges question no longer applies
  const rec = await w.until('Recommended endpoint type');
  assert.doesNotMatch(rec, /--hybrid/);
});

test('the OpenAPI question reads the document when a path is typed: a broken one is refused in place with its line; a good one is previewed, then taken or another path typed; the integration question then speaks of its operations', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { inspectSpec } = await import('../src/wizard/run-wizard.js');
  const dir = mkdtempSync(join(tmpdir(), 'cae-wizard-spec-'));
  const good = join(dir, 'orders.yaml');
  writeFileSync(good, 'openapi: 3.0.3\ninfo:\n  title: Orders\n  version: "2.1"\npaths:\n  /orders:\n    get:\n      responses:\n        "200":\n          description: ok\n    post:\n      responses:\n        "201":\n          description: created\n');
  const broken = join(dir, 'broken.yaml');
  writeFileSync(broken, 'openapi: 3.0.3\ninfo:\n  title: Orders\npaths: {}\n');
  const { openapi: _o, integration: _i, ...rest } = ALL;
  const targets: string[] = [];
  const w = wizard({ ...rest, clients: 'regional' }, { inspectSpec, generate: async (a, _p, target) => (w.generated.push(a), targets.push(target), { files: new Map([['main.tf', '# x\n']]) as FileTree, checks: [pass('parse')] }) });
  await w.until('Your OpenAPI document');
  await w.type(join(dir, 'missing.yaml'));
  await w.press(KEY.enter);
  assert.match((await w.until('✗')).replace(/\s+/g, ' '), /missing\.yaml: no such file/);
  await w.press(KEY.ctrlU);
  await w.type(broken);
  await w.press(KEY.enter);
  const refused = (await w.until(/✗ .*broken/)).replace(/\s+/g, ' ');
  assert.match(refused, /broken\.yaml:2: .*version/, 'the file, the line and what is missing');
  assert.match(refused, /Your OpenAPI document/, 'the question stays');
  await w.press(KEY.ctrlU);
  await w.type(good);
  await w.press(KEY.enter);
  const preview = (await w.until('Use this document')).replace(/\s+/g, ' ');
  assert.match(preview, /Orders 2\.1 · OpenAPI 3\.0/);
  assert.match(preview, /1 path, 2 operations; none declares an integration/);
  assert.match(preview, /Security schemes: none/);
  assert.match(preview, /AWS extensions: none/);
  // "Enter another path" (or Esc) returns to the field with the path typed.
  await w.press(KEY.down, KEY.enter);
  assert.match((await w.until('› ')).replace(/\s+/g, ''), new RegExp(`›${good.replace(/[.]/g, '\\.').replace(/\//g, '\\/')}`));
  await w.press(KEY.enter);
  await w.until('Use this document');
  await w.press(KEY.esc);
  await w.until('Your OpenAPI document');
  assert.doesNotMatch(w.frame(), /Use this document/);
  await w.press(KEY.enter);
  await w.until('Use this document');
  await w.press(KEY.enter);
  await w.until('What backs the operations that declare no integration?');
  await w.press(KEY.enter);
  await w.until('Recommended endpoint type');
  await w.press(KEY.enter);
  await w.until('Protect the public stage');
  await w.press(KEY.enter);
  await w.until('Review');
  assert.match(w.flat(), /--openapi .*orders\.yaml/);
  await w.press(KEY.enter);
  assert.equal(await w.exited, 0);
  assert.equal(w.generated[0]!.openapi, good);
  assert.deepEqual(targets, ['./orders'], 'generate hears the output folder (the document is named relative to it)');
  assert.match(w.command() ?? '', new RegExp(`--openapi ${good.replace(/[.]/g, '\\.')} `));
});

test('the folder the wizard writes to may already hold the OpenAPI document and the files it references: it counts as empty, anything else does not', async () => {
  const { mkdirSync, mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { specFiles } = await import('../src/wizard/run-wizard.js');
  const { targetState } = await import('../src/write/write-owned.js');
  const dir = mkdtempSync(join(tmpdir(), 'cae-wizard-target-'));
  mkdirSync(join(dir, 'schemas'));
  writeFileSync(join(dir, 'openapi.yaml'), 'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema: {$ref: "./schemas/a.yaml#/A"}\n      responses: {"200": {description: ok}}\n');
  writeFileSync(join(dir, 'schemas', 'a.yaml'), 'A: {type: object}\n');
  const answers = { openapi: join(dir, 'openapi.yaml') } as Answers;
  assert.deepEqual([...(await specFiles(dir, answers))].sort(), ['openapi.yaml', 'schemas/a.yaml']);
  assert.equal(await targetState(dir, await specFiles(dir, answers)), 'empty');
  assert.equal(await targetState(dir, await specFiles(dir, {} as Answers)), 'non-empty');
  writeFileSync(join(dir, 'notes.txt'), 'mine\n');
  assert.equal(await targetState(dir, await specFiles(dir, answers)), 'non-empty');
});

test('an invalid CIDR is refused with the catalog message', async () => {
  const { hybrid: _h, ...rest } = ALL;
  const w = wizard({ ...rest, clients: 'internal', hybrid: true });
  await w.until('Which on-premises address ranges');
  await w.type('10.20.0.1/16');
  await w.press(KEY.enter);
  assert.match(await w.until('✗'), /"10\.20\.0\.1\/16" has host bits set; the network address is 10\.20\.0\.0\/16/);
});

test('overriding the recommendation shows what is given up and asks again; the override reaches the pipeline', async () => {
  const w = wizard({ ...ALL, clients: 'internal' });
  await w.until('Recommended endpoint type: ★ PRIVATE');
  await w.press(KEY.up); // REGIONAL
  const detail = await w.until('Regional:');
  assert.match(detail, /Regional: Requests go straight to API Gateway/);
  await w.press(KEY.enter);
  const warn = (await w.until('instead of the recommended PRIVATE?')).replace(/\s+/g, ' ');
  assert.match(warn, /! --endpoint-type regional overrides the recommended PRIVATE: it gives up keeping the API off the public internet/);
  assert.match(warn, /❯ Keep PRIVATE \(recommended\)/, 'keeping the recommendation is the default');
  await w.press(KEY.down, KEY.enter);
  await w.until('Protect the public stage with AWS WAF?');
  await w.press(KEY.enter);
  const review = await w.until('Review');
  assert.match(review, /Endpoint type\s+REGIONAL/);
  await w.press(KEY.enter);
  assert.equal(await w.exited, 0);
  assert.equal(w.generated[0]!.endpointType, 'regional');
});

test('taking the recommendation replaces an --endpoint-type given as a flag', async () => {
  const w = wizard({ ...ALL, clients: 'internal', endpointType: 'edge' });
  const rec = await w.until('Recommended endpoint type: ★ PRIVATE');
  assert.match(rec, /❯ Use EDGE instead/, 'the flag is pre-selected');
  await w.press(KEY.down, KEY.down, KEY.enter);
  await w.until('Does the VPC already have an execute-api interface endpoint?');
});

test('contradicting answers block generation on the review screen', async () => {
  const w = wizard({ ...ALL, clients: 'global', compliance: true });
  await w.until('Recommended endpoint type');
  await w.press(KEY.enter);
  await w.until('Protect the public stage');
  await w.press(KEY.enter);
  const review = await w.until('Review');
  assert.match(review, /✗ --compliance conflicts with --clients global/);
  assert.match(review, /❯ Go back and change an answer/);
  assert.doesNotMatch(review, /Generate/);
});

test('a non-empty target asks before overwriting; No (the default) writes nothing and returns to review', async () => {
  const w = wizard({ ...ALL, clients: 'global', waf: true }, { targetState: async () => 'non-empty' });
  await w.until('Recommended endpoint type');
  await w.press(KEY.enter);
  await w.until('Review');
  await w.press(KEY.enter);
  const ask = await w.until('is not empty');
  assert.match(ask, /\.\/orders is not empty/);
  assert.match(ask, /❯ No, leave it/);
  await w.press(KEY.enter);
  const back = await w.until('Left ./orders as it is');
  assert.match(back, /Review/);
  assert.equal(w.generated.length, 0);
  assert.equal(w.writes.length, 0);
  // Another folder, then generate.
  await w.press(KEY.down, KEY.enter);
  await w.until('Output folder');
  for (let i = 0; i < './orders'.length; i++) await w.press(KEY.backspace);
  await w.type('infra/api');
  await w.press(KEY.enter);
  await w.until(/Output folder\s+infra\/api/);
});

test('yes to writing into a folder the tool wrote before replaces its files and keeps state, tfvars, .terraform and own files (the real writer)', async () => {
  const { writeGenerated } = await import('../src/app/generate.js');
  const { targetState } = await import('../src/write/write-owned.js');
  const { parseCliArgs } = await import('../src/commands/args.js');
  const { recommend } = await import('../src/core/recommend.js');
  const { mkdtempSync, mkdirSync, readFileSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = join(mkdtempSync(join(tmpdir(), 'cae-wiz-')), 'orders');
  const flags = parseCliArgs([]).run;
  const write = (d: string, a: Answers, g: { files: FileTree }) => writeGenerated(d, { files: g.files, recommendation: recommend(a) }, a, { ...flags, force: true }, {}, '9.9.9');
  // A first generation, then what a person adds: state, variables, providers, an own file.
  const first = new Map([['main.tf', '# generation 1\n'], ['modules/rest-api/main.tf', '# module 1\n']]) as FileTree;
  await write(dir, { name: 'orders', clients: 'global' } as Answers, { files: first });
  const theirs: [string, string][] = [['terraform.tfstate', '{"serial": 9}\n'], ['terraform.tfvars', 'x = 1\n'], ['.terraform/marker', 'p\n'], ['.git/HEAD', 'ref\n'], ['mine.tf', '# mine\n']];
  for (const [p, t] of theirs) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), t);
  }
  const second = new Map([['main.tf', '# generation 2\n'], ['modules/rest-api/main.tf', '# module 2\n']]) as FileTree;
  const w = wizard({ ...ALL, clients: 'global', waf: true }, {
    out: dir,
    targetState: (d) => targetState(d),
    generate: async () => ({ files: second, checks: [pass('parse')] }),
    write,
  });
  await w.until('Recommended endpoint type');
  await w.press(KEY.enter);
  await w.until('Review');
  await w.press(KEY.enter);
  const ask = await w.until('is not empty');
  assert.match(w.flat(), /never touched/);
  assert.ok(ask);
  await w.press(KEY.down, KEY.enter);
  assert.equal(await w.exited, 0);
  assert.equal(readFileSync(join(dir, 'main.tf'), 'utf8'), '# generation 2\n');
  assert.equal(readFileSync(join(dir, 'modules/rest-api/main.tf'), 'utf8'), '# module 2\n');
  for (const [p, t] of theirs) assert.equal(readFileSync(join(dir, p), 'utf8'), t, `${p} survived`);
});

test('yes to overwrite replaces the folder', async () => {
  const w = wizard({ ...ALL, clients: 'global', waf: true }, { targetState: async () => 'non-empty' });
  await w.until('Recommended endpoint type');
  await w.press(KEY.enter);
  await w.until('Review');
  await w.press(KEY.enter);
  await w.until('is not empty');
  await w.press(KEY.down, KEY.enter);
  assert.equal(await w.exited, 0);
  assert.equal(w.writes.length, 1);
});

test('progress shows each step: done, running (spinner) and waiting', async () => {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const w = wizard({ ...ALL, clients: 'global', waf: true }, {
    generate: async (_a, onProgress) => {
      onProgress({ check: 'render', phase: 'start' });
      onProgress({ check: 'render', phase: 'end', result: pass('render') });
      onProgress({ check: 'parse', phase: 'start' });
      await gate;
      onProgress({ check: 'parse', phase: 'end', result: pass('parse') });
      return { files: new Map([['main.tf', '']]), checks: [pass('parse'), { name: 'schema', status: 'skip', reason: 'not needed here', durationMs: 0, findings: [] }] };
    },
  });
  await w.until('Recommended endpoint type');
  await w.press(KEY.enter);
  await w.until('Review');
  await w.press(KEY.enter);
  const f = await w.until('Generating and checking');
  assert.match(f, /✔ pass render/);
  assert.match(f, /[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] parse/, 'a spinner on the running step');
  assert.match(f, /· schema/, 'the next step waits');
  release();
  assert.equal(await w.exited, 0);
  assert.match(w.frame(), /– skip schema\s+0 ms\s+not needed here/);
});

test('a failing check shows its findings, writes nothing and exits 1', async () => {
  const failed: CheckResult = {
    name: 'schema',
    status: 'fail',
    durationMs: 4,
    findings: [{ file: 'modules/rest-api/main.tf', line: 7, severity: 'error', message: 'aws_api_gateway_rest_api.this: unknown argument "nmae"', fix: 'Did you mean "name"?' }],
  };
  const w = wizard({ ...ALL, clients: 'global', waf: true }, { generate: async () => ({ files: new Map([['main.tf', '']]), checks: [pass('parse'), failed] }) });
  await w.until('Recommended endpoint type');
  await w.press(KEY.enter);
  await w.until('Review');
  await w.press(KEY.enter);
  assert.equal(await w.exited, 1);
  const f = w.frame();
  assert.match(f, /A check failed: nothing was written/);
  assert.match(f, /✗ fail schema/);
  assert.match(w.flat(), /error modules\/rest-api\/main\.tf:7: aws_api_gateway_rest_api\.this: unknown argument "nmae"/);
  assert.match(w.flat(), /fix: Did you mean "name"\?/);
  assert.equal(w.writes.length, 0);
});

test('--keep-failed writes despite a failing check and still exits 1', async () => {
  const failed: CheckResult = { name: 'format', status: 'fail', durationMs: 1, findings: [] };
  const w = wizard({ ...ALL, clients: 'global', waf: true }, { keepFailed: true, generate: async () => ({ files: new Map([['main.tf', '']]), checks: [failed] }) });
  await w.until('Recommended endpoint type');
  await w.press(KEY.enter);
  await w.until('Review');
  await w.press(KEY.enter);
  assert.equal(await w.exited, 1);
  assert.equal(w.writes.length, 1);
  assert.match(w.frame(), /Checks failed; wrote 2 files to \.\/orders anyway/);
});

test('--dry-run checks and writes nothing', async () => {
  const w = wizard({ ...ALL, clients: 'global', waf: true }, { dryRun: true, targetState: async () => 'non-empty' });
  await w.until('Recommended endpoint type');
  await w.press(KEY.enter);
  await w.until('Review');
  await w.press(KEY.enter);
  assert.equal(await w.exited, 0);
  assert.equal(w.writes.length, 0);
  assert.match(w.frame(), /Dry run: 2 files checked, nothing written/);
});

test('Ctrl-C on a question exits 130 without generating or writing', async () => {
  const w = wizard({});
  await w.until('What is the API called?');
  await w.press(KEY.ctrlC);
  assert.equal(await w.exited, 130);
  assert.equal(w.generated.length, 0);
  assert.equal(w.writes.length, 0);
});

test('Ctrl-C while the checks run exits 130 and the finished run writes nothing', async () => {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let finished!: () => void;
  const after = new Promise<void>((r) => (finished = r));
  const w = wizard({ ...ALL, clients: 'global', waf: true }, {
    generate: async () => {
      await gate;
      setTimeout(finished, 20);
      return { files: new Map([['main.tf', '']]), checks: [pass('parse')] };
    },
  });
  await w.until('Recommended endpoint type');
  await w.press(KEY.enter);
  await w.until('Review');
  await w.press(KEY.enter);
  await w.until('Generating and checking');
  await w.press(KEY.ctrlC);
  assert.equal(await w.exited, 130);
  release();
  await after;
  assert.equal(w.writes.length, 0);
});

test('a pasted answer ending in a line break is submitted, not kept with the line break', async () => {
  const { name: _name, ...rest } = ALL;
  const w = wizard({ ...rest, clients: 'global' });
  await w.until('What is the API called?');
  for (let i = 0; i < 'my-api'.length; i++) await w.press(KEY.backspace);
  await w.press('Bad Name\r'); // one input event, as a terminal delivers a paste
  assert.match(await w.until('✗'), /› Bad Name\s*\n/, 'refused: the text stays, without the line break');
  for (let i = 0; i < 'Bad Name'.length; i++) await w.press(KEY.backspace);
  await w.press('billing\n');
  await w.until('Recommended endpoint type');
  await w.press(KEY.enter, KEY.enter);
  assert.match(await w.until('Review'), /--name\s+billing/);
});

test('the comparison fits a narrow terminal: one type after another instead of three columns', async () => {
  const { Comparison } = await import('../src/wizard/screens.js');
  const lines = (columns: number) => {
    const r = render(<Comparison recommended="PRIVATE" columns={columns} />);
    return (r.lastFrame() ?? '').split('\n');
  };
  const narrow = lines(50);
  assert.ok(narrow.every((l) => l.length <= 50), `a line is wider than 50 columns:\n${narrow.join('\n')}`);
  assert.deepEqual(narrow.filter((l) => /^(★| ) (EDGE|REGIONAL|PRIVATE)$/.test(l.trimEnd())).map((l) => l.trim()), ['EDGE', 'REGIONAL', '★ PRIVATE']);
  assert.ok(narrow.some((l) => l.includes('Visibility:')));
  const wide = lines(100);
  assert.match(wide[0]!, /EDGE\s+REGIONAL\s+★ PRIVATE/, 'side by side when there is room');
});

test('keys that arrive together in one read each count: two Backspaces, two arrows, Ctrl-U; an error clears once the answer is edited', async () => {
  const { name: _n, ...rest } = ALL;
  const w = wizard({ ...rest, clients: 'global', waf: true });
  await w.until('› my-api');
  await w.press('\u0015'); // Ctrl-U empties the line instead of typing "u"
  assert.doesNotMatch(w.frame(), /my-api|› u/);
  await w.type('ordersXY');
  await w.press(KEY.backspace + KEY.backspace); // one chunk, two keys
  await w.until(/› orders\s/);
  assert.doesNotMatch(w.frame(), /\u007f/);
  await w.press('X', KEY.enter);
  await w.until('✗');
  await w.press('y');
  assert.doesNotMatch(w.frame(), /✗/, 'the error goes as soon as the answer is edited');
  await w.press(KEY.backspace + KEY.backspace + KEY.backspace, 'shop', KEY.enter);
  await w.until('Recommended endpoint type');
  assert.match(w.frame(), /❯ Use EDGE \(recommended\)/);
  await w.press(KEY.down + KEY.down); // one chunk: two moves
  await w.until('❯ Use PRIVATE instead');
});

test('opened on recorded answers (--from), Esc on the recommendation asks every question again, pre-filled', async () => {
  const recordedValues = { name: 'ledger', description: 'Ledger', region: 'eu-west-1', clients: 'internal', 'own-cdn': false, compliance: false, hybrid: false, 'cross-account': false, auth: 'iam', domain: '', openapi: '', integration: 'mock', 'vpc-id': '', 'subnet-ids': [], 'client-security-groups': [], 'private-dns': true, 'account-baseline': false };
  const w = wizard({}, { sources: [{ kind: 'recorded', label: 'api/.create-api-endpoint.json', values: recordedValues }, { kind: 'flags', label: 'flags', values: {} }] });
  const rec = await w.until('Recommended endpoint type: ★ PRIVATE');
  assert.match(rec, /Esc back/, 'Esc is offered');
  await w.press(KEY.esc);
  const first = await w.until('What is the API called?');
  assert.match(first, /› ledger/);
});

test('an organisation preset: locked answers are shown as fixed lines with their reason and never asked; allowed types narrow the recommendation screen; required tag keys are asked', async () => {
  const { parsePreset, mergePolicy } = await import('../src/catalog/preset.js');
  const yaml = [
    'name: acme',
    'locked:',
    '  clients: { value: global, reason: Only public APIs in this account (SEC-12) }',
    'allowed:',
    '  endpoint-type: [regional]',
    'require:',
    "  tags: { cost-center: '^\\d{4}$' }",
  ].join('\n');
  const { load } = await import('js-yaml');
  const { doc, problems } = parsePreset(load(yaml), 'acme.yaml', yaml, 'acme', []);
  assert.deepEqual(problems, []);
  const { policy } = mergePolicy([doc!]);
  const w = wizard({ name: 'orders', description: 'Orders', region: 'eu-west-1', ownCdn: false, integration: 'mock', waf: true }, { policy, presetSpec: './acme.yaml' });
  // The first question asked is not "Who calls the API?": it is locked, and shown with its reason.
  const first = await w.until(/Question 1 of \d+ ·/);
  assert.doesNotMatch(first, /Who calls the API\?/);
  assert.match(w.flat(), /Fixed by preset acme: 🔒 --clients Public clients worldwide — Only public APIs in this account \(SEC-12\)/);
  // compliance, hybrid, cross-account, domain: answered in turn until the recommendation.
  for (let i = 0; i < 6; i++) {
    if (/Recommended endpoint type/.test(w.frame())) break;
    await w.press(KEY.enter);
    await new Promise((r) => setTimeout(r, 30));
  }
  const rec = await w.until('Recommended endpoint type');
  assert.match(w.flat(), /Recommended endpoint type: ★ EDGE — not allowed by the preset; REGIONAL is used/);
  assert.match(w.flat(), /preset acme allows only REGIONAL: the recommended EDGE is not allowed/);
  assert.match(rec, /❯ Use REGIONAL \(closest allowed by the preset\)/);
  assert.doesNotMatch(rec, /Use EDGE|Use PRIVATE/);
  await w.press(KEY.enter);
  // Tags are asked because the preset requires a key, with the key and its pattern in the help.
  await w.until('Tags for every resource');
  assert.match(w.flat(), /Required by the preset: cost-center \(\^\\d\{4\}\$\)/);
  await w.type('cost-center=12');
  await w.press(KEY.enter);
  // The requirement is checked where the tags are asked, not only on the review screen.
  assert.match(w.flat(), /✗ cost-center=12: does not match \^\\d\{4\}\$, required by preset acme/);
  await w.press(KEY.backspace, KEY.backspace);
  await w.type('1234');
  await w.press(KEY.enter);
  await w.until('Is this the first API in its AWS account');
  await w.press(KEY.enter);
  const review = await w.until('Review');
  assert.match(review.replace(/\s+/g, ' '), /--clients Public clients worldwide 🔒 Only public APIs/);
  await w.press(KEY.enter);
  assert.equal(await w.exited, 0);
  assert.equal(w.generated[0]!.clients, 'global');
  assert.equal(w.generated[0]!.endpointType, 'regional');
  assert.deepEqual(w.generated[0]!.tags, ['cost-center=1234']);
  assert.match(w.command()!, /--preset \.\/acme\.yaml/);
});

test('a text field shows its default as a suggestion: the first key typed replaces it, Enter takes it, ← edits it; the hint names the keys', async () => {
  const { name: _n, description: _d, ...rest } = ALL;
  const w = wizard({ ...rest, clients: 'global' });
  const q = await w.until('What is the API called?');
  assert.match(q, /› my-api\s+\(suggested: Enter takes it, typing replaces it\)/);
  assert.match(q, /←\/→ Home\/End move · Backspace\/Ctrl-U delete · Enter confirm/);
  await w.type('orders');
  await w.press(KEY.enter);
  // The description follows the name typed, and Enter takes the suggestion as it is.
  const d = await w.until('Describe the API in one line');
  assert.match(d, /› orders REST API/);
  await w.press('\u001B[D'); // ←: edit the suggestion instead of replacing it
  await w.type('s');
  await w.press(KEY.enter);
  await w.until('Recommended endpoint type');
  await w.press(KEY.enter, KEY.enter);
  const review = (await w.until('Review')).replace(/\s+/g, ' ');
  assert.match(review, /--name orders /);
  assert.doesNotMatch(review, /my-apiorders/);
  assert.match(review, /--description orders REST APsI/);
});

test('"Use PRIVATE instead" on a public API: the override screen says what it gives up and who can no longer call (no crash)', async () => {
  const w = wizard({ ...ALL, clients: 'global' });
  await w.until('Recommended endpoint type: ★ EDGE');
  await w.press(KEY.down, KEY.down, KEY.enter);
  const warn = (await w.until('instead of the recommended EDGE?')).replace(/\s+/g, ' ');
  assert.match(warn, /--endpoint-type private overrides the recommended EDGE/);
  assert.match(warn, /Public clients cannot reach a private endpoint/);
  assert.match(warn, /No client security groups were given/);
  await w.press(KEY.down, KEY.enter);
  await w.until('Does the VPC already have an execute-api interface endpoint?');
});

test('the recommendation\'s warnings are shown where the type is decided and again on the summary', async () => {
  const w = wizard({ ...ALL, clients: 'global', waf: false });
  const rec = (await w.until('Recommended endpoint type: ★ EDGE')).replace(/\s+/g, ' ');
  assert.match(rec, /Watch out: ! .*--auth iam: callers sign requests with SigV4/);
  assert.match(rec, /! --no-waf: the public stage has no AWS WAF web ACL/);
  await w.press(KEY.enter);
  await w.until('Review');
  await w.press(KEY.enter);
  const summary = (await w.until('Wrote')).replace(/\s+/g, ' ');
  assert.match(summary, /Before you apply: ! .*! --auth iam: callers sign requests with SigV4/);
  assert.equal(await w.exited, 0);
});

test('a folder holding another API: the wizard says what it holds and asks explicitly to replace it; No writes nothing', async () => {
  const facts = { api: { name: 'payments', endpointType: 'PRIVATE' as const, toolVersion: '0.1.0' }, state: ['terraform.tfstate'] };
  for (const force of [false, true]) {
    const writes: unknown[] = [];
    const w = wizard({ ...ALL, clients: 'global', waf: true }, { force, targetState: async () => 'non-empty', folderFacts: async () => facts, write: async (_d, _a, _g, opts) => void writes.push(opts) });
    await w.until('Recommended endpoint type');
    await w.press(KEY.enter);
    await w.until('Review');
    await w.press(KEY.enter);
    const ask = (await w.until('holds another API')).replace(/\s+/g, ' ');
    assert.match(ask, /holds the API "payments" \(PRIVATE\).*generates "orders" \(EDGE\): with terraform\.tfstate there, the next terraform apply destroys "payments"/);
    assert.match(ask, /create-api-endpoint update \.\/orders/);
    assert.match(ask, /❯ No, leave it/, 'keeping it is the default, --force or not');
    if (!force) {
      await w.press(KEY.enter);
      await w.until('Review');
      assert.deepEqual(writes, []);
      continue;
    }
    await w.press(KEY.down, KEY.enter);
    assert.equal(await w.exited, 0);
    assert.deepEqual(writes, [{ replaceApi: true }]);
  }
});

test('update\'s answer screens: Ctrl-C ends them with 130 and hands back no answers', async () => {
  let collected: Answers | undefined;
  const w = wizard({ ...ALL, clients: 'global' }, { collect: { label: 'Show the update plan', done: (a) => (collected = a) } });
  await w.until('Recommended endpoint type');
  await w.press(KEY.ctrlC);
  assert.equal(await w.exited, 130);
  assert.equal(collected, undefined);
});
