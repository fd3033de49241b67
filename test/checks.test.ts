import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCheck, syntaxFindings } from '../src/checks/check-parse.js';
import { schemaCheck } from '../src/checks/check-schema.js';
import { referencesCheck } from '../src/checks/check-references.js';
import { formatCheck } from '../src/checks/check-format.js';
import { securityCheck } from '../src/checks/check-security.js';
import { runChecks } from '../src/checks/run-checks.js';
import { hclTools } from '../src/hcl/tools.js';
import type { Check } from '../src/checks/model.js';
import type { CheckResult } from '../src/core/types.js';

const tree = (files: Record<string, string>) => new Map(Object.entries(files));

async function check(c: Check, files: Record<string, string>): Promise<CheckResult> {
  const t = tree(files);
  const results = await runChecks([parseCheck(), c], t, t);
  return results[1]!;
}

const API = `resource "aws_api_gateway_rest_api" "this" {
  name = "x"
}
`;

test('parse: a syntax error becomes a finding with file and line', async () => {
  const t = tree({ 'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = \n}\n' });
  const [r] = await runChecks([parseCheck()], t, t);
  assert.equal(r!.status, 'fail');
  assert.equal(r!.findings[0]!.file, 'main.tf');
  assert.equal(r!.findings[0]!.line, 2);
  assert.match(r!.findings[0]!.message, /Invalid expression/);
});

test('parse: later checks are skipped when files do not parse', async () => {
  const t = tree({ 'main.tf': 'resource {' });
  const results = await runChecks([parseCheck(), schemaCheck()], t, t);
  assert.equal(results[1]!.status, 'skip');
  assert.equal(results[1]!.reason, 'files did not parse');
});

test('syntaxFindings reads several diagnostics', () => {
  const f = syntaxFindings('a.tf', 'parse config: [a.tf:3,1-2: Argument or block definition required; An argument or block definition is required here. a.tf:9,4-5: Unclosed configuration block; There is no closing brace.]');
  assert.deepEqual(f.map((x) => x.line), [3, 9]);
});

test('schema: a typo in an argument, with a suggestion', async () => {
  const r = await check(schemaCheck(), { 'main.tf': 'resource "aws_api_gateway_rest_api" "this" {\n  name = "x"\n  descripton = "y"\n}\n' });
  assert.equal(r.status, 'fail');
  assert.equal(r.findings.length, 1);
  assert.deepEqual({ line: r.findings[0]!.line, file: r.findings[0]!.file }, { line: 3, file: 'main.tf' });
  assert.match(r.findings[0]!.message, /unknown argument or block "descripton".*Did you mean "description"\?/);
});

test('schema: a missing required argument', async () => {
  const r = await check(schemaCheck(), { 'main.tf': 'resource "aws_api_gateway_rest_api" "this" {\n  description = "y"\n}\n' });
  assert.equal(r.status, 'fail');
  assert.match(r.findings[0]!.message, /required argument "name" is missing/);
});

test('schema: an unknown resource type', async () => {
  const r = await check(schemaCheck(), { 'main.tf': 'resource "aws_api_gateway_restapi" "this" {\n  name = "x"\n}\n' });
  assert.match(r.findings[0]!.message, /type "aws_api_gateway_restapi" does not exist in AWS provider 6\.66\.0\. Did you mean "aws_api_gateway_rest_api"\?/);
});

test('schema: nested blocks and dynamic blocks are checked too', async () => {
  const r = await check(schemaCheck(), {
    'main.tf': `resource "aws_api_gateway_rest_api" "this" {
  name = "x"

  endpoint_configuration {
    type = ["PRIVATE"]
  }
}

resource "aws_route53_resolver_endpoint" "in" {
  direction          = "INBOUND"
  security_group_ids = []

  dynamic "ip_address" {
    for_each = []
    content {
      subnet = ip_address.value
    }
  }
}
`,
  });
  const messages = r.findings.map((f) => f.message);
  assert.ok(messages.some((m) => /endpoint_configuration: unknown argument or block "type"/.test(m)), messages.join('\n'));
  assert.ok(messages.some((m) => /endpoint_configuration: required argument "types" is missing/.test(m)));
  assert.ok(messages.some((m) => /ip_address: unknown argument or block "subnet"/.test(m)));
  assert.ok(!messages.some((m) => /required block "ip_address"/.test(m)));
});

