// The owner's OpenAPI document: reading it (YAML/JSON, lines, bounds), the versions API
// Gateway imports, validation in words, bundling files, what the import refuses or the endpoint
// decision contradicts; and --openapi end to end: generate, the manifest, update.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmp } from './helpers/cli.js';
import { cliInProcess as cli } from './helpers/in-process.js';
import { analyzeSpec, decisionProblems, integrationProblems, parseSpecText, specVersion, unvalidatedBodies, type Json } from '../src/openapi/document.js';
import { validateSpec } from '../src/openapi/validate.js';
import { loadSpec } from '../src/app/openapi-file.js';
import { UsageError } from '../src/core/errors.js';

const SPEC = `openapi: 3.0.3
info:
  title: Orders
  version: "1.0"
paths:
  /orders:
    get:
      operationId: listOrders
      responses:
        "200":
          description: The orders
    post:
      operationId: createOrder
      requestBody:
        content:
          application/json:
            schema:
              $ref: "#/components/schemas/Order"
      responses:
        "201":
          description: Created
  /orders/{id}:
    parameters:
      - name: id
        in: path
        required: true
        schema:
          type: string
    get:
      operationId: getOrder
      responses:
        "200":
          description: One order
components:
  schemas:
    Order:
      type: object
`;

const problemsOf = async (file: string) => {
  try {
    await loadSpec(file, '--openapi x');
  } catch (err) {
    if (err instanceof UsageError) return err.problems;
    throw err;
  }
  return [];
};

test('YAML and JSON are read alike, and a pointer gives the line it starts on', () => {
  const y = parseSpecText(SPEC);
  const j = parseSpecText(JSON.stringify(y.doc, null, 2));
  assert.deepEqual(y.doc, j.doc);
  assert.equal(y.lineOf('/paths/~1orders~1{id}/get'), 29);
  assert.equal(y.lineOf('/paths/~1nowhere'), undefined, 'no line for a place the text does not have');
  // Dates and yes/no stay text (the YAML 1.2 core schema), as API Gateway reads them.
  const d = parseSpecText('openapi: 3.0.3\ninfo: {title: x, version: 2020-01-01}\npaths: {}\nx-flag: yes\n').doc as Json;
  assert.equal((d.info as Json).version, '2020-01-01');
  assert.equal(d['x-flag'], 'yes');
});

