// Writes the rule documentation from the rule data: docs/rules/<ID>.md (what, why, the fix, the
// ways of writing it the rule is tested on, the smallest violating fixture and its fixed twin)
// and the README's rule table. `npm run docs`; test/docs.test.ts fails when either is stale.
//   node --import tsx scripts/docs.mjs [--check]
import { readdirSync, readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../src/rules/rules.ts';
import { ruleMarkdown, withRuleTable } from '../src/report/rule-docs.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

const filesOf = (dir) =>
  readdirSync(dir)
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort((a, b) => (a === 'main.tf' ? -1 : b === 'main.tf' ? 1 : a.localeCompare(b)))
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));

/** Every generated file: path (relative to the checkout) → text. */
export function renderDocs() {
  const out = new Map();
  for (const rule of RULES) {
    const dir = join(root, 'test', 'rules', rule.id);
    let styles = [];
    try {
      styles = readdirSync(dir).filter((s) => statSync(join(dir, s)).isDirectory()).sort();
    } catch {
      styles = [];
    }
    const examples = styles.map((s) => ({
      about: readFileSync(join(dir, s, 'about.md'), 'utf8').trim(),
      bad: filesOf(join(dir, s, 'bad')),
      good: filesOf(join(dir, s, 'good')),
    }));
    const size = (ex) => ex.bad.reduce((n, f) => n + f.text.length, 0);
    const smallest = [...examples].sort((a, b) => size(a) - size(b))[0];
    out.set(`docs/rules/${rule.id}.md`, ruleMarkdown(rule, smallest ? [smallest] : [], examples.map((e) => e.about)));
  }
  out.set('README.md', withRuleTable(readFileSync(join(root, 'README.md'), 'utf8'), RULES));
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const stale = [];
  mkdirSync(join(root, 'docs', 'rules'), { recursive: true });
  for (const [path, text] of renderDocs()) {
    let old = null;
    try {
      old = readFileSync(join(root, path), 'utf8');
    } catch {
      old = null;
    }
    if (old === text) continue;
    stale.push(path);
    if (!check) writeFileSync(join(root, path), text);
  }
  if (check && stale.length > 0) {
    console.error(`stale: ${stale.join(', ')} (run npm run docs)`);
    process.exit(1);
  }
  console.log(stale.length === 0 ? 'docs up to date' : `${check ? 'stale' : 'wrote'} ${stale.length} file(s)`);
}
