import type { Rule } from './model.js';
import { eachSpec } from './openapi-rule.js';
import { endpointTypesOf } from './predicates.js';

export const rule: Rule = {
  id: 'CAE031',
  title: 'OpenAPI endpoint configuration that contradicts Terraform\'s',
  severity: 'warning',
  scope: 'any',
  seed: 'Endpoint types; Network plumbing: the endpoint configuration decides who can reach the API',
  explanation: 'The endpoint type and the VPC endpoints live in Terraform\'s endpoint_configuration, which the provider applies over the body. A body whose x-amazon-apigateway-endpoint-configuration says otherwise keeps two answers to one question: the next reader trusts the wrong one.',
  fix: 'Remove the contradicting values from x-amazon-apigateway-endpoint-configuration; keep the endpoint type in Terraform.',
  run: (tree) =>
    eachSpec(tree, (api, _doc, facts) => {
      const ec = facts.endpointConfiguration;
      if (!ec || !Array.isArray(ec.types)) return [];
      const types = endpointTypesOf(tree, api);
      if (!types.known) return [];
      const body = ec.types.map((t) => String(t).toUpperCase());
      return body.length && !body.every((t) => types.value.includes(t))
        ? [{ pointer: '/x-amazon-apigateway-endpoint-configuration/types', severity: 'warning', message: `says ${body.join(', ')}; endpoint_configuration says ${types.value.join(', ')}, which is the one applied.`, fix: `Remove types from x-amazon-apigateway-endpoint-configuration (or make it ${types.value.join(', ')}).`, rule: 'CAE031' }]
        : [];
    }),
};
