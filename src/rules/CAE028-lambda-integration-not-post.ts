import { integrationProblems } from '../openapi/document.js';
import type { Rule } from './model.js';
import { eachSpec } from './openapi-rule.js';

export const rule: Rule = {
  id: 'CAE028',
  title: 'Lambda integration in an OpenAPI body with an httpMethod other than POST',
  severity: 'error',
  scope: 'any',
  seed: 'Troubleshooting steps, 8. Specific error messages (a 500 from the integration)',
  explanation: 'API Gateway calls Lambda\'s Invoke API, which takes only POST, whatever method the client used. An x-amazon-apigateway-integration to a Lambda function with httpMethod GET imports without complaint, and every call then fails with 500.',
  fix: 'Set httpMethod: POST in the operation\'s x-amazon-apigateway-integration.',
  run: (tree) => eachSpec(tree, (_api, _doc, facts) => integrationProblems(facts).filter((p) => p.rule === 'CAE028')),
};
