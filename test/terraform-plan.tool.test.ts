// `terraform test` (command = plan, mock_provider) with the REAL hashicorp/aws provider from the
// machine's filesystem mirror, on every snapshot — and on a root that creates the VPC, subnets,
// security groups and certificates in the same configuration and passes their IDs to our
// modules (count and for_each must be known at plan time), with a second private API reusing
// the first one's endpoint. Skips, saying why, where terraform or the mirror is missing.
import { toolTest } from './helpers/tools.js';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmp } from './helpers/cli.js';
import { providerFiveCopy, terraformSkip, terraformTest } from './helpers/terraform.js';

/** A mocked policy document is random text, which the provider refuses as a policy: give it a valid empty one. */
const MOCK_POLICY =
  '  mock_data "aws_iam_policy_document" {\n    defaults = {\n      json = "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[]}"\n    }\n  }\n' +
  // ARNs built from the partition must be ARNs.
  '  mock_data "aws_partition" {\n    defaults = {\n      partition = "aws"\n    }\n  }\n' +
  // A VPC set up for private DNS (the precondition reads it).
  '  mock_data "aws_vpc" {\n    defaults = {\n      cidr_block           = "10.0.0.0/16"\n      enable_dns_support   = true\n      enable_dns_hostnames = true\n    }\n  }';

/** The endpoint's subnets in two Availability Zones (a mocked data source gives every instance the same values). */
const twoZones = (module: string, zones = ['eu-west-1a', 'eu-west-1b']) =>
  zones.map((az, i) => `override_data {\n  target = ${module}.data.aws_subnet.endpoint[${i}]\n  values = {\n    availability_zone = "${az}"\n  }\n}`).join('\n\n');

const snapshots = new URL('../snapshots/', import.meta.url).pathname;
const scenarios = readdirSync(snapshots).filter((d) => statSync(join(snapshots, d)).isDirectory());

for (const scenario of scenarios) {
  toolTest(`terraform test (plan, mock provider) passes on snapshot ${scenario}`, terraformSkip, { timeout: 300_000 }, () => {
    const { work, env } = providerFiveCopy(join(snapshots, scenario, 'expected'));
    // A root with nothing to fill in (the account baseline) has no example.
    if (existsSync(join(work, 'terraform.tfvars.example'))) copyFileSync(join(work, 'terraform.tfvars.example'), join(work, 'terraform.tfvars'));
    const usEast1 = /alias\s*=\s*"us_east_1"/.test(readFileSync(join(work, 'providers.tf'), 'utf8'));
    const domain = join(work, 'modules/rest-api/domain.tf');
    const readsEndpoint = existsSync(domain) && /data "aws_vpc_endpoint" "this"/.test(readFileSync(domain, 'utf8'));
    mkdirSync(join(work, 'tests'));
    writeFileSync(
      join(work, 'tests', 'plan.tftest.hcl'),
      [
        `mock_provider "aws" {\n${MOCK_POLICY}\n}`,
        usEast1 ? `mock_provider "aws" {\n  alias = "us_east_1"\n${MOCK_POLICY}\n}` : '',
        // A mocked data source returns empty lists; the private zone's alias reads the endpoint's first DNS entry.
        existsSync(join(work, 'modules/vpc-endpoint')) ? twoZones('module.endpoint') : '',
        readsEndpoint ? 'override_data {\n  target = module.api.data.aws_vpc_endpoint.this[0]\n  values = {\n    vpc_id    = "vpc-0a1b2c3d"\n    dns_entry = [{ dns_name = "vpce-0a1b2c3d.execute-api.eu-west-1.vpce.amazonaws.com", hosted_zone_id = "Z7HUB22UULQXV" }]\n  }\n}' : '',
        'run "plan" {\n  command = plan\n}',
        '',
      ].join('\n\n'),
    );
    const r = terraformTest(work, env);
    assert.equal(r.status, 0, r.output);
    assert.match(r.output, /1 passed, 0 failed/);
  });
}

