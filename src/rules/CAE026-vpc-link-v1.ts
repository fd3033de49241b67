import { ofType } from '../analysis/tree.js';
import { result, type Rule } from './model.js';

export const rule: Rule = {
  id: 'CAE026',
  title: 'VPC link V1 (legacy) for a REST API',
  severity: 'info',
  scope: 'any',
  seed: 'Network plumbing, 6. Load balancers: Network Load Balancers behind private integrations',
  explanation: 'AWS calls VPC links V1 legacy for REST APIs and recommends V2: network interfaces in your subnets behind a security group you control, a Network or Application Load Balancer as target, and one link reusable by every API in the VPC. V1 links keep working.',
  fix: 'For a new private integration, use an aws_apigatewayv2_vpc_link with integration_target on the integration.',
  run(tree) {
    const r = result();
    for (const link of ofType(tree, 'aws_api_gateway_vpc_link'))
      r.hits.push({
        block: link,
        message: `${link.address} is a VPC link V1, which AWS calls legacy for REST APIs; new private integrations should use a VPC link V2.`,
        fix: 'resource "aws_apigatewayv2_vpc_link" "this" {\n  name               = var.name\n  subnet_ids         = var.vpc_link_subnet_ids\n  security_group_ids = [aws_security_group.vpc_link.id]\n}\n# and on the integration:\n#   connection_id      = aws_apigatewayv2_vpc_link.this.id\n#   integration_target = var.load_balancer_arn',
      });
    return r;
  },
};
