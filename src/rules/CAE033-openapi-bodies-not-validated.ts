import { unvalidatedBodies } from '../openapi/document.js';
import type { Rule } from './model.js';
import { eachSpec } from './openapi-rule.js';

export const rule: Rule = {
  id: 'CAE033',
  title: 'OpenAPI request bodies with schemas that nothing validates',
  severity: 'warning',
  scope: 'any',
  seed: 'Troubleshooting steps, 8. Specific error messages (400 from a validator instead of the backend\'s error)',
  explanation: 'API Gateway validates a request body against its schema only when the operation (or the document\'s default) names a request validator with validateRequestBody; otherwise the schema is documentation and malformed requests reach the backend.',
  fix: 'Add x-amazon-apigateway-request-validators with one that validates bodies, and name it in x-amazon-apigateway-request-validator (document-wide or per operation).',
  run: (tree) =>
    eachSpec(tree, (_api, doc, facts) => {
      const ops = unvalidatedBodies(facts, doc);
      return ops.length
        ? [{ pointer: '', severity: 'warning', message: `${ops.length === 1 ? 'the request body' : `the request bodies of ${ops.length} operations`} (${ops.slice(0, 3).map((o) => `${o.method.toUpperCase()} ${o.path}`).join(', ')}${ops.length > 3 ? ', …' : ''}) ${ops.length === 1 ? 'has a schema' : 'have schemas'} that no request validator enforces: malformed requests reach the backend.`, fix: 'x-amazon-apigateway-request-validators: { all: { validateRequestBody: true, validateRequestParameters: true } } and x-amazon-apigateway-request-validator: all', rule: 'CAE033' }]
        : [];
    }),
};