toolTest('a root that creates the VPC, subnets, security groups and certificates in the same apply can pass them to our modules (count and for_each known at plan time); a second private API reuses the first one\'s endpoint', terraformSkip, { timeout: 300_000 }, () => {
  const root = tmp('cae-composed-');
  // Copies of the generated modules, as a platform repository would vendor them.
  for (const [name, scenario] of [['private', 'private'], ['second', 'private-second-api'], ['edge', 'edge-domain'], ['hybrid', 'private-hybrid'], ['xacct', 'private-cross-account-domain'], ['nlb', 'private-nlb'], ['alb', 'regional-alb-shared-link']] as const)
    providerFiveCopy(join(snapshots, scenario, 'expected', 'modules'), join(root, name));
  const { env } = providerFiveCopy(tmp(), join(root, '.cfg'));
  writeFileSync(
    join(root, 'main.tf'),
    `terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = []
    }
  }
}

provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
}

# A participant account of a VPC the network account shares through AWS RAM, and the network account.
provider "aws" {
  alias  = "participant"
  region = "eu-west-1"
}

provider "aws" {
  alias  = "network"
  region = "eu-west-1"
}

resource "aws_vpc" "this" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
}

resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.this.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "eu-west-1a"
}

resource "aws_subnet" "b" {
  vpc_id            = aws_vpc.this.id
  cidr_block        = "10.0.2.0/24"
  availability_zone = "eu-west-1b"
}

resource "aws_security_group" "clients" {
  name   = "clients"
  vpc_id = aws_vpc.this.id
}

resource "aws_acm_certificate" "internal" {
  domain_name       = "billing.internal.example.com"
  validation_method = "DNS"
}

resource "aws_acm_certificate" "public" {
  provider          = aws.us_east_1
  domain_name       = "api.example.com"
  validation_method = "DNS"
}

# The VPC's network baseline, once: IDs of resources created in this same apply.
module "endpoint" {
  source = "./private/vpc-endpoint"

  name                      = "orders-api"
  vpc_id                    = aws_vpc.this.id
  subnet_ids                = [aws_subnet.a.id, aws_subnet.b.id]
  client_security_group_ids = [aws_security_group.clients.id]
  manage_network_acl        = true
  # Hub and spoke: two spoke VPCs of this account (created in this apply) and one of another account.
  spoke_vpc_ids            = [aws_vpc.spoke_a.id, aws_vpc.spoke_b.id]
  spoke_authorized_vpc_ids = ["vpc-0f1e2d3c4b5a69788"]
  client_cidr_blocks       = ["10.1.0.0/16", "10.2.0.0/16"]
}

resource "aws_vpc" "spoke_a" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc" "spoke_b" {
  cidr_block = "10.2.0.0/16"
}

module "orders" {
  source = "./private/rest-api"

  name             = "orders-api"
  vpc_endpoint_ids = [module.endpoint.vpc_endpoint_id]
}

# The second private API in the same VPC: no endpoint of its own.
module "billing" {
  source = "./second/rest-api"

  name             = "billing-api"
  vpc_endpoint_ids = [module.endpoint.vpc_endpoint_id]
  domain_name      = "billing.internal.example.com"
  certificate_arn  = aws_acm_certificate.internal.arn
  backend_url      = "https://billing.internal.example.com"
}

# A hybrid baseline in another VPC, its on-premises ranges and NACL on.
module "hybrid_endpoint" {
  source = "./hybrid/vpc-endpoint"

  name               = "ledger-api"
  vpc_id             = aws_vpc.this.id
  subnet_ids         = [aws_subnet.a.id, aws_subnet.b.id]
  onprem_cidr_blocks = ["10.20.0.0/16"]
  manage_network_acl = true
}

# A consumer in a VPC that already has an execute-api endpoint: it reuses it.
module "consumer" {
  source = "./xacct/consumer"

  vpc_id              = aws_vpc.this.id
  create_vpc_endpoint = false
  vpc_endpoint_id     = module.endpoint.vpc_endpoint_id
  subnet_ids          = []
  domain_name_arn     = "arn:aws:apigateway:eu-west-1:111122223333:/domainnames/ledger.internal.example.com+abcdef1234"
}

# A private API in a participant account of a RAM-shared VPC: the execute-api endpoint and the VPC are
# the network account's. Its private zone is created against a VPC of the participant's own, the
# shared VPC authorized; the endpoint's DNS name and zone are given (the participant cannot read it).
resource "aws_vpc" "participant" {
  provider   = aws.participant
  cidr_block = "10.9.0.0/16"
}

module "payments" {
  source    = "./second/rest-api"
  providers = { aws = aws.participant }

  name                  = "payments-api"
  vpc_endpoint_ids      = ["vpce-0a1b2c3d4e5f60718"]
  domain_name           = "payments.internal.example.com"
  certificate_arn       = "arn:aws:acm:eu-west-1:444455556666:certificate/01234567-89ab-cdef-0123-456789abcdef"
  backend_url           = "https://payments.internal.example.com"
  vpc_endpoint_dns_name = "vpce-0a1b2c3d4e5f60718-abcdefgh.execute-api.eu-west-1.vpce.amazonaws.com"
  vpc_endpoint_zone_id  = "Z7HUB22UULQXV"
  zone_vpc_id           = aws_vpc.participant.id
  authorized_vpc_ids    = ["vpc-0f1e2d3c4b5a69788"]
}

# The network account's half: it associates its shared VPC with the participant's zone.
resource "aws_route53_zone_association" "payments" {
  provider = aws.network

  zone_id = module.payments.private_hosted_zone_id
  vpc_id  = "vpc-0f1e2d3c4b5a69788"
}

# A second participant API whose zone the network account keeps (private_zone_id).
module "statements" {
  source    = "./second/rest-api"
  providers = { aws = aws.participant }

  name                  = "statements-api"
  vpc_endpoint_ids      = ["vpce-0a1b2c3d4e5f60718"]
  domain_name           = "statements.internal.example.com"
  certificate_arn       = "arn:aws:acm:eu-west-1:444455556666:certificate/01234567-89ab-cdef-0123-456789abcdee"
  backend_url           = "https://statements.internal.example.com"
  vpc_endpoint_dns_name = "vpce-0a1b2c3d4e5f60718-abcdefgh.execute-api.eu-west-1.vpce.amazonaws.com"
  vpc_endpoint_zone_id  = "Z7HUB22UULQXV"
  private_zone_id       = "Z0123456789STATEMENTS"
}

# A private integration whose VPC link V2 goes into subnets created in this apply, and a
# second API reusing that link for an Application Load Balancer in the same VPC.
module "inventory" {
  source = "./nlb/rest-api"

  name                = "inventory-api"
  vpc_endpoint_ids    = [module.endpoint.vpc_endpoint_id]
  load_balancer_arn   = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/net/inventory/0123456789abcdef"
  backend_url         = "https://inventory.internal.example.com:8443"
  vpc_link_subnet_ids = [aws_subnet.a.id, aws_subnet.b.id]
}

module "catalog" {
  source = "./alb/rest-api"

  name            = "catalog-api"
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/catalog/0123456789abcdef"
  backend_url       = "https://catalog.internal.example.com"
  vpc_link_id       = module.inventory.vpc_link_id
}

# A public API with a certificate created in this apply (create_certificate = false).
module "public" {
  source = "./edge/rest-api"
  providers = {
    aws           = aws
    aws.us_east_1 = aws.us_east_1
  }

  name               = "public-api"
  domain_name        = "api.example.com"
  hosted_zone_id     = "Z0123456789ABCDEFGHIJ"
  create_certificate = false
  certificate_arn    = aws_acm_certificate.public.arn
  backend_url        = "https://backend.example.com"
}
`,
  );
  mkdirSync(join(root, 'tests'));
  writeFileSync(
    join(root, 'tests', 'plan.tftest.hcl'),
    `mock_provider "aws" {\n${MOCK_POLICY}\n}\n\nmock_provider "aws" {\n  alias = "us_east_1"\n${MOCK_POLICY}\n}\n\nmock_provider "aws" {\n  alias = "participant"\n${MOCK_POLICY}\n}\n\nmock_provider "aws" {\n  alias = "network"\n${MOCK_POLICY}\n}\n\n${twoZones('module.endpoint')}\n\n${twoZones('module.hybrid_endpoint')}\n\noverride_data {\n  target = module.consumer.data.aws_vpc_endpoint.this[0]\n  values = {\n    vpc_id    = "vpc-0a1b2c3d"\n    dns_entry = [{ dns_name = "vpce-0a1b2c3d.execute-api.eu-west-1.vpce.amazonaws.com", hosted_zone_id = "Z7HUB22UULQXV" }]\n  }\n}\n\noverride_data {\n  target = module.billing.data.aws_vpc_endpoint.this[0]\n  values = {\n    vpc_id    = "vpc-0a1b2c3d"\n    dns_entry = [{ dns_name = "vpce-0a1b2c3d.execute-api.eu-west-1.vpce.amazonaws.com", hosted_zone_id = "Z7HUB22UULQXV" }]\n  }\n}\n\nrun "plan" {\n  command = plan\n}\n`,
  );
  const r = terraformTest(root, env);
  assert.equal(r.status, 0, r.output);
  assert.match(r.output, /1 passed, 0 failed/);
});

