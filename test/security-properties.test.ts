// The security promises, asserted on every golden scenario's parsed Terraform (hcl2json),
// independently of the security check's own code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { walk } from './helpers/cli.js';
import { join, relative } from 'node:path';
import { parse } from '@cdktf/hcl2json';

const root = new URL('../snapshots/', import.meta.url).pathname;
type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any


async function load(scenario: string) {
  const dir = join(root, scenario, 'expected');
  const resources: Array<{ type: string; name: string; body: Body; file: string }> = [];
  for (const file of walk(dir).filter((f) => f.endsWith('.tf'))) {
    const doc = await parse(file, readFileSync(file, 'utf8'));
    for (const kind of ['resource', 'data']) {
      for (const [type, byName] of Object.entries((doc[kind] ?? {}) as Record<string, Record<string, Body[]>>))
        for (const [name, list] of Object.entries(byName)) resources.push({ type: kind === 'data' ? `data.${type}` : type, name, body: list[0]!, file: relative(dir, file) });
    }
  }
  return resources;
}

const scenarios = readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory());

for (const scenario of scenarios) {
  test(`${scenario}: security properties hold`, async () => {
    const rs = await load(scenario);
    const of = (type: string) => rs.filter((r) => r.type === type);

    for (const r of of('aws_vpc_security_group_ingress_rule')) {
      assert.notEqual(r.body.cidr_ipv4, '0.0.0.0/0', `${r.file}: ${r.name} open to the internet`);
      assert.ok(typeof r.body.description === 'string' && r.body.description.length > 0, `${r.name} has no description`);
    }
    for (const r of of('aws_security_group')) assert.equal(r.body.ingress, undefined, 'ingress only through separate rule resources');

    // A baseline as a root of its own holds no API: what every API shares is protected.
    if (!of('aws_api_gateway_rest_api').length && !of('aws_vpc_endpoint').length) {
      const account = of('aws_api_gateway_account')[0]!;
      assert.ok(account, 'a root with neither an API nor an endpoint is an account baseline: it has the account setting');
      assert.equal(account.body.lifecycle[0].prevent_destroy, true, 'the account setting is protected against destroy');
      assert.match(of('aws_iam_role_policy_attachment')[0]!.body.policy_arn, /AmazonAPIGatewayPushToCloudWatchLogs$/);
      return;
    }
    if (!of('aws_api_gateway_rest_api').length) {
      const endpoint = of('aws_vpc_endpoint')[0]!;
      assert.ok(endpoint, 'a root with no API is a network baseline: it has the endpoint');
      assert.equal(endpoint.body.lifecycle[0].prevent_destroy, true, 'the shared endpoint is protected against destroy');
      assert.equal(of('aws_security_group').find((g) => g.name === 'endpoint')!.body.lifecycle[0].prevent_destroy, true);
      return;
    }
    const stages = of('aws_api_gateway_stage');
    assert.equal(stages.length, 1);
    for (const s of stages) assert.match(s.body.access_log_settings[0].destination_arn, /aws_cloudwatch_log_group\.access\.arn/);
    const settings = of('aws_api_gateway_method_settings');
    assert.equal(settings[0]!.body.settings[0].metrics_enabled, true);

    for (const d of of('aws_api_gateway_domain_name')) assert.equal(d.body.security_policy, 'TLS_1_2');

    const api = of('aws_api_gateway_rest_api')[0]!;
    const isPrivate = api.body.endpoint_configuration[0].types.includes('PRIVATE');
    if (isPrivate) {
      const doc = rs.find((r) => r.type === 'data.aws_iam_policy_document' && r.name === 'api')!;
      const deny = doc.body.statement.find((s: Body) => s.effect === 'Deny');
      assert.ok(deny, 'private API policy has a Deny');
      assert.deepEqual(deny.actions, ['execute-api:Invoke']);
      assert.equal(deny.condition[0].test, 'StringNotEquals');
      assert.equal(deny.condition[0].variable, 'aws:SourceVpce');
      assert.match(deny.condition[0].values, /local\.allowed_vpc_endpoint_ids/);
      const deployment = of('aws_api_gateway_deployment')[0]!;
      if (api.body.body !== undefined) {
        // An OpenAPI API: the policy travels in the body (an overwrite import keeps it), and the
        // deployment hashes the whole body; no separate policy resource to drop.
        assert.equal(of('aws_api_gateway_rest_api_policy').length, 0);
        assert.equal(api.body.put_rest_api_mode, 'overwrite');
        assert.equal(deployment.body.triggers.redeployment, '${sha1(aws_api_gateway_rest_api.this.body)}');
        const openapi = readFileSync(join(root, scenario, 'expected', 'modules/rest-api/openapi.tf'), 'utf8');
        assert.match(openapi, /"x-amazon-apigateway-policy"\s+= jsondecode\(data\.aws_iam_policy_document\.api\.json\)/);
        assert.match(openapi, /"x-amazon-apigateway-endpoint-configuration" = merge\(.*\{ vpcEndpointIds = local\.allowed_vpc_endpoint_ids \}\)/);
      } else {
        assert.match(deployment.body.triggers.redeployment, /aws_api_gateway_rest_api_policy\.this\.policy/);
        assert.ok(deployment.body.depends_on.some((d: string) => /aws_api_gateway_rest_api_policy\.this/.test(d)));
      }
      // The API module takes the VPC's endpoint as an input; the endpoint itself is the network
      // baseline's (modules/vpc-endpoint), created here only when no existing one was given.
      assert.match(api.body.endpoint_configuration[0].vpc_endpoint_ids, /local\.allowed_vpc_endpoint_ids/);
      const endpoints = of('aws_vpc_endpoint').filter((e) => e.file.startsWith('modules/vpc-endpoint/'));
      const answers = readFileSync(join(root, scenario, 'answers.yaml'), 'utf8');
      assert.equal(endpoints.length, /vpc-endpoint-id:/.test(answers) ? 0 : 1, 'one endpoint per VPC, in the baseline module');
      for (const endpoint of endpoints) {
        assert.equal(endpoint.body.vpc_endpoint_type, 'Interface');
        assert.match(endpoint.body.service_name, /execute-api$/);
        assert.match(endpoint.body.private_dns_enabled, /var\.private_dns_enabled/);
      }
      assert.equal(of('aws_vpc_endpoint').filter((e) => e.file.startsWith('modules/rest-api/')).length, 0, 'the per-API module never creates an endpoint');
    } else {
      assert.equal(of('aws_vpc_endpoint').length, 0);
    }
    if (of('aws_cloudfront_distribution').length) {
      const cf = of('aws_cloudfront_distribution')[0]!.body;
      assert.equal(cf.origin[0].custom_origin_config[0].origin_protocol_policy, 'https-only');
      assert.equal(cf.default_cache_behavior[0].viewer_protocol_policy, 'https-only');
      assert.match(cf.default_cache_behavior[0].cache_policy_id, /disabled/);
    }
  });
}
