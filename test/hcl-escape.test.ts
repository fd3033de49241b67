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
  assert.match(validateDescription('ok\u001b[31m')!, /without control characters \(found \\x1b at position 3\)/);
  assert.match(validateDescription('two\nlines')!, /found \\x0a/);
  assert.equal(validateDescription('Ledger postings — "v2"'), undefined);
});