toolTest('the plan stops, saying how to fix it, when the VPC has DNS hostnames off or the endpoint subnets are in one Availability Zone', terraformSkip, { timeout: 300_000 }, () => {
  const { work, env } = providerFiveCopy(join(snapshots, 'private', 'expected'));
  copyFileSync(join(work, 'terraform.tfvars.example'), join(work, 'terraform.tfvars'));
  mkdirSync(join(work, 'tests'));
  writeFileSync(
    join(work, 'tests', 'plan.tftest.hcl'),
    `mock_provider "aws" {\n${MOCK_POLICY.replace('enable_dns_hostnames = true', 'enable_dns_hostnames = false')}\n}\n\n${twoZones('module.endpoint', ['eu-west-1a', 'eu-west-1a'])}\n\nrun "plan" {\n  command = plan\n}\n`,
  );
  const r = terraformTest(work, env);
  assert.notEqual(r.status, 0, r.output);
  const text = r.output.replace(/\s+/g, ' ');
  assert.match(text, /Private DNS on the execute-api endpoint needs DNS support and DNS hostnames on VPC vpc-0a1b2c3d4e5f60718: turn both on/);
  assert.match(text, /The endpoint's subnets are all in one Availability Zone/);
});

toolTest('the plan stops, saying how to fix it, when the VPC link V2\'s subnets are in one Availability Zone', terraformSkip, { timeout: 300_000 }, () => {
  const { work, env } = providerFiveCopy(join(snapshots, 'private-nlb', 'expected'));
  copyFileSync(join(work, 'terraform.tfvars.example'), join(work, 'terraform.tfvars'));
  mkdirSync(join(work, 'tests'));
  const oneZone = [0, 1].map((i) => `override_data {\n  target = module.api.data.aws_subnet.vpc_link[${i}]\n  values = {\n    vpc_id            = "vpc-0a1b2c3d"\n    availability_zone = "eu-west-1a"\n  }\n}`).join('\n\n');
  writeFileSync(join(work, 'tests', 'plan.tftest.hcl'), `mock_provider "aws" {\n${MOCK_POLICY}\n}\n\n${twoZones('module.endpoint')}\n\n${oneZone}\n\nrun "plan" {\n  command = plan\n}\n`);
  const r = terraformTest(work, env);
  assert.notEqual(r.status, 0, r.output);
  assert.match(r.output.replace(/\s+/g, ' '), /The VPC link's subnets are all in one Availability Zone: if it fails, every API behind the link is unreachable/);
  // The same root with the subnets in two zones plans.
  writeFileSync(join(work, 'tests', 'plan.tftest.hcl'), `mock_provider "aws" {\n${MOCK_POLICY}\n}\n\n${twoZones('module.endpoint')}\n\n${oneZone.replace(/(vpc_link\[1\][\s\S]*?)eu-west-1a/, '$1eu-west-1b')}\n\nrun "plan" {\n  command = plan\n}\n`);
  const ok = terraformTest(work, env);
  assert.equal(ok.status, 0, ok.output);
});

toolTest('load_balancer_arn and backend_url were nlb_arn and nlb_backend_url: a terraform.tfvars with the former names still plans, one with neither stops the plan naming the input', terraformSkip, { timeout: 300_000 }, () => {
  const { work, env } = providerFiveCopy(join(snapshots, 'private-nlb', 'expected'));
  const example = readFileSync(join(work, 'terraform.tfvars.example'), 'utf8');
  assert.match(example, /^load_balancer_arn = "arn:/m);
  const vpcLinkZones = [0, 1].map((i) => `override_data {\n  target = module.api.data.aws_subnet.vpc_link[${i}]\n  values = {\n    vpc_id            = "vpc-0a1b2c3d"\n    availability_zone = "eu-west-1${'ab'[i]}"\n  }\n}`).join('\n\n');
  mkdirSync(join(work, 'tests'));
  writeFileSync(join(work, 'tests', 'plan.tftest.hcl'), `mock_provider "aws" {\n${MOCK_POLICY}\n}\n\n${twoZones('module.endpoint')}\n\n${vpcLinkZones}\n\nrun "plan" {\n  command = plan\n}\n`);
  writeFileSync(join(work, 'terraform.tfvars'), example.replace(/^load_balancer_arn =/m, 'nlb_arn =').replace(/^backend_url =/m, 'nlb_backend_url ='));
  const former = terraformTest(work, env);
  assert.equal(former.status, 0, former.output);
  writeFileSync(join(work, 'terraform.tfvars'), example.replace(/^load_balancer_arn =.*$/m, '').replace(/^backend_url =.*$/m, ''));
  const neither = terraformTest(work, env);
  assert.notEqual(neither.status, 0, neither.output);
  assert.match(neither.output.replace(/\s+/g, ' '), /load_balancer_arn must be the ARN of a Network or Application Load Balancer/);
});

toolTest('with the account baseline in the root, the stage is created after the account\'s logging role (an edge in Terraform\'s graph), and nothing else of the API waits for the account module', terraformSkip, { timeout: 300_000 }, async () => {
  const { spawnSync } = await import('node:child_process');
  const { work, env } = providerFiveCopy(join(snapshots, 'regional-lambda', 'expected'));
  const init = spawnSync('terraform', ['init', '-backend=false', '-input=false', '-no-color'], { cwd: work, env, encoding: 'utf8' });
  assert.equal(init.status, 0, init.stdout + init.stderr);
  const graph = spawnSync('terraform', ['graph'], { cwd: work, env, encoding: 'utf8' });
  assert.equal(graph.status, 0, graph.stderr);
  assert.match(graph.stdout, /"module\.api\.aws_api_gateway_stage\.this" -> "module\.account\.aws_api_gateway_account\.this"/);
  // A depends_on on the whole module made every data source of the API wait (policies "known after apply").
  assert.doesNotMatch(graph.stdout, /"module\.api\.data\.[^"]+" -> "module\.account\./);
  assert.doesNotMatch(graph.stdout, /"module\.api\.aws_api_gateway_rest_api\.this" -> "module\.account\./);
});