test('schema: a correct resource passes', async () => {
  const r = await check(schemaCheck(), { 'main.tf': API });
  assert.equal(r.status, 'pass');
  assert.deepEqual(r.findings, []);
});

test('references: an undeclared variable', async () => {
  const r = await check(referencesCheck(), { 'main.tf': 'resource "aws_api_gateway_rest_api" "this" {\n  name = var.api_name\n}\n' });
  assert.equal(r.status, 'fail');
  assert.equal(r.findings[0]!.message, 'Reference to undeclared variable "var.api_name".');
  assert.equal(r.findings[0]!.line, 2);
});

test('references: a module output that does not exist, and module arguments', async () => {
  const r = await check(referencesCheck(), {
    'main.tf': 'module "api" {\n  source = "./modules/api"\n  nmae   = "x"\n}\n\noutput "id" {\n  value = module.api.rest_api_idd\n}\n',
    'modules/api/main.tf': 'variable "name" {\n  type = string\n}\n\nresource "aws_api_gateway_rest_api" "this" {\n  name = var.name\n}\n\noutput "rest_api_id" {\n  value = aws_api_gateway_rest_api.this.id\n}\n',
  });
  const messages = r.findings.map((f) => f.message);
  assert.ok(messages.includes('Module "api" (modules/api) has no output "rest_api_idd".'), messages.join('\n'));
  assert.ok(messages.includes('Module "api" passes "nmae", which modules/api does not declare.'));
  assert.ok(messages.includes('Module "api" does not set required variable "name" of modules/api.'));
});

test('references: undeclared resources, unknown attributes, unused variables', async () => {
  const r = await check(referencesCheck(), {
    'main.tf': `variable "unused" {
  type = string
}

resource "aws_api_gateway_rest_api" "this" {
  name = "x"
}

output "a" {
  value = aws_api_gateway_rest_api.that.id
}

output "b" {
  value = aws_api_gateway_rest_api.this.invoke_url
}

output "c" {
  value = "\${aws_api_gateway_rest_api.this.execution_arn}/*"
}
`,
  });
  const errors = r.findings.filter((f) => f.severity === 'error').map((f) => f.message);
  assert.deepEqual(errors, [
    'Reference to undeclared resource "aws_api_gateway_rest_api.that".',
    '"aws_api_gateway_rest_api.this" has no attribute "invoke_url" in AWS provider 6.66.0.',
  ]);
  const warnings = r.findings.filter((f) => f.severity === 'warning').map((f) => f.message);
  assert.deepEqual(warnings, ['Variable "unused" is declared but never used.']);
});

test('format: unformatted text fails with its first differing line; template drift is a warning', async () => {
  const files = tree({ 'main.tf': 'resource "aws_api_gateway_rest_api" "this" {\n  name = "x"\n  description = "y"\n}\n' });
  const raw = files;
  const [, r] = await runChecks([parseCheck(), formatCheck()], raw, files);
  assert.equal(r!.status, 'fail');
  assert.equal(r!.findings[0]!.line, 2);
  assert.match(r!.findings[0]!.message, /canonical terraform fmt/);

  const canonical = tree({ 'main.tf': 'resource "aws_api_gateway_rest_api" "this" {\n  name        = "x"\n  description = "y"\n}\n' });
  const [, ok] = await runChecks([parseCheck(), formatCheck()], files, canonical);
  assert.equal(ok!.status, 'pass');
  assert.equal(ok!.findings[0]!.severity, 'warning');
});

test('format: text the pipeline formatter produced is not formatted twice; anything else is', async () => {
  const good = 'a = 1\n';
  const calls: string[] = [];
  const counting = { ...hclTools, format: async (t: string) => (calls.push(t), hclTools.format(t)) };
  const raw = tree({ 'main.tf': good, 'other.tf': 'b  = 2\n' });
  const final = Promise.resolve({ files: tree({ 'main.tf': good, 'other.tf': 'b  = 2\n' }), canonical: tree({ 'main.tf': good, 'other.tf': 'b = 2\n' }) });
  const [, r] = await runChecks([parseCheck(), formatCheck(counting)], raw, final);
  assert.deepEqual(calls, ['b  = 2\n'], 'only the file whose final text is not the formatter output');
  assert.deepEqual(r!.findings.map((f) => [f.file, f.severity]), [['other.tf', 'error']]);
});

