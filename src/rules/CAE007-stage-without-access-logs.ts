import { bodies, evalIn, ofType } from '../analysis/tree.js';
import { result, type Rule } from './model.js';
import { hasDynamic } from './predicates.js';

export const rule: Rule = {
  id: 'CAE007',
  title: 'Stage without access logs',
  severity: 'warning',
  scope: 'any',
  seed: 'Troubleshooting steps, 7. CloudWatch logs and monitoring',
  explanation: 'Without access logs a 403 or a timeout leaves no trace of who called, from which endpoint, with which result. A stage created implicitly by aws_api_gateway_deployment.stage_name cannot have them at all.',
  fix: 'access_log_settings { destination_arn = <log group ARN>, format = <JSON with $context.requestId, $context.identity.sourceIp, $context.identity.vpceId, $context.status> } on an aws_api_gateway_stage (not a stage_name on the deployment).',
  run(tree) {
    const r = result();
    for (const s of ofType(tree, 'aws_api_gateway_stage'))
      if (hasDynamic(s.body, 'access_log_settings')) r.skipped.push({ block: s, why: 'access_log_settings is a dynamic block' });
      else if (bodies(s.body.access_log_settings).length === 0)
        r.hits.push({ block: s, message: `${s.address} writes no access logs: failed calls cannot be traced.`, fix: 'access_log_settings {\n  destination_arn = aws_cloudwatch_log_group.access.arn\n  format          = jsonencode({ requestId = "$context.requestId", sourceIp = "$context.identity.sourceIp", vpceId = "$context.identity.vpceId", status = "$context.status" })\n}' });
    for (const d of ofType(tree, 'aws_api_gateway_deployment')) {
      if (d.body.stage_name === undefined) continue;
      const name = evalIn(tree, d.dir, d.body.stage_name);
      if (name === null || name === '') continue;
      r.hits.push({ block: d, message: `${d.address} creates its stage through stage_name: such a stage cannot have access logs (nor a web ACL or settings of its own), so failed calls cannot be traced.`, fix: 'resource "aws_api_gateway_stage" "this" {\n  rest_api_id   = aws_api_gateway_rest_api.this.id\n  deployment_id = aws_api_gateway_deployment.this.id\n  stage_name    = "v1"\n  access_log_settings { … }\n}\n# and drop stage_name from the deployment' });
    }
    return r;
  },
};