test('syntax errors say where: a repeated key, bad indentation; an alias bomb is refused, not expanded', () => {
  assert.throws(() => parseSpecText('openapi: 3.0.3\npaths: {}\npaths: {}\n'), (e: Error & { line?: number }) => e.line === 3 && /repeated|unique/i.test(e.message));
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`), 'openapi: 3.0.3'].join('\n');
  const started = performance.now();
  assert.throws(() => parseSpecText(bomb), /alias/i);
  assert.ok(performance.now() - started < 2000);
});

test('the versions API Gateway imports: 2.0 and 3.0; 3.1 is refused naming what it uses that 3.0 lacks', () => {
  assert.deepEqual(specVersion({ swagger: '2.0' }), { version: '2.0' });
  assert.deepEqual(specVersion({ openapi: '3.0.1' }), { version: '3.0' });
  const r = specVersion({ openapi: '3.1.0', webhooks: {}, components: { schemas: { A: { type: ['string', 'null'] } } } });
  assert.ok('refused' in r);
  assert.match(r.refused, /not 3\.1.*webhooks.*type as a list/);
  assert.match(r.fix, /nullable: true/);
  assert.ok('refused' in specVersion({ openapi: 3.0 }));
  assert.ok('refused' in specVersion({ info: {} }));
});

test('schema errors are said in words at their place: the real error behind a oneOf, a missing key, undeclared path parameters, duplicate operationIds', () => {
  const doc = parseSpecText(SPEC).doc;
  assert.deepEqual(validateSpec(doc, '3.0').problems, []);
  const broken = structuredClone(doc) as Json;
  delete (broken.info as Json).version;
  const op = ((broken.paths as Json)['/orders'] as Json).get as Json;
  op.parameters = [{ name: 'q', in: 'query', schema: { type: 'string' }, examples: { one: 5 } }];
  (((broken.paths as Json)['/orders/{id}'] as Json).parameters as unknown[]).pop();
  (((broken.paths as Json)['/orders'] as Json).post as Json).operationId = 'listOrders';
  const { problems } = validateSpec(broken, '3.0');
  const said = problems.map((p) => `${p.pointer} ${p.message}`);
  assert.ok(said.includes('/info the required "version" is missing'), said.join('\n'));
  assert.ok(said.includes('/paths/~1orders/get/parameters/0/examples/one must be a mapping, not number 5'), said.join('\n'));
  assert.ok(!said.some((s) => /\$ref/.test(s)), 'the Reference branch of the oneOf is not what is shown');
  assert.ok(said.some((s) => /GET \/orders\/\{id\} does not declare its path parameter \{id\}/.test(s)));
  assert.ok(said.some((s) => /operationId listOrders is used twice/.test(s)));
});

test('what the import refuses or breaks at the first call: Lambda not POST, a URI that is a CloudFormation function, a VPC link without its ID, an undeclared mapped parameter, an authorizer without its function', () => {
  const lambda = 'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:111122223333:function:f/invocations';
  const doc = parseSpecText(SPEC).doc as Json;
  const paths = doc.paths as Json;
  (paths['/orders'] as Json).get = { responses: { 200: { description: 'ok' } }, 'x-amazon-apigateway-integration': { type: 'aws_proxy', httpMethod: 'GET', uri: lambda } };
  (paths['/orders'] as Json).post = { responses: { 200: { description: 'ok' } }, 'x-amazon-apigateway-integration': { type: 'aws', httpMethod: 'POST', uri: { 'Fn::Sub': 'arn:aws:apigateway:${AWS::Region}:dynamodb:action/PutItem' } } };
  (paths['/orders/{id}'] as Json).get = { responses: { 200: { description: 'ok' } }, 'x-amazon-apigateway-integration': { type: 'http_proxy', httpMethod: 'GET', uri: 'https://b.example.com/{id}', connectionType: 'VPC_LINK', requestParameters: { 'integration.request.path.id': 'method.request.path.orderId' } } };
  doc.components = { securitySchemes: { fn: { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authorizer': { type: 'token' } } } };
  const found = integrationProblems(analyzeSpec(doc, '3.0'));
  const by = (re: RegExp) => found.filter((p) => re.test(p.message));
  assert.equal(by(/Lambda integration uses httpMethod GET/)[0]?.rule, 'CAE028');
  assert.equal(by(/uri is an object \(Fn::Sub\)/)[0]?.rule, 'CAE029');
  assert.equal(by(/VPC_LINK without a connectionId/).length, 1);
  assert.match(by(/mapped from method\.request\.path\.orderId/)[0]!.fix, /Declare the path parameter orderId/);
  assert.equal(by(/token authorizer without authorizerUri/).length, 1);
  // A stage variable for the link, the parameter declared: nothing to say.
  const ok = structuredClone(doc);
  const i = ((ok.paths as Json)['/orders/{id}'] as Json).get as Json;
  (i['x-amazon-apigateway-integration'] as Json).connectionId = '${stageVariables.vpcLinkId}';
  (i['x-amazon-apigateway-integration'] as Json).requestParameters = { 'integration.request.path.id': 'method.request.path.id' };
  assert.equal(integrationProblems(analyzeSpec(ok, '3.0')).filter((p) => /orders\/\{id\}/.test(p.message)).length, 0);
});

test('what contradicts the endpoint decision: the document\'s type or endpoints or policy on a private API, the default endpoint off with no domain, CORS on a private API, binary payloads not declared, bodies nothing validates', () => {
  const doc = parseSpecText(SPEC).doc as Json;
  doc['x-amazon-apigateway-endpoint-configuration'] = { types: ['EDGE'], vpcEndpointIds: ['vpce-0a1b2c3d4e5f67890'], disableExecuteApiEndpoint: true };
  doc['x-amazon-apigateway-policy'] = { Version: '2012-10-17', Statement: [] };
  ((doc.paths as Json)['/orders'] as Json).options = { responses: { 200: { description: 'CORS' } } };
  (((doc.paths as Json)['/orders/{id}'] as Json).get as Json).responses = { 200: { description: 'pdf', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } } };
  const facts = analyzeSpec(doc, '3.0');
  const rules = decisionProblems(facts, { type: 'PRIVATE', domain: false }).map((p) => p.rule);
  assert.deepEqual([...new Set(rules)].sort(), ['CAE030', 'CAE031', 'CAE034', 'CAE035']);
  assert.equal(rules.filter((r) => r === 'CAE031').length, 3, 'type, endpoints and policy');
  // A domain makes the default endpoint optional; REGIONAL has no private-only concerns.
  assert.deepEqual(decisionProblems(facts, { type: 'EDGE', domain: true }).map((p) => p.rule), ['CAE035']);
  assert.deepEqual(unvalidatedBodies(facts, doc).map((o) => `${o.method} ${o.path}`), ['post /orders']);
});

test('reading bounds: a missing file, a FIFO (no hang), NUL bytes, a reference to the network, a file over 64 MB', async () => {
  const dir = tmp();
  assert.match((await problemsOf(join(dir, 'nope.yaml')))[0]!, /no such file/);
  execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
  assert.match((await problemsOf(join(dir, 'pipe.yaml')))[0]!, /not a regular file/);
  writeFileSync(join(dir, 'nul.yaml'), 'openapi: 3.0.3\0\n');
  assert.match((await problemsOf(join(dir, 'nul.yaml')))[0]!, /NUL bytes/);
  writeFileSync(join(dir, 'remote.yaml'), SPEC.replace('$ref: "#/components/schemas/Order"', '$ref: "https://example.com/order.yaml"'));
  const remote = await problemsOf(join(dir, 'remote.yaml'));
  assert.match(remote[0]!, /remote\.yaml:\d+: \$ref https:\/\/example\.com\/order\.yaml points at the network/);
  execFileSync('truncate', ['-s', '65M', join(dir, 'big.yaml')]);
  assert.match((await problemsOf(join(dir, 'big.yaml')))[0]!, /more than 64 MB/);
});

test('a document in several files becomes one: references back into it stay local, schemas of other files become named schemas (shared, recursive), a missing place is said', async () => {
  const dir = tmp();
  mkdirSync(join(dir, 'paths'));
  mkdirSync(join(dir, 'schemas'));
  writeFileSync(
    join(dir, 'api.yaml'),
    'openapi: 3.0.3\ninfo: {title: T, version: "1"}\npaths:\n  /trees/{id}:\n    $ref: "./paths/tree.yaml"\ncomponents:\n  parameters:\n    Id: {name: id, in: path, required: true, schema: {type: string}}\n',
  );
  writeFileSync(
    join(dir, 'paths', 'tree.yaml'),
    'get:\n  parameters:\n    - $ref: "../api.yaml#/components/parameters/Id"\n  responses:\n    "200":\n      description: A tree\n      content:\n        application/json:\n          schema:\n            $ref: "../schemas/tree.yaml#/Tree"\n',
  );
  writeFileSync(join(dir, 'schemas', 'tree.yaml'), 'Tree:\n  type: object\n  properties:\n    children:\n      type: array\n      items:\n        $ref: "#/Tree"\n');
  const spec = await loadSpec(join(dir, 'api.yaml'), '--openapi api.yaml');
  const doc = JSON.parse(spec.bundled!) as Json;
  const get = ((doc.paths as Json)['/trees/{id}'] as Json).get as Json;
  assert.deepEqual(get.parameters, [{ $ref: '#/components/parameters/Id' }]);
  assert.equal((((((get.responses as Json)['200'] as Json).content as Json)['application/json'] as Json).schema as Json).$ref, '#/components/schemas/Tree');
  assert.deepEqual(((doc.components as Json).schemas as Json).Tree, { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Tree' } } } });
  assert.deepEqual(spec.sources.map((s) => s.file.slice(dir.length + 1)), ['api.yaml', 'paths/tree.yaml', 'schemas/tree.yaml']);
  assert.equal(spec.facts.operations.length, 1);
  writeFileSync(join(dir, 'schemas', 'tree.yaml'), 'Trees: {}\n');
  assert.match((await problemsOf(join(dir, 'api.yaml')))[0]!, /tree\.yaml: \$ref points at #\/Tree, which does not exist there/);
});

test('--openapi end to end: the folder holding only the document is not refused, the body is the document, the manifest records it relative to the folder with its hash, and the README says where each thing lives', async () => {
  const dir = tmp();
  const out = join(dir, 'orders');
  mkdirSync(out);
  writeFileSync(join(out, 'openapi.yaml'), SPEC);
  const r = await cli(['--name', 'orders', '--clients', 'regional', '--integration', 'lambda', '--openapi', 'orders/openapi.yaml', '--out', 'orders', '--yes', '--no-terraform', '--json'], { cwd: dir });
  assert.equal(r.exitCode, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.ok(!report.recommendation.warnings.some((w: string) => /sample method/.test(w)), 'no warning about the sample method the document replaces');
  assert.equal(readFileSync(join(out, 'openapi.yaml'), 'utf8'), SPEC, 'the owner\'s document is never written');
  assert.match(readFileSync(join(out, 'main.tf'), 'utf8'), /openapi_document\s+= file\("\$\{path\.module\}\/openapi\.yaml"\)/);
  const module = readFileSync(join(out, 'modules/rest-api/openapi.tf'), 'utf8');
  assert.match(module, /resource "aws_lambda_permission" "api_gateway" \{\n {2}for_each = local\.openapi_lambda_source_arns/);
  assert.ok(!existsSync(join(out, 'modules/rest-api/policy.tf')));
  assert.match(readFileSync(join(out, 'modules/rest-api/deployment.tf'), 'utf8'), /redeployment = sha1\(aws_api_gateway_rest_api\.this\.body\)/);
  const manifest = JSON.parse(readFileSync(join(out, '.create-api-endpoint.json'), 'utf8'));
  assert.equal(manifest.answers.openapi, 'openapi.yaml');
  assert.equal(manifest.openapi.sources[0].path, 'openapi.yaml');
  assert.ok(!manifest.files.some((f: { path: string }) => f.path === 'openapi.yaml'), 'the document is not the tool\'s');
  assert.match(readFileSync(join(out, 'README.md'), 'utf8'), /## The API: your OpenAPI document\n\n`openapi\.yaml` \(Orders 1\\?\.0, 3 operations\)/);

  // An edit to the document needs no tool run: update says so and changes nothing.
  writeFileSync(join(out, 'openapi.yaml'), SPEC.replace('description: One order', 'description: One order, by its ID'));
  const u = await cli(['update', 'orders', '--no-terraform', '--json'], { cwd: dir });
  assert.equal(u.exitCode, 0, u.stderr);
  const doc = JSON.parse(u.stdout);
  const folder = doc.folders?.[0] ?? doc;
  assert.match(JSON.stringify(folder.notes), /the OpenAPI document changed since the last run \(openapi\.yaml\): Terraform reads it on every plan/);
  const after = JSON.parse(readFileSync(join(out, '.create-api-endpoint.json'), 'utf8'));
  assert.notEqual(after.openapi.sources[0].sha256, manifest.openapi.sources[0].sha256, 'the new hash is recorded');
});

test('--openapi errors are bad input (exit 2, nothing written): a 3.1 document, a schema error with its line; a document API Gateway would refuse fails the checks (exit 1, nothing written)', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'v31.yaml'), SPEC.replace('openapi: 3.0.3', 'openapi: 3.1.0'));
  const v31 = await cli(['--name', 'orders', '--clients', 'regional', '--openapi', 'v31.yaml', '--out', 'a', '--yes', '--no-terraform'], { cwd: dir });
  assert.equal(v31.exitCode, 2);
  assert.match(v31.stderr, /v31\.yaml:1: openapi: 3\.1\.0: API Gateway REST APIs import OpenAPI 3\.0 and Swagger 2\.0/);
  assert.ok(!existsSync(join(dir, 'a')));
  writeFileSync(join(dir, 'bad.yaml'), SPEC.replace('          description: The orders\n', ''));
  const bad = await cli(['--name', 'orders', '--clients', 'regional', '--openapi', 'bad.yaml', '--out', 'b', '--yes', '--no-terraform'], { cwd: dir });
  assert.equal(bad.exitCode, 2);
  assert.match(bad.stderr, /bad\.yaml:10: must be a mapping, not null \(at paths › \/orders › get › responses › 200\)/);
  assert.doesNotMatch(bad.stderr, /\n\s+at /, 'no stack trace');
  writeFileSync(join(dir, 'get.yaml'), SPEC.replace('      operationId: getOrder\n', '      operationId: getOrder\n      x-amazon-apigateway-integration:\n        type: aws_proxy\n        httpMethod: GET\n        uri: arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:111122223333:function:f/invocations\n'));
  const get = await cli(['--name', 'orders', '--clients', 'regional', '--openapi', 'get.yaml', '--out', 'c', '--yes', '--no-terraform'], { cwd: dir });
  assert.equal(get.exitCode, 1, get.stderr);
  assert.match(get.stdout, /get\.yaml:\d+: CAE028 GET \/orders\/\{id\}: the Lambda integration uses httpMethod GET/);
  assert.ok(!existsSync(join(dir, 'c')));
  assert.deepEqual(readdirSync(dir).sort(), ['bad.yaml', 'get.yaml', 'v31.yaml']);
});

test('--openapi in an answers file is relative to that file; a document in several files is bundled into openapi.bundled.json, which update writes again when a referenced file changes', async () => {
  const dir = tmp();
  mkdirSync(join(dir, 'api', 'schemas'), { recursive: true });
  writeFileSync(join(dir, 'api', 'openapi.yaml'), SPEC.replace('$ref: "#/components/schemas/Order"', '$ref: "./schemas/order.yaml#/Order"').replace(/components:[\s\S]*$/, ''));
  writeFileSync(join(dir, 'api', 'schemas', 'order.yaml'), 'Order:\n  type: object\n');
  writeFileSync(join(dir, 'api', 'answers.yaml'), 'name: orders\nclients: regional\nintegration: mock\nopenapi: openapi.yaml\nwaf: false\n');
  const r = await cli(['--answers', 'api/answers.yaml', '--out', 'infra', '--yes', '--no-terraform'], { cwd: dir });
  assert.equal(r.exitCode, 0, r.stderr);
  const bundle = JSON.parse(readFileSync(join(dir, 'infra', 'openapi.bundled.json'), 'utf8'));
  assert.deepEqual(bundle.components.schemas.Order, { type: 'object' });
  assert.match(readFileSync(join(dir, 'infra', 'main.tf'), 'utf8'), /file\("\$\{path\.module\}\/openapi\.bundled\.json"\)/);
  const manifest = JSON.parse(readFileSync(join(dir, 'infra', '.create-api-endpoint.json'), 'utf8'));
  assert.equal(manifest.answers.openapi, '../api/openapi.yaml');
  assert.deepEqual(manifest.openapi.sources.map((s: { path: string }) => s.path), ['../api/openapi.yaml', '../api/schemas/order.yaml']);
  writeFileSync(join(dir, 'api', 'schemas', 'order.yaml'), 'Order:\n  type: object\n  required: [id]\n  properties:\n    id: {type: string}\n');
  const pending = await cli(['update', 'infra', '--check', '--no-terraform'], { cwd: dir });
  assert.equal(pending.exitCode, 1, pending.stderr);
  assert.match(pending.stdout, /openapi\.bundled\.json \(updated\)/);
  const u = await cli(['update', 'infra', '--no-terraform'], { cwd: dir });
  assert.equal(u.exitCode, 0, u.stderr + u.stdout);
  assert.deepEqual(JSON.parse(readFileSync(join(dir, 'infra', 'openapi.bundled.json'), 'utf8')).components.schemas.Order.required, ['id']);
});

test('a hostile document: a title with a line break and a terminal escape cannot leave the HCL comment, the README line or colour the terminal; an odd path is not put in the README\'s commands', async () => {
  const dir = tmp();
  mkdirSync(join(dir, 'out'));
  writeFileSync(join(dir, 'out', 'openapi.yaml'), SPEC.replace('title: Orders', 'title: "Orders\\nresource \\"null_resource\\" \\"x\\" {}\\n\\e[31m"').replace('/orders:', '"/orders$(id)":').replace('/orders/{id}:', '"/orders$(rm)/{id}":'));
  const r = await cli(['--name', 'orders', '--clients', 'regional', '--openapi', 'out/openapi.yaml', '--out', 'out', '--yes', '--no-terraform'], { cwd: dir });
  assert.equal(r.exitCode, 0, r.stderr + r.stdout);
  assert.doesNotMatch(r.stdout, /\u001b/, 'no escape sequence reaches the terminal');
  assert.match(r.stdout, /API: openapi\.yaml \(Orders resource .*\\x1b\[31m/);
  const tf = readFileSync(join(dir, 'out', 'modules/rest-api/openapi.tf'), 'utf8');
  assert.doesNotMatch(tf, /^resource "null_resource"/m);
  const readme = readFileSync(join(dir, 'out', 'README.md'), 'utf8');
  assert.doesNotMatch(readme, /\$\(id\)|\$\(rm\)/, 'a path that needs quoting is not in the curl lines');
});

test('the wizard\'s preview of a document: title, version, paths and operations, how many get the integration, schemes, AWS extensions, problems with their line', async () => {
  const { specPreview, awsExtensions } = await import('../src/openapi/preview.js');
  const plain = parseSpecText(SPEC);
  const p = specPreview(analyzeSpec(plain.doc, '3.0'), plain.doc);
  assert.equal(p.title, 'Orders 1.0 · OpenAPI 3.0');
  assert.equal(p.lines[0], '2 paths, 3 operations; none declares an integration (they get the one you choose next)');
  assert.equal(p.lines[1], 'Security schemes: none (the --auth answer adds one)');
  assert.equal(p.lines[2], 'AWS extensions: none');
  assert.deepEqual(p.problems, []);
  const withAws = SPEC.replace('      operationId: getOrder\n', '      operationId: getOrder\n      x-amazon-apigateway-integration:\n        type: aws_proxy\n        httpMethod: GET\n        uri: arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:111122223333:function:f/invocations\n')
    .replace('components:\n', 'x-amazon-apigateway-binary-media-types: [image/png]\ncomponents:\n  securitySchemes:\n    sigv4:\n      type: apiKey\n      name: Authorization\n      in: header\n      x-amazon-apigateway-authtype: awsSigv4\n');
  const parsed = parseSpecText(withAws);
  const q = specPreview(analyzeSpec(parsed.doc, '3.0'), parsed.doc, 3, parsed.lineOf);
  assert.equal(q.lines[0], '2 paths, 3 operations; 2 of them lack an integration (they get the one you choose next)');
  assert.equal(q.lines[1], 'Security schemes: sigv4 (apiKey, IAM (SigV4))');
  assert.equal(q.lines[2], 'AWS extensions: x-amazon-apigateway-authtype, x-amazon-apigateway-binary-media-types, x-amazon-apigateway-integration');
  assert.equal(q.lines[3], 'References 2 other files: bundled into one document for API Gateway');
  assert.equal(q.problems.length, 1);
  assert.match(q.problems[0]!, /^line 33: CAE028 GET \/orders\/\{id\}: the Lambda integration uses httpMethod GET/);
  assert.equal(specPreview({ ...analyzeSpec(parsed.doc, '3.0'), withoutIntegration: 0 }, parsed.doc).lines[0], '2 paths, 3 operations; each declares its own integration');
  assert.deepEqual([...awsExtensions({ a: [{ 'x-amazon-apigateway-integration': {} }, { 'x-amazon-apigateway-integration': {} }] })], [['x-amazon-apigateway-integration', 2]]);
});

test('the preview of a hostile document cannot colour the terminal or break its lines', async () => {
  const { specPreview } = await import('../src/openapi/preview.js');
  const parsed = parseSpecText(SPEC.replace('title: Orders', 'title: "Ord\\u001b[31mers\\nsecond line"'));
  const p = specPreview(analyzeSpec(parsed.doc, '3.0'), parsed.doc);
  assert.equal(p.title, 'Ord\\x1b[31mers second line 1.0 · OpenAPI 3.0');
});

test('--openapi with every integration and endpoint type writes a root whose checks report no warning of their own (an unused local, a reference, a format)', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'openapi.yaml'), SPEC);
  for (const [integration, clients, extra] of [
    ['mock', 'regional', []],
    ['http', 'regional', []],
    ['lambda', 'global', []],
    ['nlb', 'internal', ['--vpc-link-subnet-ids', 'subnet-0123456789abcdef0,subnet-0123456789abcdef1']],
    ['mock', 'internal', []],
  ] as const) {
    const out = `api-${integration}-${clients}`;
    const r = await cli(['--name', 'orders', '--clients', clients, '--integration', integration, ...extra, '--openapi', 'openapi.yaml', '--out', out, '--yes', '--no-terraform', '--json'], { cwd: dir });
    assert.equal(r.exitCode, 0, `${integration} ${clients}: ${r.stderr}`);
    const report = JSON.parse(r.stdout);
    const noisy = report.checks.filter((c: { name: string }) => ['parse', 'schema', 'references', 'format'].includes(c.name)).flatMap((c: { findings: { severity: string; message: string }[] }) => c.findings.filter((f) => f.severity !== 'info').map((f) => f.message));
    assert.deepEqual(noisy, [], `${integration} ${clients}`);
  }
});
