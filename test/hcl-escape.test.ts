import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '@cdktf/hcl2json';
import { hclComment, hclString, hclValue } from '../src/render/hcl.js';

const tricky = [
  'plain',
  'say "hi"',
  'back\\slash and \\"',
  'literal ${var.x} and %{ if true }directive%{ endif }',
  'dollar $ alone and % alone and $${ already escaped',
  'line one\nline two\r\nand\ttab',
  'unicode: ü, ø, 日本語, emoji 🚀',
  'control \u0001 char',
];

test('hclString escapes quotes, backslashes, template sequences and control characters', () => {
  assert.equal(hclString('a"b'), '"a\\"b"');
  assert.equal(hclString('a\\b'), '"a\\\\b"');
  assert.equal(hclString('${x}'), '"$${x}"');
  assert.equal(hclString('%{x}'), '"%%{x}"');
  assert.equal(hclString('a\nb'), '"a\\nb"');
  assert.equal(hclString('\u0001'), '"\\u0001"');
});

for (const text of tricky) {
  test(`round trip through hcl2json: ${JSON.stringify(text).slice(0, 40)}`, async () => {
    const parsed = await parse('t.tf', `locals {\n  v = ${hclString(text)}\n}\n`);
    const value = String((parsed.locals as Array<Record<string, unknown>>)[0]!.v);
    // An unescaped ${ or %{ would be an interpolation or directive, not text.
    assert.doesNotMatch(value, /(^|[^$])\$\{|(^|[^%])%\{/);
    // hcl2json keeps HCL's own escapes of template sequences in its JSON ($${ stays $${);
    // undo exactly those to compare with what Terraform would see.
    assert.equal(value.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{'), text);
  });
}

test('hclValue renders lists and maps', () => {
  assert.equal(hclValue(['a', 'b"c']), '["a", "b\\"c"]');
  assert.equal(hclValue(null), 'null');
  assert.equal(hclValue({ Name: 'x', 'has space': 'y' }), '{\n  Name        = "x"\n  "has space" = "y"\n}');
});

test('hclComment keeps a comment on one line', () => {
  assert.equal(hclComment('a\nb\r\nc\u0007'), 'a b c');
});

test('two template sets rendered alternately in one process each use their own partials', async () => {
  const { renderTemplate } = await import('../src/render/engine.js');
  const a = new Map([['main', 'A:{{> part}}'], ['part', 'old']]);
  const b = new Map([['main', 'B:{{> part}}'], ['part', 'new']]);
  assert.equal(renderTemplate(a, 'main', {}), 'A:old');
  assert.equal(renderTemplate(b, 'main', {}), 'B:new');
  assert.equal(renderTemplate(a, 'main', {}), 'A:old', 'the first set still renders with its own partial');
  assert.equal(renderTemplate(b, 'main', {}), 'B:new');
});

test('free text in the generated README is literal Markdown: no comment, heading, code span, link or HTML escapes it', async () => {
  const { renderTemplate } = await import('../src/render/engine.js');
  const t = new Map([['doc', '# Title\n\n{{mdText text}}\n\n## Next\n']]);
  for (const [input, expected] of [
    ['<!-- hide the rest', '\\<\\!-- hide the rest'.replace('\\!', '!')],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['`code` and *bold* and [link](x) and <b>', '\\`code\\` and \\*bold\\* and \\[link\\](x) and \\<b\\>'],
    ['a | b', 'a \\| b'],
    ['orders-api REST API', 'orders-api REST API'],
  ] as const) {
    const out = renderTemplate(t, 'doc', { text: input });
    assert.equal(out, `# Title\n\n${expected}\n\n## Next\n`, input);
  }
  const multi = renderTemplate(t, 'doc', { text: 'line one\n# injected\u0007\u001b[31m' });
  assert.doesNotMatch(multi, /\n# injected|\u0007|\u001b/);
});

test('a description with control characters is refused by its validator', async () => {
  const { validateDescription } = await import('../src/catalog/validators.js');
  assert.match(validateDescription("ok\u001b[31m")!, /without control characters or bidirectional controls \(found the control character \\x1b at position 3\)/);
  assert.match(validateDescription('two\nlines')!, /found the control character \\x0a/);
  assert.equal(validateDescription('Ledger postings — "v2"'), undefined);
});

test('bidirectional controls (Trojan Source) are refused in the description like control characters', async () => {
  const { validateDescription } = await import('../src/catalog/validators.js');
  for (const c of ['\u202e', '\u2066', '\u200f', '\u061c']) assert.match(validateDescription(`admin${c}nimda`)!, /bidirectional control U\+[0-9A-F]{4} at position 6/);
  const { run } = await import('./helpers/in-process.js');
  const r = await run(['--yes', '--no-terraform', '--dry-run', '--description', 'evil \u202e txt']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /\\u\{202E\}/, 'the error shows the character escaped, never raw');
  assert.doesNotMatch(r.stderr, /\u202e/);
});

test("a preset's text with an escape sequence or a bidirectional control is refused (exit 2, naming the key); --list-presets prints nothing raw", async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { run } = await import('./helpers/in-process.js');
  const dir = mkdtempSync(join(tmpdir(), 'cae-preset-'));
  for (const [key, bad] of [['description', 'Safe\u001b]0;pwned\u0007\u001b[2J'], ['description', 'reads \u202e backwards']] as const) {
    const file = join(dir, 'x.yaml');
    writeFileSync(file, `name: acme\n${key}: ${JSON.stringify(bad)}\nlocked:\n  waf: { value: true, reason: "SEC-1" }\n`);
    for (const argv of [['--list-presets', '--preset', file], ['--yes', '--no-terraform', '--dry-run', '--preset', file]]) {
      const r = await run(argv);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /x\.yaml:2: description: has the (control character \\x1b|bidirectional control U\+202E) at position \d+/);
      assert.doesNotMatch(r.stdout + r.stderr, /[\u001b\u0007\u202e]/);
    }
  }
});

test('the README\'s variables table: a default holding backticks, HTML or pipes stays inside its code span', async () => {
  const { run } = await import('./helpers/in-process.js');
  const { mkdtempSync, readFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const out = join(mkdtempSync(join(tmpdir(), 'cae-md-')), 'api');
  const r = await run(['--yes', '--no-terraform', '--out', out, '--description', 'Orders ` <img src=x onerror=alert(1)> | <!-- ``` x']);
  assert.equal(r.code, 0, r.stderr);
  const row = readFileSync(join(out, 'README.md'), 'utf8').split('\n').find((l) => l.startsWith('| `description` |'))!;
  // A fence longer than any backtick run inside, with the pipe escaped: nothing closes the span.
  assert.equal(row.split(' | ')[2], '```` "Orders ` <img src=x onerror=alert(1)> \\| <!-- ``` x" ````');
});
