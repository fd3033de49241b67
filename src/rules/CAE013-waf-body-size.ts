import { bodies, evalIn, ofType } from '../analysis/tree.js';
import { result, type Rule } from './model.js';
import { hasDynamic } from './predicates.js';

export const rule: Rule = {
  id: 'CAE013',
  title: 'WAF common rule set blocks request bodies over 8 KB',
  severity: 'warning',
  scope: 'any',
  seed: 'Endpoint types: edge-optimized and regional (public) endpoints; AWS WAF managed rules',
  explanation: 'AWSManagedRulesCommonRuleSet blocks bodies larger than 8 KB (SizeRestrictions_BODY) unless that rule is overridden: uploads and large JSON fail with 403.',
  fix: 'Override SizeRestrictions_BODY with count {} in the managed rule group (rule_action_override), and limit body sizes another way where needed.',
  run(tree) {
    const r = result();
    for (const acl of ofType(tree, 'aws_wafv2_web_acl')) {
      if (hasDynamic(acl.body, 'rule')) {
        r.skipped.push({ block: acl, why: 'its rules are dynamic blocks' });
        continue;
      }
      for (const rule of bodies(acl.body.rule)) {
        const group = bodies(bodies(rule.statement)[0]?.managed_rule_group_statement)[0];
        if (!group || evalIn(tree, acl.dir, group.name) !== 'AWSManagedRulesCommonRuleSet') continue;
        if (hasDynamic(group, 'rule_action_override') || hasDynamic(group, 'excluded_rule')) {
          r.skipped.push({ block: acl, why: 'rule_action_override is a dynamic block' });
          continue;
        }
        // override_action { count {} } on the rule: the whole group only counts, nothing is blocked.
        const countsOnly = bodies(rule.override_action).some((o) => o.count !== undefined);
        if (countsOnly) continue;
        if (hasDynamic(rule, 'override_action')) {
          r.skipped.push({ block: acl, why: 'the rule\'s override_action is a dynamic block' });
          continue;
        }
        const overridden = [...bodies(group.rule_action_override), ...bodies(group.excluded_rule)].some((o) => evalIn(tree, acl.dir, o.name) === 'SizeRestrictions_BODY');
        if (!overridden)
          r.hits.push({ block: acl, message: `${acl.address} applies AWSManagedRulesCommonRuleSet without overriding SizeRestrictions_BODY: requests with bodies over 8 KB get 403 Forbidden.`, fix: 'rule_action_override {\n  name = "SizeRestrictions_BODY"\n  action_to_use {\n    count {}\n  }\n}' });
      }
    }
    return r;
  },
};
