/**
 * security: the rules (src/rules) on what generate is about to write — every rule, those that
 * apply to any Terraform tree and the promises of our own output. The same rules, of scope
 * "any", are what `check` runs on any tree.
 */
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
      const tree = treeOf({ files: input.files, parsed: input.parsed });
      const { findings } = runRules(rules, tree);
      return { status: statusOf(findings), findings };
    },
  };
}
