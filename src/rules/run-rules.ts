/**
 * Runs rules over a tree and turns hits into findings, honouring inline suppressions:
 * `# create-api-endpoint:ignore CAE005 <reason>` on the block's line or in the comment lines
 * right above it (a reason is required; one without is itself reported).
 */
import type { Finding } from '../core/types.js';
import type { Block, Tree } from '../analysis/tree.js';
import type { Rule } from './model.js';

export interface RuleFinding extends Finding {
  rule: string;
  address: string;
}

export interface Suppressed {
  rule: string;
  file: string;
  line: number;
  address: string;
  reason: string;
}

export interface RulesOutcome {
  findings: RuleFinding[];
  suppressed: Suppressed[];
  skipped: { rule: string; file: string; line: number; address: string; why: string }[];
  rulesRun: string[];
}

const MARK = /#\s*create-api-endpoint:ignore\s+(CAE\d{3})\b[ \t]*(.*)$/;

/** Suppressions that apply to a block: on its header line or in the comment block right above. */
function suppressionsFor(tree: Tree, block: Block): { rule: string; reason: string; line: number }[] {
  const lines = (tree.files.get(block.file) ?? '').split('\n');
  const out: { rule: string; reason: string; line: number }[] = [];
  const at = (i: number) => {
    const m = MARK.exec(lines[i] ?? '');
    if (m) out.push({ rule: m[1]!, reason: m[2]!.trim(), line: i + 1 });
  };
  at(block.line - 1);
  for (let i = block.line - 2; i >= 0 && /^\s*(#|\/\/)/.test(lines[i]!); i--) at(i);
  return out;
}

export function runRules(rules: Rule[], tree: Tree): RulesOutcome {
  const outcome: RulesOutcome = { findings: [], suppressed: [], skipped: [], rulesRun: rules.map((r) => r.id) };
  for (const rule of rules) {
    const { hits, skipped } = rule.run(tree);
    for (const s of skipped) outcome.skipped.push({ rule: rule.id, file: s.block.file, line: s.block.line, address: s.block.address, why: s.why });
    for (const hit of hits) {
      const marks = suppressionsFor(tree, hit.block).filter((m) => m.rule === rule.id);
      const valid = marks.find((m) => m.reason !== '');
      if (valid) {
        outcome.suppressed.push({ rule: rule.id, file: hit.block.file, line: hit.block.line, address: hit.block.address, reason: valid.reason });
        continue;
      }
      outcome.findings.push({
        rule: rule.id,
        address: hit.block.address,
        file: hit.block.file,
        line: hit.block.line,
        severity: rule.severity,
        message: `${rule.id} ${hit.message}${marks.length ? ` (the create-api-endpoint:ignore ${rule.id} on line ${marks[0]!.line} has no reason, so it does not count)` : ''}`,
        fix: hit.fix,
      });
    }
  }
  return outcome;
}
