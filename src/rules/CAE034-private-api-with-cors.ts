import { decisionProblems } from '../openapi/document.js';
import type { Rule } from './model.js';
import { eachSpec } from './openapi-rule.js';
import { endpointTypesOf } from './predicates.js';

export const rule: Rule = {
  id: 'CAE034',
  title: 'CORS on a private API (browsers outside the network cannot reach it)',
  severity: 'info',
  scope: 'any',
  seed: 'Endpoint types, 3. Private endpoints: not accessible from the public internet',
  explanation: 'An OpenAPI body that answers CORS preflights expects browsers; a private API is reachable only from inside the VPC and networks routed to it, so browsers elsewhere cannot call it and those inside need a host name that resolves there.',
  fix: 'Keep it if the browsers run inside the network (and use a private custom domain); otherwise serve browsers from a REGIONAL endpoint with WAF.',
  run: (tree) =>
    eachSpec(tree, (api, _doc, facts) => {
      const t = endpointTypesOf(tree, api);
      if (!t.known || !t.value.includes('PRIVATE')) return [];
      return decisionProblems(facts, { type: 'PRIVATE', domain: true }).filter((p) => p.rule === 'CAE034');
    }),
};
