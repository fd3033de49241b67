/**
 * Rule documentation from the rule data itself: one Markdown page per rule (docs/rules/<ID>.md,
 * and SARIF's help.markdown so code-scanning UIs show it) and the rule table of docs/check.md. Pure:
 * the examples (a violating tree and its fixed twin, from the rule's fixtures) are passed in.
 */
import type { Rule } from '../rules/model.js';

export interface RuleExample {
  /** What the example shows, one sentence (the fixture's about.md). */
  about: string;
  bad: { file: string; text: string }[];
  good: { file: string; text: string }[];
}

const SCOPE = { any: 'any tree', generated: 'our output' } as const;

const fence = (lang: string, text: string): string => {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${lang}\n${text.replace(/\n$/, '')}\n${ticks}`;
};

/** The page for one rule. Without examples it is SARIF's help text. */
export function ruleMarkdown(rule: Rule, examples: RuleExample[] = [], styles: string[] = []): string {
  const out = [
    `# ${rule.id}: ${rule.title}`,
    '',
    `Severity **${rule.severity}** · runs on ${rule.scope === 'any' ? 'any Terraform tree (`check` and `generate`)' : 'the output `generate` is about to write'} · from the domain notes: ${rule.seed}.`,
    '',
    '## Why it matters',
    '',
    rule.explanation,
  ];
  if (rule.fix) out.push('', '## How to fix it', '', rule.fix);
  if (styles.length > 0) {
    out.push('', '## Read however it is written', '', 'The rule is tested on each of these ways of writing the same thing (test/rules/' + rule.id + '/):', '');
    for (const s of styles) out.push(`- ${s}`);
  }
  for (const [i, ex] of examples.entries()) {
    out.push('', examples.length > 1 ? `## Example ${i + 1}` : '## Example', '', ex.about, '', 'Reported:', '');
    for (const f of ex.bad) out.push(`\`${f.file}\``, '', fence(f.file.endsWith('.json') ? 'json' : 'hcl', f.text), '');
    out.push('Fixed:', '');
    for (const f of ex.good) out.push(`\`${f.file}\``, '', fence(f.file.endsWith('.json') ? 'json' : 'hcl', f.text), '');
    out.pop();
  }
  out.push(
    '',
    '## Suppressing it',
    '',
    `On or right above the block's first line, with a reason (required, and reported): \`# create-api-endpoint:ignore ${rule.id} <why>\`.`,
    '',
  );
  return out.join('\n');
}

const cell = (s: string): string => s.replace(/\|/g, '\\|');

/** The rule table (between the rules:begin and rules:end markers); `pages` is the path from the page holding it to docs/rules/. */
export function ruleTable(rules: Rule[], pages = 'rules/'): string {
  const rows = rules.map((r) => `| [${r.id}](${pages}${r.id}.md) | ${r.severity} | ${SCOPE[r.scope]} | ${cell(r.title)} | ${cell(r.seed)} |`);
  return [
    '| Rule | Severity | Scope | Detects | From the domain notes |',
    '|---|---|---|---|---|',
    ...rows,
    '| CAE201–CAE212 | error | with `--preset` | An organisation preset\'s requirements: tags, name, domain suffix, WAF, log retention, KMS for logs, private DNS, allowed endpoint types, the shared execute-api endpoint, the allowed ways to authenticate, API keys on public APIs, mutual TLS on regional domains | the preset (its file, line and reason are in each message) |',
  ].join('\n');
}

export const TABLE_BEGIN = '<!-- rules:begin (npm run docs writes this table from src/rules) -->';
export const TABLE_END = '<!-- rules:end -->';

/** A page (docs/check.md) with its rule table replaced; throws if the markers are missing. */
export function withRuleTable(page: string, rules: Rule[], pages = 'rules/', name = 'docs/check.md'): string {
  const a = page.indexOf(TABLE_BEGIN);
  const b = page.indexOf(TABLE_END);
  if (a < 0 || b < a) throw new Error(`${name} has no ${TABLE_BEGIN} … ${TABLE_END} markers`);
  return `${page.slice(0, a + TABLE_BEGIN.length)}\n${ruleTable(rules, pages)}\n${page.slice(b)}`;
}
