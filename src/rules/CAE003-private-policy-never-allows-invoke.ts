import type { Rule } from './model.js';
import { allowsInvoke } from './predicates.js';
import { eachPrivatePolicy, whereFrom } from './policy-rule.js';

export const rule: Rule = {
  id: 'CAE003',
  title: 'Private API policy that never allows execute-api:Invoke',
  severity: 'error',
  scope: 'any',
  seed: 'Misconfigurations and fixes, 1. Access Denied (HTTP 403 Forbidden)',
  explanation: 'Without an Allow for execute-api:Invoke (an action list or NotAction that covers it, wildcards included) every call is denied, from every endpoint.',
  fix: 'Add an Allow statement for execute-api:Invoke on execute-api:/*.',
  run: (tree) =>
    eachPrivatePolicy(tree, (api, statements, source) => {
      const a = allowsInvoke(statements);
      if (!a.known) return { skip: a.why };
      if (a.value) return undefined;
      return {
        hit: {
          message: `the resource policy of ${api.address}${whereFrom(source)} allows no execute-api:Invoke: every caller gets 403 Forbidden.`,
          fix: 'statement {\n  effect    = "Allow"\n  actions   = ["execute-api:Invoke"]\n  resources = ["execute-api:/*"]\n  principals {\n    type        = "*"\n    identifiers = ["*"]\n  }\n}',
        },
      };
    }),
};