test('security: open ingress, weak TLS, no access logs, private API without a deny', async () => {
  const r = await check(securityCheck(), {
    'main.tf': `resource "aws_vpc_security_group_ingress_rule" "open" {
  security_group_id = "sg-1"
  ip_protocol       = "tcp"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_api_gateway_domain_name" "d" {
  domain_name     = "a.example.com"
  security_policy = "TLS_1_0"
}

resource "aws_api_gateway_stage" "s" {
  rest_api_id   = "a"
  deployment_id = "b"
  stage_name    = "v1"
}

resource "aws_api_gateway_rest_api" "p" {
  name = "p"

  endpoint_configuration {
    types = ["PRIVATE"]
  }
}

data "aws_iam_policy_document" "allow_all" {
  statement {
    actions   = ["execute-api:Invoke"]
    resources = ["execute-api:/*"]
  }
}

resource "aws_api_gateway_rest_api_policy" "p" {
  rest_api_id = aws_api_gateway_rest_api.p.id
  policy      = data.aws_iam_policy_document.allow_all.json
}

resource "aws_api_gateway_deployment" "d" {
  rest_api_id = aws_api_gateway_rest_api.p.id
}

resource "aws_api_gateway_stage" "live" {
  rest_api_id   = aws_api_gateway_rest_api.p.id
  deployment_id = aws_api_gateway_deployment.d.id
  stage_name    = "live"

  access_log_settings {
    destination_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:access"
    format          = "$context.requestId"
  }
}
`,
  });
  assert.equal(r.status, 'fail');
  const byRule = new Map(r.findings.map((f) => [`${f.rule} ${f.address}`, f]));
  for (const key of ['CAE101 aws_vpc_security_group_ingress_rule.open', 'CAE006 aws_api_gateway_domain_name.d', 'CAE007 aws_api_gateway_stage.s', 'CAE002 aws_api_gateway_rest_api_policy.p', 'CAE004 aws_api_gateway_deployment.d', 'CAE005 aws_api_gateway_deployment.d'])
    assert.ok(byRule.has(key), `${key} in ${[...byRule.keys()].join(', ')}`);
  assert.equal(byRule.get('CAE006 aws_api_gateway_domain_name.d')!.line, 7, 'the line of the block header');
  assert.match(byRule.get('CAE004 aws_api_gateway_deployment.d')!.fix, /aws_api_gateway_rest_api_policy\.p\.policy/);
  assert.equal(byRule.get('CAE007 aws_api_gateway_stage.s')!.severity, 'warning');
});

test('parse: a module parsed as one document is split back into exactly what each file parses to alone', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { join, dirname } = await import('node:path');
  const { splitParsed } = await import('../src/checks/split-parsed.js');
  const { walk } = await import('./helpers/cli.js');
  const root = join(import.meta.dirname, '..', 'snapshots');
  let modules = 0;
  for (const scenario of readdirSync(root).filter((d) => !d.includes('.'))) {
    const expected = join(root, scenario, 'expected');
    const byFolder = new Map<string, Map<string, string>>();
    for (const file of walk(expected).filter((f) => f.endsWith('.tf'))) {
      const folder = dirname(file);
      byFolder.set(folder, (byFolder.get(folder) ?? new Map()).set(file, readFileSync(file, 'utf8')));
    }
    for (const texts of byFolder.values()) {
      const merged = await hclTools.parse('merged.tf', [...texts.values()].join('\n'));
      const split = splitParsed(merged as Record<string, never>, texts);
      for (const [file, text] of texts) assert.deepEqual(split.get(file), await hclTools.parse(file, text), `${scenario}/${file}`);
      modules++;
    }
  }
  assert.ok(modules >= 20, `only ${modules} modules checked`);
});

test('parse: locals are attributed to the file that declares them, not to one with a nested key of the same name', async () => {
  const { splitParsed } = await import('../src/checks/split-parsed.js');
  const texts = tree({
    'a.tf': 'locals {\n  tags = {\n    name = "x"\n  }\n}\n',
    'b.tf': 'locals {\n  name = "y"\n}\n',
  });
  const merged = await hclTools.parse('m.tf', [...texts.values()].join('\n'));
  const split = splitParsed(merged as Record<string, never>, texts);
  assert.deepEqual(split.get('b.tf'), { locals: [{ name: 'y' }] });
  assert.deepEqual(Object.keys((split.get('a.tf')!.locals as Record<string, unknown>[])[0]!), ['tags']);
});

