import { evalIn, ofType } from '../analysis/tree.js';
import { isKnown } from '../analysis/evaluate.js';
import { result, type Rule } from './model.js';

export const rule: Rule = {
  id: 'CAE040',
  title: 'Authorization scopes on a method that does not use a Cognito user pool authorizer (they are ignored)',
  severity: 'warning',
  scope: 'any',
  seed: 'Misconfigurations and fixes, 1. Access Denied (HTTP 403 Forbidden); Security groups and NACLs best practices, 1. Apply the principle of least privilege',
  explanation: 'API Gateway checks a method\'s authorization_scopes only against the access token of a COGNITO_USER_POOLS authorizer. On a method with AWS_IAM, a Lambda (CUSTOM) authorizer or NONE they are accepted and ignored: the author believes the scope is required, and any caller the method admits gets through without it.',
  fix: 'authorization = "COGNITO_USER_POOLS" with the Cognito authorizer\'s authorizer_id, or check the scope in the Lambda authorizer (its policy) and drop authorization_scopes.',
  run(tree) {
    const r = result();
    for (const m of ofType(tree, 'aws_api_gateway_method')) {
      if (m.body.authorization_scopes === undefined) continue;
      const scopes = evalIn(tree, m.dir, m.body.authorization_scopes);
      const auth = evalIn(tree, m.dir, m.body.authorization);
      if (!isKnown(scopes) || !isKnown(auth)) {
        r.skipped.push({ block: m, why: 'authorization or authorization_scopes is an expression that cannot be read statically' });
        continue;
      }
      if (!Array.isArray(scopes) || scopes.length === 0 || typeof auth !== 'string' || auth.toUpperCase() === 'COGNITO_USER_POOLS') continue;
      r.hits.push({ block: m, message: `${m.address} declares authorization_scopes (${scopes.map(String).join(', ')}) but its authorization is ${auth}: API Gateway checks scopes only for a Cognito user pool authorizer, so no caller is refused for lacking them.`, fix: 'authorization = "COGNITO_USER_POOLS"\nauthorizer_id = aws_api_gateway_authorizer.cognito.id' });
    }
    return r;
  },
};
