import { evalIn, ofType, refOf, refsIn } from '../analysis/tree.js';
import { Unknown } from '../analysis/evaluate.js';
import { result, type Rule } from './model.js';
import { blocksOf } from './predicates.js';

const sameRefs = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

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
    for (const s of ofType(tree, 'aws_api_gateway_stage')) {
      const logs = blocksOf(tree, s, 'access_log_settings');
      if (!logs.known) r.skipped.push({ block: s, why: logs.why });
      else if (logs.value.length === 0)
        r.hits.push({ block: s, message: `${s.address} writes no access logs: failed calls cannot be traced.`, fix: 'access_log_settings {\n  destination_arn = aws_cloudwatch_log_group.access.arn\n  format          = jsonencode({ requestId = "$context.requestId", sourceIp = "$context.identity.sourceIp", vpceId = "$context.identity.vpceId", status = "$context.status" })\n}' });
    }
    for (const d of ofType(tree, 'aws_api_gateway_deployment')) {
      if (d.body.stage_name === undefined) continue;
      const name = evalIn(tree, d.dir, d.body.stage_name);
      if (name === null || name === '') continue;
      // A stage_name naming a stage an aws_api_gateway_stage manages creates no stage of its own.
      const managed = ofType(tree, 'aws_api_gateway_stage').filter((s) => refsIn(tree, d.dir, d.body.stage_name).has(refOf(s)) || (typeof name === 'string' && evalIn(tree, s.dir, s.body.stage_name) === name && !(evalIn(tree, s.dir, s.body.rest_api_id) instanceof Unknown && evalIn(tree, d.dir, d.body.rest_api_id) instanceof Unknown && !sameRefs(refsIn(tree, s.dir, s.body.rest_api_id), refsIn(tree, d.dir, d.body.rest_api_id)))));
      if (managed.length) continue;
      // A name from an input: a stage the tree manages may be the one it names (skipped); with no
      // aws_api_gateway_stage for the API at all, the deployment's stage is the only one there is.
      if (typeof name !== 'string' && ofType(tree, 'aws_api_gateway_stage').some((s) => sameRefs(refsIn(tree, s.dir, s.body.rest_api_id), refsIn(tree, d.dir, d.body.rest_api_id)) || evalIn(tree, s.dir, s.body.rest_api_id) instanceof Unknown)) {
        r.skipped.push({ block: d, why: 'stage_name comes from an input and the tree manages stages it may name' });
        continue;
      }
      r.hits.push({ block: d, message: `${d.address} creates its stage through stage_name: such a stage cannot have access logs, so failed calls cannot be traced (and its method settings and web ACL can only name it by its stage_name).`, fix: 'resource "aws_api_gateway_stage" "this" {\n  rest_api_id   = aws_api_gateway_rest_api.this.id\n  deployment_id = aws_api_gateway_deployment.this.id\n  stage_name    = "v1"\n  access_log_settings { … }\n}\n# and drop stage_name from the deployment' });
    }
    return r;
  },
};