test('checks before format run while the formatter works, on rendered text whose lines the formatter never moves', async () => {
  const { formatTree } = await import('../src/pipeline.js');
  // Misaligned, mis-indented, trailing spaces, a blank-line run, a heredoc, a one-line block.
  const messy = [
    'variable "used"   {',
    '      type = string',
    '}',
    '',
    '',
    'resource "aws_api_gateway_rest_api" "this" {   ',
    '  name = var.used',
    '     description  =   var.nope',
    '  body = <<-EOT',
    '      {"openapi": "3.0.1"}',
    '    EOT',
    '  tags = { a = "b", c   = "d" }',
    '}',
    '',
  ].join('\n');
  const raw = tree({ 'main.tf': messy });
  let formatted = false;
  const final = formatTree(raw, hclTools).then((f) => ((formatted = true), f));
  let formattedWhenReferencesRan: boolean | undefined;
  const spy: Check = { name: 'spy', run: () => ((formattedWhenReferencesRan = formatted), { status: 'pass', findings: [] }) };
  const [, refs, , fmt] = await runChecks([parseCheck(), referencesCheck(), spy, formatCheck()], raw, final);
  assert.equal(formattedWhenReferencesRan, false, 'ran before formatting finished');
  const text = (await final).files.get('main.tf')!;
  assert.notEqual(text, messy);
  assert.equal(text.split('\n').length, messy.split('\n').length);
  const nope = refs!.findings.find((f) => f.message.includes('var.nope'))!;
  assert.equal(nope.line, 8);
  assert.match(text.split('\n')[7]!, /^\s+description\s+= var\.nope$/);
  assert.equal(fmt!.status, 'pass', 'format saw the final text');
});

test('a tool that cannot start fails the run with that reason, not with syntax findings; the formatter never hangs', async () => {
  const { ToolStartError, Formatter } = await import('../src/hcl/tools.js');
  const broken = { ...hclTools, parse: async () => Promise.reject(new ToolStartError('@cdktf/hcl2json', new Error('no main.wasm.gz'))) };
  const t = tree({ 'main.tf': API, 'other.tf': 'locals {\n  a = 1\n}\n' });
  await assert.rejects(runChecks([parseCheck(broken)], t, t), (err: Error) => err instanceof ToolStartError && /hcl2json could not start: no main\.wasm\.gz/.test(err.message));

  const { writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmp } = await import('./helpers/cli.js');
  const script = join(tmp(), 'dead-worker.mjs');
  writeFileSync(script, "throw new Error('the Go program registered no functions');\n");
  const formatter = new Formatter(new URL(`file://${script}`));
  for (let i = 0; i < 2; i++)
    await assert.rejects(formatter.format('a = 1\n'), (err: Error) => err instanceof ToolStartError && /hcl-tools could not start: the Go program registered no functions/.test(err.message));
});

test('references: an attribute of a resource with count or for_each without an instance key is an error (terraform: Missing resource instance key)', async () => {
  const { referencesCheck } = await import('../src/checks/check-references.js');
  const { parse } = await import('@cdktf/hcl2json');
  const text = [
    'resource "aws_route53_record" "api" {',
    '  for_each = toset(["A", "AAAA"])',
    '  zone_id  = "Z1"',
    '  name     = "x.example.com"',
    '  type     = each.value',
    '}',
    '',
    'output "bad" {',
    '  value = aws_route53_record.api.fqdn',
    '}',
    '',
    'output "good" {',
    '  value = aws_route53_record.api["A"].fqdn',
    '}',
    '',
    'output "all" {',
    '  value = [for r in aws_route53_record.api : r.fqdn]',
    '}',
    '',
  ].join('\n');
  const parsed = new Map([['main.tf', (await parse('main.tf', text)) as Record<string, unknown>]]);
  const r = await referencesCheck().run({ files: new Map([['main.tf', text]]), parsed } as never);
  const errors = r.findings.filter((f) => f.severity === 'error');
  assert.equal(errors.length, 1, JSON.stringify(r.findings));
  assert.match(errors[0]!.message, /"aws_route53_record\.api" has for_each, so "aws_route53_record\.api\.fqdn" needs an instance key/);
  assert.equal(errors[0]!.line, 9);
});
