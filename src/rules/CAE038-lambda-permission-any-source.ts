import { evalIn, ofType } from '../analysis/tree.js';
import { isKnown } from '../analysis/evaluate.js';
import { result, type Rule } from './model.js';

export const rule: Rule = {
  id: 'CAE038',
  title: 'Lambda permission for API Gateway without a source ARN of this API',
  severity: 'warning',
  scope: 'any',
  seed: 'Security groups and NACLs best practices, 1. Apply the principle of least privilege',
  explanation: 'A permission for apigateway.amazonaws.com without source_arn (or with one that is a bare wildcard) lets any API Gateway API — in any account — invoke the function, an authorizer included (the confused-deputy problem). Scope it to this API\'s execution ARN, and an authorizer to its own ARN.',
  fix: 'source_arn = "${aws_api_gateway_rest_api.this.execution_arn}/*/*" (an authorizer: "${aws_api_gateway_rest_api.this.execution_arn}/authorizers/${aws_api_gateway_authorizer.this.id}").',
  run(tree) {
    const r = result();
    for (const p of ofType(tree, 'aws_lambda_permission')) {
      const principal = evalIn(tree, p.dir, p.body.principal);
      if (principal !== 'apigateway.amazonaws.com') {
        if (!isKnown(principal)) r.skipped.push({ block: p, why: 'principal is an expression' });
        continue;
      }
      if (p.body.source_arn === undefined) {
        r.hits.push({ block: p, message: `${p.address} lets any API Gateway API, in any account, invoke the function: it has no source_arn.`, fix: 'source_arn = "${aws_api_gateway_rest_api.this.execution_arn}/*/*"' });
        continue;
      }
      // Only a literal says it is open: a computed ARN (an execution_arn, an input) is trusted.
      const text = evalIn(tree, p.dir, p.body.source_arn);
      if (typeof text !== 'string') continue;
      // Any API in any Region and account (an API ID is unique, so an account wildcard beside one is not open).
      if (/^(\*|arn:aws[a-z-]*:execute-api:[^:]*:[^:]*:\*(\/.*)?)$/.test(text))
        r.hits.push({ block: p, message: `${p.address} admits ${text}: API Gateway APIs of other accounts (or any API) can invoke the function.`, fix: 'source_arn = "${aws_api_gateway_rest_api.this.execution_arn}/*/*"' });
    }
    return r;
  },
};
