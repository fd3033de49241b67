import { integrationProblems } from '../openapi/document.js';
import type { Rule } from './model.js';
import { eachSpec } from './openapi-rule.js';

export const rule: Rule = {
  id: 'CAE029',
  title: 'OpenAPI integration or authorizer that API Gateway will not import',
  severity: 'error',
  scope: 'any',
  seed: 'Network plumbing, 6. Load balancers: private integrations through a VPC link; Troubleshooting steps, 8. Specific error messages',
  explanation: 'An x-amazon-apigateway-integration needs a type API Gateway knows, a uri and httpMethod (except mock), a connectionId with connectionType VPC_LINK, and request parameters mapped from parameters the operation declares; an authorizer needs its function\'s URI, or a Cognito one its user pools. Without them the import (the apply) fails.',
  fix: 'Complete the integration or authorizer as the message says, or leave the integration out where the tool adds it.',
  run: (tree) => eachSpec(tree, (_api, _doc, facts) => integrationProblems(facts).filter((p) => p.rule === 'CAE029'), true),
};
