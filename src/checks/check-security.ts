/**
 * security: the rules (src/rules) on what generate is about to write — every rule, those that
 * apply to any Terraform tree and the promises of our own output. The same rules, of scope
 * "any", are what `check` runs on any tree.
 */
import { treeOf } from '../analysis/tree.js';
import { RULES } from '../rules/rules.js';
import { runRules } from '../rules/run-rules.js';
import { statusOf, type Check } from './model.js';

export const securityCheck: Check = {
  name: 'security',
  run(input) {
    const { findings } = runRules(RULES, treeOf(input.files, input.parsed));
    return { status: statusOf(findings), findings };
  },
};
