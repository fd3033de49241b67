/**
 * security: the rules (src/rules) on what generate is about to write — every rule, those that
 * apply to any Terraform tree and the promises of our own output. The same rules, of scope
 * "any", are what `check` runs on any tree.
 */
import { posix } from 'node:path';
import { treeOf } from '../analysis/tree.js';
import { RULES } from '../rules/rules.js';
import { runRules } from '../rules/run-rules.js';
import type { Rule } from '../rules/model.js';
import { statusOf, type Check } from './model.js';

/**
 * The security check with the run's rules: every rule, plus an organisation preset's (its
 * requirements as rules, its settings applied). Values are read as `check` reads them:
 * variable defaults, and what the root passes to the module.
 */
export function securityCheck(rules: Rule[] = RULES): Check {
  return {
    name: 'security',
    run(input) {
      const inputs = input.inputs ?? new Map<string, string>();
      const tree = treeOf({ files: input.files, parsed: input.parsed, readFile: (path) => inputs.get(posix.normalize(path)) ?? input.files.get(posix.normalize(path)) });
      const { findings } = runRules(rules, tree);
      // The document's own problems, under the run's rules (a preset may change a severity or disable one).
      const byId = new Map(rules.map((r) => [r.id, r]));
      const spec = (input.openapiFindings ?? []).flatMap((f) => {
        const rule = f.rule ? byId.get(f.rule) : undefined;
        if (f.rule && !rule) return [];
        return [{ ...f, severity: rule && f.severity !== 'info' ? rule.severity : f.severity }];
      });
      const all = [...spec, ...findings];
      return { status: statusOf(all), findings: all };
    },
  };
}
