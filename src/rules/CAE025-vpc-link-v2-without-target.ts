import { ofType, refsIn } from '../analysis/tree.js';
import { result, type Rule } from './model.js';

export const rule: Rule = {
  id: 'CAE025',
  title: 'Integration through a VPC link V2 without integration_target',
  severity: 'error',
  scope: 'any',
  seed: 'Network plumbing, 6. Load balancers: Network Load Balancers behind private integrations',
  explanation: 'A REST API integration through a VPC link V2 must name the load balancer it sends requests to (integration_target, an NLB or ALB ARN): without it API Gateway refuses the integration ("IntegrationTarget is required for VpcLinkV2") and the apply fails.',
  fix: 'integration_target = <the NLB or ALB ARN> on the integration.',
  run(tree) {
    const r = result();
    for (const i of ofType(tree, 'aws_api_gateway_integration')) {
      if (i.body.integration_target !== undefined) continue;
      if (![...refsIn(tree, i.dir, i.body.connection_id)].some((x) => /::aws_apigatewayv2_vpc_link\.[\w-]+$/.test(x))) continue;
      r.hits.push({ block: i, message: `${i.address} goes through a VPC link V2 but names no integration_target: API Gateway refuses it ("IntegrationTarget is required for VpcLinkV2") and the apply fails.`, fix: 'integration_target = var.load_balancer_arn # the NLB or ALB the link sends requests to; uri sets the Host header' });
    }
    return r;
  },
};
