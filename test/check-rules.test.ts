// Every rule of `check` against hand-written trees: a tree that violates it (in each common
// style of writing the thing) gives exactly that finding, on the block's line; its fixed twin
// gives none. Written by hand, not by our templates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkTrees } from '../src/app/check.js';
import { hclTools } from '../src/hcl/tools.js';
import { tmp } from './helpers/cli.js';

type Files = Record<string, string>;

async function findings(files: Files) {
  const dir = tmp('cae-check-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const out = await checkTrees([dir], hclTools);
  return { ...out, findings: out.findings.map((f) => ({ ...f, file: f.file.slice(f.file.indexOf(dir.split('/').pop()!) + dir.split('/').pop()!.length + 1) })) };
}

/** A web ACL that blocks requests without CloudFront's secret header. */
const originCheckAcl = `resource "aws_wafv2_web_acl" "api" {\n  name  = "api"\n  scope = "REGIONAL"\n  default_action {\n    allow {}\n  }\n  rule {\n    name     = "only-cloudfront"\n    priority = 0\n    action {\n      block {}\n    }\n    statement {\n      not_statement {\n        statement {\n          byte_match_statement {\n            search_string         = var.secret\n            positional_constraint = "EXACTLY"\n            field_to_match {\n              single_header {\n                name = "x-origin-verify"\n              }\n            }\n            text_transformation {\n              priority = 0\n              type     = "NONE"\n            }\n          }\n        }\n      }\n    }\n    visibility_config {\n      cloudwatch_metrics_enabled = true\n      metric_name                = "o"\n      sampled_requests_enabled   = true\n    }\n  }\n  visibility_config {\n    cloudwatch_metrics_enabled = true\n    metric_name                = "api"\n    sampled_requests_enabled   = true\n  }\n}\n`;

const privateApi = (extra = '') => `resource "aws_api_gateway_rest_api" "this" {
  name = "orders"
${extra}
  endpoint_configuration {
    types = ["PRIVATE"]
  }
}
`;

const docPolicy = (statements: string) => `data "aws_iam_policy_document" "api" {
${statements}
}

resource "aws_api_gateway_rest_api_policy" "this" {
  rest_api_id = aws_api_gateway_rest_api.this.id
  policy      = data.aws_iam_policy_document.api.json
}
`;

const ALLOW = `  statement {
    effect    = "Allow"
    actions   = ["execute-api:Invoke"]
    resources = ["execute-api:/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
`;
const DENY = `  statement {
    effect    = "Deny"
    actions   = ["execute-api:Invoke"]
    resources = ["execute-api:/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringNotEquals"
      variable = "aws:SourceVpce"
      values   = [var.vpce_id]
    }
  }
`;

const endpoint = (sg: string, extra = '') => `resource "aws_vpc_endpoint" "execute_api" {
  vpc_id              = var.vpc_id
  service_name        = "com.amazonaws.eu-west-1.execute-api"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
  subnet_ids          = ["subnet-0a1b2c3d", "subnet-0d4e5f6a"]
  security_group_ids  = [${sg}]
${extra}}
`;

interface Case {
  rule: string;
  style: string;
  bad: Files;
  good: Files;
  /** The file and line the finding is on. */
  at: [string, number];
}

const CASES: Case[] = [
  { rule: 'CAE001', style: 'no policy at all', bad: { 'main.tf': privateApi() }, good: { 'main.tf': privateApi() + docPolicy(ALLOW + DENY) }, at: ['main.tf', 1] },
  {
    rule: 'CAE001',
    style: 'policy as an argument of the API',
    bad: { 'api.tf': `# the orders API\n${privateApi()}` },
    good: { 'api.tf': `# the orders API\n${privateApi('  policy = data.aws_iam_policy_document.api.json')}data "aws_iam_policy_document" "api" {\n${ALLOW}${DENY}}\n` },
    at: ['api.tf', 2],
  },
  { rule: 'CAE002', style: 'aws_iam_policy_document', bad: { 'main.tf': privateApi() + docPolicy(ALLOW) }, good: { 'main.tf': privateApi() + docPolicy(ALLOW + DENY) }, at: ['main.tf', 21] },
  {
    rule: 'CAE002',
    style: 'jsonencode',
    bad: { 'main.tf': privateApi() + `resource "aws_api_gateway_rest_api_policy" "this" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{ Effect = "Allow", Principal = "*", Action = "execute-api:Invoke", Resource = "execute-api:/*" }]\n  })\n}\n` },
    good: {
      'main.tf':
        privateApi() +
        `resource "aws_api_gateway_rest_api_policy" "this" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [\n      { Effect = "Allow", Principal = "*", Action = "execute-api:Invoke", Resource = "execute-api:/*" },\n      { Effect = "Deny", Principal = "*", Action = "execute-api:Invoke", Resource = "execute-api:/*", Condition = { StringNotEquals = { "aws:SourceVpc" = var.vpc_id } } },\n    ]\n  })\n}\n`,
    },
    at: ['main.tf', 8],
  },
  {
    rule: 'CAE002',
    style: 'heredoc JSON',
    bad: { 'main.tf': privateApi() + `resource "aws_api_gateway_rest_api_policy" "this" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  policy      = <<EOF\n{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "execute-api:/*"}]}\nEOF\n}\n` },
    good: {
      'main.tf':
        privateApi() +
        `resource "aws_api_gateway_rest_api_policy" "this" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  policy      = <<EOF\n{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "execute-api:/*"}, {"Effect": "Deny", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "execute-api:/*", "Condition": {"StringNotEquals": {"aws:SourceVpce": "vpce-0123456789abcdef0"}}}]}\nEOF\n}\n`,
    },
    at: ['main.tf', 8],
  },
  {
    rule: 'CAE002',
    style: 'file() of a local JSON document',
    bad: { 'main.tf': privateApi() + `resource "aws_api_gateway_rest_api_policy" "this" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  policy      = file("\${path.module}/policy.json")\n}\n`, 'policy.json': '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "execute-api:/*"}]}\n' },
    good: { 'main.tf': privateApi() + `resource "aws_api_gateway_rest_api_policy" "this" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  policy      = file("\${path.module}/policy.json")\n}\n`, 'policy.json': '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "execute-api:/*"}, {"Effect": "Deny", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "execute-api:/*", "Condition": {"StringNotEquals": {"aws:SourceVpce": "vpce-0123456789abcdef0"}}}]}\n' },
    at: ['main.tf', 8],
  },
  { rule: 'CAE003', style: 'only a Deny', bad: { 'main.tf': privateApi() + docPolicy(DENY) }, good: { 'main.tf': privateApi() + docPolicy(ALLOW + DENY) }, at: ['main.tf', 26] },
  {
    rule: 'CAE004',
    style: 'triggers without the policy',
    bad: { 'main.tf': privateApi() + docPolicy(ALLOW + DENY) + `resource "aws_api_gateway_deployment" "this" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  triggers = {\n    redeployment = sha1(jsonencode([aws_api_gateway_rest_api.this.body]))\n  }\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n` },
    good: { 'main.tf': privateApi() + docPolicy(ALLOW + DENY) + `resource "aws_api_gateway_deployment" "this" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  triggers = {\n    redeployment = sha1(jsonencode([aws_api_gateway_rest_api.this.body, aws_api_gateway_rest_api_policy.this.policy]))\n  }\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n` },
    at: ['main.tf', 39],
  },
  {
    rule: 'CAE005',
    style: 'no triggers',
    bad: { 'main.tf': `resource "aws_api_gateway_deployment" "this" {\n  rest_api_id = "abc123"\n}\n` },
    good: { 'main.tf': `resource "aws_api_gateway_deployment" "this" {\n  rest_api_id = "abc123"\n  triggers    = { redeployment = sha1(file("openapi.yaml")) }\n\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n` },
    at: ['main.tf', 1],
  },
  {
    rule: 'CAE005',
    style: 'triggers without create_before_destroy',
    bad: { 'main.tf': `\n\nresource "aws_api_gateway_deployment" "this" {\n  rest_api_id = "abc123"\n  triggers    = { redeployment = "1" }\n}\n` },
    good: { 'main.tf': `\n\nresource "aws_api_gateway_deployment" "this" {\n  rest_api_id = "abc123"\n  triggers    = { redeployment = "1" }\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n` },
    at: ['main.tf', 3],
  },
  {
    rule: 'CAE006',
    style: 'REST API domain, default policy',
    bad: { 'domain.tf': `resource "aws_api_gateway_domain_name" "api" {\n  domain_name              = "api.example.com"\n  regional_certificate_arn = var.cert\n}\n` },
    good: { 'domain.tf': `resource "aws_api_gateway_domain_name" "api" {\n  domain_name              = "api.example.com"\n  regional_certificate_arn = var.cert\n  security_policy          = "TLS_1_2"\n}\n` },
    at: ['domain.tf', 1],
  },
  {
    rule: 'CAE006',
    style: 'policy from a variable default',
    bad: { 'domain.tf': `variable "tls" {\n  default = "TLS_1_0"\n}\n\nresource "aws_api_gateway_domain_name" "api" {\n  domain_name     = "api.example.com"\n  security_policy = var.tls\n}\n` },
    good: { 'domain.tf': `variable "tls" {\n  default = "TLS_1_0"\n}\n\nresource "aws_api_gateway_domain_name" "api" {\n  domain_name     = "api.example.com"\n  security_policy = var.tls\n}\n`, 'terraform.tfvars': 'tls = "TLS_1_2"\n' },
    at: ['domain.tf', 5],
  },
  {
    rule: 'CAE007',
    style: 'stage without access_log_settings',
    bad: { 'stage.tf': `resource "aws_api_gateway_stage" "prod" {\n  rest_api_id   = "abc"\n  deployment_id = "def"\n  stage_name    = "prod"\n}\n` },
    good: { 'stage.tf': `resource "aws_api_gateway_stage" "prod" {\n  rest_api_id   = "abc"\n  deployment_id = "def"\n  stage_name    = "prod"\n  access_log_settings {\n    destination_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:x"\n    format          = "$context.requestId"\n  }\n}\n` },
    at: ['stage.tf', 1],
  },
  {
    rule: 'CAE008',
    style: 'inline ingress',
    bad: { 'main.tf': endpoint('aws_security_group.endpoint.id') + `resource "aws_security_group" "endpoint" {\n  vpc_id = var.vpc_id\n  ingress {\n    from_port   = 443\n    to_port     = 443\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n` },
    good: { 'main.tf': endpoint('aws_security_group.endpoint.id') + `resource "aws_security_group" "endpoint" {\n  vpc_id = var.vpc_id\n  ingress {\n    from_port   = 443\n    to_port     = 443\n    protocol    = "tcp"\n    cidr_blocks = ["10.0.0.0/16"]\n  }\n}\n` },
    at: ['main.tf', 9],
  },
  {
    rule: 'CAE008',
    style: 'aws_security_group_rule',
    bad: { 'main.tf': endpoint('aws_security_group.endpoint.id') + `resource "aws_security_group" "endpoint" {\n  vpc_id = var.vpc_id\n}\n\nresource "aws_security_group_rule" "https" {\n  type              = "ingress"\n  security_group_id = aws_security_group.endpoint.id\n  from_port         = 443\n  to_port           = 443\n  protocol          = "tcp"\n  cidr_blocks       = ["0.0.0.0/0"]\n}\n` },
    good: { 'main.tf': endpoint('aws_security_group.endpoint.id') + `resource "aws_security_group" "endpoint" {\n  vpc_id = var.vpc_id\n}\n\nresource "aws_security_group_rule" "https" {\n  type                     = "ingress"\n  security_group_id        = aws_security_group.endpoint.id\n  from_port                = 443\n  to_port                  = 443\n  protocol                 = "tcp"\n  source_security_group_id = var.client_sg\n}\n` },
    at: ['main.tf', 13],
  },
  {
    rule: 'CAE008',
    style: 'aws_vpc_security_group_ingress_rule',
    bad: { 'main.tf': endpoint('aws_security_group.endpoint.id') + `resource "aws_security_group" "endpoint" {\n  vpc_id = var.vpc_id\n}\n\nresource "aws_vpc_security_group_ingress_rule" "https" {\n  security_group_id = aws_security_group.endpoint.id\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n  cidr_ipv4         = "0.0.0.0/0"\n}\n` },
    good: { 'main.tf': endpoint('aws_security_group.endpoint.id') + `resource "aws_security_group" "endpoint" {\n  vpc_id = var.vpc_id\n}\n\nresource "aws_vpc_security_group_ingress_rule" "https" {\n  security_group_id            = aws_security_group.endpoint.id\n  ip_protocol                  = "tcp"\n  from_port                    = 443\n  to_port                      = 443\n  referenced_security_group_id = var.client_sg\n}\n` },
    at: ['main.tf', 13],
  },
  {
    rule: 'CAE009',
    style: 'only port 80 admitted',
    bad: { 'main.tf': endpoint('aws_security_group.endpoint.id') + `resource "aws_security_group" "endpoint" {\n  vpc_id = var.vpc_id\n  ingress {\n    from_port   = 80\n    to_port     = 80\n    protocol    = "tcp"\n    cidr_blocks = ["10.0.0.0/16"]\n  }\n}\n` },
    good: { 'main.tf': endpoint('aws_security_group.endpoint.id') + `resource "aws_security_group" "endpoint" {\n  vpc_id = var.vpc_id\n  ingress {\n    from_port   = 443\n    to_port     = 443\n    protocol    = "tcp"\n    cidr_blocks = ["10.0.0.0/16"]\n  }\n}\n` },
    at: ['main.tf', 9],
  },
  {
    rule: 'CAE010',
    style: 'one subnet',
    bad: { 'main.tf': endpoint('var.sg').replace('["subnet-0a1b2c3d", "subnet-0d4e5f6a"]', '["subnet-0a1b2c3d"]') },
    good: { 'main.tf': endpoint('var.sg') },
    at: ['main.tf', 1],
  },
  {
    rule: 'CAE011',
    style: 'second endpoint with private DNS',
    bad: { 'main.tf': endpoint('var.sg') + endpoint('var.sg').replace('"execute_api"', '"execute_api_2"') },
    good: { 'main.tf': endpoint('var.sg') + endpoint('var.sg').replace('"execute_api"', '"execute_api_2"').replace('private_dns_enabled = true', 'private_dns_enabled = false') },
    at: ['main.tf', 9],
  },
  {
    rule: 'CAE012',
    style: 'VPC without DNS hostnames',
    bad: { 'main.tf': `resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n\n` + endpoint('var.sg').replace('var.vpc_id', 'aws_vpc.main.id') },
    good: { 'main.tf': `resource "aws_vpc" "main" {\n  cidr_block           = "10.0.0.0/16"\n  enable_dns_support   = true\n  enable_dns_hostnames = true\n}\n\n` + endpoint('var.sg').replace('var.vpc_id', 'aws_vpc.main.id') },
    at: ['main.tf', 1],
  },
  {
    rule: 'CAE013',
    style: 'common rule set as is',
    bad: { 'waf.tf': wafAcl('') },
    good: { 'waf.tf': wafAcl('        rule_action_override {\n          name = "SizeRestrictions_BODY"\n          action_to_use {\n            count {}\n          }\n        }\n') },
    at: ['waf.tf', 1],
  },
  {
    rule: 'CAE014',
    style: 'inline rules without the ephemeral range out',
    bad: { 'nacl.tf': `resource "aws_network_acl" "endpoint" {\n  vpc_id = var.vpc_id\n  ingress {\n    rule_no    = 100\n    action     = "allow"\n    protocol   = "tcp"\n    from_port  = 443\n    to_port    = 443\n    cidr_block = "10.0.0.0/16"\n  }\n  egress {\n    rule_no    = 100\n    action     = "allow"\n    protocol   = "tcp"\n    from_port  = 443\n    to_port    = 443\n    cidr_block = "10.0.0.0/16"\n  }\n}\n` },
    good: { 'nacl.tf': `resource "aws_network_acl" "endpoint" {\n  vpc_id = var.vpc_id\n  ingress {\n    rule_no    = 100\n    action     = "allow"\n    protocol   = "tcp"\n    from_port  = 443\n    to_port    = 443\n    cidr_block = "10.0.0.0/16"\n  }\n  egress {\n    rule_no    = 100\n    action     = "allow"\n    protocol   = "tcp"\n    from_port  = 1024\n    to_port    = 65535\n    cidr_block = "10.0.0.0/16"\n  }\n}\n` },
    at: ['nacl.tf', 1],
  },
  {
    rule: 'CAE014',
    style: 'separate rules, a Resolver inbound endpoint, no DNS in',
    bad: { 'nacl.tf': naclWith('') },
    good: { 'nacl.tf': naclWith(`resource "aws_network_acl_rule" "dns_udp" {\n  network_acl_id = aws_network_acl.endpoint.id\n  rule_number    = 110\n  egress         = false\n  protocol       = "udp"\n  rule_action    = "allow"\n  cidr_block     = "192.168.0.0/16"\n  from_port      = 53\n  to_port        = 53\n}\n\nresource "aws_network_acl_rule" "dns_tcp" {\n  network_acl_id = aws_network_acl.endpoint.id\n  rule_number    = 120\n  egress         = false\n  protocol       = "6"\n  rule_action    = "allow"\n  cidr_block     = "192.168.0.0/16"\n  from_port      = 53\n  to_port        = 53\n}\n`) },
    at: ['nacl.tf', 1],
  },
  {
    rule: 'CAE015',
    style: 'regional domain aliased through the cloudfront attributes',
    bad: { 'dns.tf': domainAndRecord('cloudfront') },
    good: { 'dns.tf': domainAndRecord('regional') },
    at: ['dns.tf', 10],
  },
  {
    rule: 'CAE016',
    style: 'private domain, no access association',
    bad: { 'domain.tf': privateDomain() },
    good: { 'domain.tf': privateDomain() + `\nresource "aws_api_gateway_domain_name_access_association" "this" {\n  access_association_source      = aws_vpc_endpoint.execute_api.id\n  access_association_source_type = "VPCE"\n  domain_name_arn                = aws_api_gateway_domain_name.internal.arn\n}\n` },
    at: ['domain.tf', 1],
  },
  {
    rule: 'CAE017',
    style: 'edge domain, certificate issued by the default (eu-west-1) provider',
    bad: { 'main.tf': edgeDomain('') },
    good: { 'main.tf': edgeDomain('  provider          = aws.us_east_1\n') },
    at: ['main.tf', 15],
  },
  {
    rule: 'CAE017',
    style: 'regional domain, literal ARN from another Region',
    bad: { 'main.tf': `provider "aws" {\n  region = "eu-west-1"\n}\n\nresource "aws_api_gateway_domain_name" "api" {\n  domain_name              = "api.example.com"\n  regional_certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/abc"\n  security_policy          = "TLS_1_2"\n  endpoint_configuration {\n    types = ["REGIONAL"]\n  }\n}\n` },
    good: { 'main.tf': `provider "aws" {\n  region = "eu-west-1"\n}\n\nresource "aws_api_gateway_domain_name" "api" {\n  domain_name              = "api.example.com"\n  regional_certificate_arn = "arn:aws:acm:eu-west-1:111122223333:certificate/abc"\n  security_policy          = "TLS_1_2"\n  endpoint_configuration {\n    types = ["REGIONAL"]\n  }\n}\n` },
    at: ['main.tf', 5],
  },
  {
    rule: 'CAE018',
    style: 'private DNS off, nothing else to resolve the API',
    bad: { 'main.tf': privateApi() + docPolicy(ALLOW + DENY) + endpoint('var.sg').replace('private_dns_enabled = true', 'private_dns_enabled = false') },
    good: { 'main.tf': privateApi() + docPolicy(ALLOW + DENY) + endpoint('var.sg').replace('private_dns_enabled = true', 'private_dns_enabled = false') + `\nresource "aws_route53_zone" "internal" {\n  name = "internal.example.com"\n  vpc {\n    vpc_id = var.vpc_id\n  }\n}\n` },
    at: ['main.tf', 1],
  },
  {
    rule: 'CAE019',
    style: 'method settings with INFO logging, no account role',
    bad: { 'logs.tf': methodSettings('') },
    good: { 'logs.tf': methodSettings(`\nresource "aws_api_gateway_account" "this" {\n  cloudwatch_role_arn = var.cloudwatch_role_arn\n}\n`) },
    at: ['logs.tf', 1],
  },
  {
    rule: 'CAE020',
    style: 'an unconditional Deny on POST /admin/*',
    bad: { 'main.tf': adminApi('["execute-api:/*/POST/admin/*"]') },
    good: { 'main.tf': adminApi('["execute-api:/*/DELETE/admin/*"]') },
    at: ['main.tf', 29],
  },
  {
    rule: 'CAE021',
    style: 'consumer endpoints in a variable the policy never uses',
    bad: { 'main.tf': consumerApi('[var.vpce_id]') },
    good: { 'main.tf': consumerApi('local.allowed') + `\nlocals {\n  allowed = concat([var.vpce_id], var.consumer_vpc_endpoint_ids)\n}\n` },
    at: ['main.tf', 39],
  },
  {
    rule: 'CAE022',
    style: 'zone associated with another VPC',
    bad: { 'dns.tf': zoneFor('var.other_vpc_id', '') },
    good: { 'dns.tf': zoneFor('var.other_vpc_id', `\nresource "aws_route53_zone_association" "callers" {\n  zone_id = aws_route53_zone.internal.zone_id\n  vpc_id  = var.vpc_id\n}\n`) },
    at: ['dns.tf', 9],
  },
  {
    rule: 'CAE023',
    style: 'the policy names another endpoint of the tree',
    bad: { 'main.tf': associatedApi('aws_vpc_endpoint.legacy.id') },
    good: { 'main.tf': associatedApi('aws_vpc_endpoint.execute_api.id') },
    at: ['main.tf', 35],
  },
  {
    rule: 'CAE024',
    style: 'a distribution in front of the regional stage, no origin secret',
    bad: { 'cdn.tf': cdnFor('') },
    good: { 'cdn.tf': cdnFor('    custom_header {\n      name  = "X-Origin-Verify"\n      value = var.secret\n    }\n'), 'waf.tf': originCheckAcl },
    at: ['cdn.tf', 1],
  },
  {
    rule: 'CAE024',
    style: 'a secret header that no web ACL checks',
    bad: { 'cdn.tf': cdnFor('    custom_header {\n      name  = "x-origin-verify"\n      value = var.secret\n    }\n') },
    good: { 'cdn.tf': cdnFor('    custom_header {\n      name  = "x-origin-verify"\n      value = var.secret\n    }\n'), 'waf.tf': originCheckAcl },
    at: ['cdn.tf', 1],
  },
  {
    rule: 'CAE025',
    style: 'a V2 link on the integration, no target',
    bad: { 'main.tf': linkedIntegration('aws_apigatewayv2_vpc_link.this.id', '') },
    good: { 'main.tf': linkedIntegration('aws_apigatewayv2_vpc_link.this.id', '  integration_target = var.nlb_arn\n') },
    at: ['main.tf', 1],
  },
  {
    rule: 'CAE026',
    style: 'a V1 link to the NLB',
    bad: { 'main.tf': `resource "aws_api_gateway_vpc_link" "this" {\n  name        = "orders"\n  target_arns = [var.nlb_arn]\n}\n` + linkedIntegration('aws_api_gateway_vpc_link.this.id', '') },
    good: { 'main.tf': linkedIntegration('aws_apigatewayv2_vpc_link.this.id', '  integration_target = var.nlb_arn\n') },
    at: ['main.tf', 1],
  },
];

function linkedIntegration(connection: string, target: string) {
  return `resource "aws_api_gateway_integration" "this" {\n  rest_api_id             = var.rest_api_id\n  resource_id             = var.resource_id\n  http_method             = "ANY"\n  type                    = "HTTP_PROXY"\n  integration_http_method = "ANY"\n  connection_type         = "VPC_LINK"\n  connection_id           = ${connection}\n${target}  uri                     = "https://orders.internal.example.com/{proxy}"\n}\n`;
}

function cdnFor(header: string) {
  return `resource "aws_cloudfront_distribution" "this" {\n  enabled = true\n  origin {\n    origin_id   = "api"\n    domain_name = "\${aws_api_gateway_rest_api.this.id}.execute-api.eu-west-1.amazonaws.com"\n${header}  }\n}\n`;
}


function wafAcl(override: string) {
  return `resource "aws_wafv2_web_acl" "api" {\n  name  = "api"\n  scope = "REGIONAL"\n  default_action {\n    allow {}\n  }\n  rule {\n    name     = "common"\n    priority = 1\n    override_action {\n      none {}\n    }\n    statement {\n      managed_rule_group_statement {\n        name        = "AWSManagedRulesCommonRuleSet"\n        vendor_name = "AWS"\n${override}      }\n    }\n    visibility_config {\n      cloudwatch_metrics_enabled = true\n      metric_name                = "common"\n      sampled_requests_enabled   = true\n    }\n  }\n  visibility_config {\n    cloudwatch_metrics_enabled = true\n    metric_name                = "api"\n    sampled_requests_enabled   = true\n  }\n}\n`;
}

for (const c of CASES) {
  test(`${c.rule} (${c.style}): the violating tree gives the finding on its block, the fixed twin none`, async () => {
    const bad = await findings(c.bad);
    const hits = bad.findings.filter((f) => f.rule === c.rule);
    assert.equal(hits.length, 1, `${c.rule}: ${JSON.stringify(bad.findings.map((f) => [f.rule, f.file, f.line, f.message]))}`);
    assert.deepEqual([hits[0]!.file, hits[0]!.line], c.at);
    assert.ok(hits[0]!.fix.length > 0 && hits[0]!.address.length > 0);
    const good = await findings(c.good);
    assert.deepEqual(good.findings.filter((f) => f.rule === c.rule).map((f) => f.message), []);
  });
}

test('every rule of check has a violating case above', async () => {
  const { CHECK_RULES } = await import('../src/app/check.js');
  assert.deepEqual([...new Set(CASES.map((c) => c.rule))].sort(), CHECK_RULES.map((r) => r.id).sort());
});

test('what cannot be evaluated statically is skipped and counted, never a false error', async () => {
  const out = await findings({
    'main.tf': privateApi() + `resource "aws_api_gateway_rest_api_policy" "this" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  policy      = file("\${path.module}/policy.json")\n}\n` + endpoint('var.sg').replace('["subnet-0a1b2c3d", "subnet-0d4e5f6a"]', 'var.subnet_ids'),
  });
  assert.deepEqual(out.findings.filter((f) => f.severity === 'error'), []);
  assert.ok(out.skipped.some((s) => s.rule === 'CAE002') && out.skipped.some((s) => s.rule === 'CAE010'), JSON.stringify(out.skipped));
});

test('local modules are followed with their arguments; remote ones are listed as not analysed; count = 0 resources do not exist', async () => {
  const out = await findings({
    'main.tf': `module "api" {\n  source  = "./modules/api"\n  enabled = false\n}\n\nmodule "vpc" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "~> 5.0"\n}\n\nmodule "stage" {\n  source     = "./modules/stage"\n  tls_policy = "TLS_1_0"\n}\n`,
    'modules/api/main.tf': `variable "enabled" {\n  type    = bool\n  default = true\n}\n\nresource "aws_api_gateway_rest_api" "this" {\n  count = var.enabled ? 1 : 0\n  name  = "x"\n  endpoint_configuration {\n    types = ["PRIVATE"]\n  }\n}\n`,
    'modules/stage/main.tf': `variable "tls_policy" {\n  type    = string\n  default = "TLS_1_2"\n}\n\nresource "aws_api_gateway_domain_name" "this" {\n  domain_name     = "api.example.com"\n  security_policy = var.tls_policy\n}\n`,
  });
  assert.deepEqual(out.notAnalysed.map((m) => [m.module, m.source]), [['vpc', 'terraform-aws-modules/vpc/aws']]);
  assert.deepEqual(out.findings.map((f) => [f.rule, f.file]), [['CAE006', 'modules/stage/main.tf']], 'the TLS policy passed by the caller, and no CAE001 for a disabled API');
});

test('a finding is suppressed by a comment with a reason; without a reason it still counts and says why', async () => {
  const stage = (comment: string) => `${comment}\nresource "aws_api_gateway_stage" "prod" {\n  rest_api_id   = "abc"\n  deployment_id = "def"\n  stage_name    = "prod"\n}\n`;
  const ok = await findings({ 'stage.tf': stage('# create-api-endpoint:ignore CAE007 logs go to the central Kinesis stream') });
  assert.deepEqual(ok.findings, []);
  assert.deepEqual(ok.suppressed.map((s) => [s.rule, s.reason]), [['CAE007', 'logs go to the central Kinesis stream']]);
  const bare = await findings({ 'stage.tf': stage('# create-api-endpoint:ignore CAE007') });
  assert.equal(bare.findings.length, 1);
  assert.match(bare.findings[0]!.message, /has no reason, so it does not count/);
});

test('a nested block built with dynamic is not "missing": the rule skips it and counts the skip', async () => {
  const out = await findings({ 'stage.tf': `resource "aws_api_gateway_stage" "this" {\n  rest_api_id   = "a"\n  deployment_id = "b"\n  stage_name    = "v1"\n  dynamic "access_log_settings" {\n    for_each = var.log_group_arn == null ? [] : [1]\n    content {\n      destination_arn = var.log_group_arn\n      format          = "$context.requestId"\n    }\n  }\n}\n` });
  assert.deepEqual(out.findings, []);
  assert.deepEqual(out.skipped.map((s) => s.rule), ['CAE007']);
});

test('trees written like popular public modules give no false errors: OpenAPI body, count everywhere, HTTP API', async () => {
  const out = await findings({
    'main.tf': `variable "create" {\n  type    = bool\n  default = true\n}\n\nresource "aws_api_gateway_rest_api" "this" {\n  count = var.create ? 1 : 0\n  name  = "openapi"\n  body  = file("\${path.module}/openapi.yaml")\n  endpoint_configuration {\n    types = ["REGIONAL"]\n  }\n}\n\nresource "aws_api_gateway_deployment" "this" {\n  count       = var.create ? 1 : 0\n  rest_api_id = aws_api_gateway_rest_api.this[0].id\n  triggers    = { redeployment = sha1(aws_api_gateway_rest_api.this[0].body) }\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n\nresource "aws_apigatewayv2_api" "http" {\n  name          = "http"\n  protocol_type = "HTTP"\n}\n\nresource "aws_apigatewayv2_domain_name" "http" {\n  domain_name = "http.example.com"\n  domain_name_configuration {\n    certificate_arn = var.cert\n    endpoint_type   = "REGIONAL"\n    security_policy = "TLS_1_2"\n  }\n}\n`,
  });
  assert.deepEqual(out.findings, []);
});

test('bad input is exit-2 material: no .tf files, unparsable HCL with its file and line', async () => {
  await assert.rejects(findings({ 'README.md': '# no terraform here\n' }), /no \.tf files there/);
  await assert.rejects(findings({ 'main.tf': 'resource "x" "y" {\n  a = \n}\n' }), /main\.tf:2: /);
});

test('a folder parsed in one go is split back per file exactly, or parsed file by file when declarations are indented', async () => {
  const stage = (name: string, indent = '') => `${indent}resource "aws_api_gateway_stage" "${name}" {\n${indent}  rest_api_id   = "a"\n${indent}  deployment_id = "b"\n${indent}  stage_name    = "${name}"\n${indent}}\n`;
  for (const indent of ['', '  ']) {
    const out = await findings({ 'a.tf': `# a\n${stage('one', indent)}`, 'b.tf': `\n\n\n${stage('two', indent)}` });
    assert.deepEqual(out.findings.map((f) => [f.address, f.file, f.line]).sort(), [['aws_api_gateway_stage.one', 'a.tf', 2], ['aws_api_gateway_stage.two', 'b.tf', 4]], `indent ${JSON.stringify(indent)}`);
  }
});

function naclWith(extra: string) {
  return `resource "aws_network_acl" "endpoint" {\n  vpc_id = var.vpc_id\n}\n\nresource "aws_network_acl_rule" "https_in" {\n  network_acl_id = aws_network_acl.endpoint.id\n  rule_number    = 100\n  egress         = false\n  protocol       = "tcp"\n  rule_action    = "allow"\n  cidr_block     = "192.168.0.0/16"\n  from_port      = 443\n  to_port        = 443\n}\n\nresource "aws_network_acl_rule" "ephemeral_out" {\n  network_acl_id = aws_network_acl.endpoint.id\n  rule_number    = 100\n  egress         = true\n  protocol       = "-1"\n  rule_action    = "allow"\n  cidr_block     = "192.168.0.0/16"\n}\n\nresource "aws_route53_resolver_endpoint" "inbound" {\n  direction          = "INBOUND"\n  security_group_ids = [var.sg]\n  ip_address {\n    subnet_id = var.subnet_a\n  }\n  ip_address {\n    subnet_id = var.subnet_b\n  }\n}\n\n${extra}`;
}

function domainAndRecord(kind: 'cloudfront' | 'regional') {
  return `resource "aws_api_gateway_domain_name" "api" {\n  domain_name              = "api.example.com"\n  regional_certificate_arn = var.cert\n  security_policy          = "TLS_1_2"\n  endpoint_configuration {\n    types = ["REGIONAL"]\n  }\n}\n\nresource "aws_route53_record" "api" {\n  zone_id = var.zone_id\n  name    = "api.example.com"\n  type    = "A"\n  alias {\n    name                   = aws_api_gateway_domain_name.api.${kind}_domain_name\n    zone_id                = aws_api_gateway_domain_name.api.${kind}_zone_id\n    evaluate_target_health = false\n  }\n}\n`;
}

function privateDomain() {
  return `resource "aws_api_gateway_domain_name" "internal" {\n  domain_name     = "api.internal.example.com"\n  certificate_arn = var.cert\n  security_policy = "TLS_1_2"\n  endpoint_configuration {\n    types = ["PRIVATE"]\n  }\n  policy = var.domain_policy\n}\n`;
}

function edgeDomain(providerLine: string) {
  return `provider "aws" {\n  region = "eu-west-1"\n}\n\nprovider "aws" {\n  alias  = "us_east_1"\n  region = "us-east-1"\n}\n\nresource "aws_acm_certificate" "api" {\n${providerLine}  domain_name       = "api.example.com"\n  validation_method = "DNS"\n}\n\nresource "aws_api_gateway_domain_name" "api" {\n  domain_name     = "api.example.com"\n  certificate_arn = aws_acm_certificate.api.arn\n  security_policy = "TLS_1_2"\n}\n`;
}

function methodSettings(extra: string) {
  return `resource "aws_api_gateway_method_settings" "all" {\n  rest_api_id = var.api_id\n  stage_name  = "prod"\n  method_path = "*/*"\n  settings {\n    logging_level   = "INFO"\n    metrics_enabled = true\n  }\n}\n${extra}`;
}

function adminApi(denied: string) {
  return `resource "aws_api_gateway_rest_api" "this" {\n  name = "admin"\n  endpoint_configuration {\n    types = ["REGIONAL"]\n  }\n}\n\ndata "aws_iam_policy_document" "api" {\n  statement {\n    effect    = "Allow"\n    actions   = ["execute-api:Invoke"]\n    resources = ["execute-api:/*"]\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n  }\n  statement {\n    effect    = "Deny"\n    actions   = ["execute-api:Invoke"]\n    resources = ${denied}\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n  }\n}\n\nresource "aws_api_gateway_rest_api_policy" "this" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  policy      = data.aws_iam_policy_document.api.json\n}\n\nresource "aws_api_gateway_resource" "admin" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  parent_id   = aws_api_gateway_rest_api.this.root_resource_id\n  path_part   = "admin"\n}\n\nresource "aws_api_gateway_resource" "users" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  parent_id   = aws_api_gateway_resource.admin.id\n  path_part   = "users"\n}\n\nresource "aws_api_gateway_method" "create_user" {\n  rest_api_id   = aws_api_gateway_rest_api.this.id\n  resource_id   = aws_api_gateway_resource.users.id\n  http_method   = "POST"\n  authorization = "AWS_IAM"\n}\n`;
}

function consumerApi(values: string) {
  return privateApi() + `variable "consumer_vpc_endpoint_ids" {\n  type    = list(string)\n  default = []\n}\n\ndata "aws_iam_policy_document" "api" {\n${ALLOW}  statement {\n    effect    = "Deny"\n    actions   = ["execute-api:Invoke"]\n    resources = ["execute-api:/*"]\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n    condition {\n      test     = "StringNotEquals"\n      variable = "aws:SourceVpce"\n      values   = ${values}\n    }\n  }\n}\n\nresource "aws_api_gateway_rest_api_policy" "this" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  policy      = data.aws_iam_policy_document.api.json\n}\n`;
}

function zoneFor(zoneVpc: string, extra: string) {
  return endpoint('var.sg') + `resource "aws_route53_zone" "internal" {\n  name = "internal.example.com"\n  vpc {\n    vpc_id = ${zoneVpc}\n  }\n}\n\nresource "aws_route53_record" "api" {\n  zone_id = aws_route53_zone.internal.zone_id\n  name    = "api.internal.example.com"\n  type    = "A"\n  alias {\n    name                   = aws_vpc_endpoint.execute_api.dns_entry[0].dns_name\n    zone_id                = aws_vpc_endpoint.execute_api.dns_entry[0].hosted_zone_id\n    evaluate_target_health = false\n  }\n}\n${extra}`;
}

function associatedApi(allowed: string) {
  return `resource "aws_api_gateway_rest_api" "this" {\n  name = "orders"\n  endpoint_configuration {\n    types            = ["PRIVATE"]\n    vpc_endpoint_ids = [aws_vpc_endpoint.execute_api.id]\n  }\n}\n\ndata "aws_iam_policy_document" "api" {\n${ALLOW}  statement {\n    effect    = "Deny"\n    actions   = ["execute-api:Invoke"]\n    resources = ["execute-api:/*"]\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n    condition {\n      test     = "StringNotEquals"\n      variable = "aws:SourceVpce"\n      values   = [${allowed}]\n    }\n  }\n}\n\nresource "aws_api_gateway_rest_api_policy" "this" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  policy      = data.aws_iam_policy_document.api.json\n}\n`;
}
