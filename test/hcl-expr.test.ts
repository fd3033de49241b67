// The expression reader behind `check`: hcl2json leaves expressions as "${…}" text; these are
// parsed and evaluated as far as static reading allows, unknown parts keeping their references.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTemplate } from '../src/analysis/hcl-expr.js';
import { Conditional, Encoded, evaluate, isUnknown, refsOfValue, Unknown, walk, type Scope, type Value } from '../src/analysis/evaluate.js';

const vars: Record<string, Value> = { flag: true, off: false, subnets: ['subnet-a', 'subnet-b'], region: 'eu-west-1', types: ['PRIVATE'] };
const scope: Scope = {
  ref: (root, path, ev) => {
    if (root === 'var' && path[0]?.k === 'attr' && path[0].name in vars) return walk(vars[path[0].name]!, path.slice(1), ev);
    const name = path[0]?.k === 'attr' ? path[0].name : '?';
    return new Unknown(new Set([`${root}.${name}`]), 'apply-time');
  },
  file: (p) => (p === 'policy.json' ? '{"Statement":[{"Effect":"Allow","Action":"execute-api:Invoke"}]}' : p === 'spec.yaml' ? 'x-amazon-apigateway-policy:\n  Statement:\n    - Effect: Deny\n' : undefined),
};
const ev = (s: unknown) => evaluate(s, scope);

test('literals, templates and containers evaluate to values; references to what apply decides stay unknown with their address', () => {
  assert.equal(ev('plain'), 'plain');
  assert.equal(ev('${"a"}'), 'a');
  assert.equal(ev('${1 + 2 * 3}'), 7);
  assert.equal(ev('prefix-${var.region}'), 'prefix-eu-west-1');
  assert.deepEqual(ev('${var.subnets}'), ['subnet-a', 'subnet-b']);
  assert.ok(Array.isArray(ev(['${aws_subnet.a.id}'])), 'a list of one unknown is still a list of one');
  assert.equal((ev(['${aws_subnet.a.id}']) as Value[]).length, 1);
  const u = ev('${aws_api_gateway_rest_api.this[0].id}');
  assert.ok(isUnknown(u));
  assert.deepEqual([...refsOfValue(u)], ['aws_api_gateway_rest_api.this']);
  assert.deepEqual([...refsOfValue(ev('${aws_api_gateway_rest_api.this["blue"].id}'))], ['aws_api_gateway_rest_api.this']);
  assert.deepEqual([...refsOfValue(ev('${module.api.rest_api_id}'))], ['module.api']);
});

test('conditionals: a known condition picks its branch; an unknown one keeps both', () => {
  assert.equal(ev('${var.flag ? "EDGE" : null}'), 'EDGE');
  assert.equal(ev('${var.off ? "EDGE" : null}'), null);
  const c = ev('${var.unknown ? "EDGE" : "REGIONAL"}');
  assert.ok(c instanceof Conditional);
  assert.deepEqual([(c as Conditional).a, (c as Conditional).b], ['EDGE', 'REGIONAL']);
  assert.deepEqual(ev('${length(var.subnets) > 1 ? 1 : 0}'), 1);
});

test('jsonencode of a policy object: its structure is read as a value, unknown leaves and all', () => {
  const text = '${jsonencode({\n  Version = "2012-10-17"\n  Statement = [\n    {\n      Action = "*"\n      Effect = "Allow"\n      Principal = "*"\n      Resource = "execute-api:/*"\n      Condition = { StringEquals = { "aws:sourceVpce" = var.vpce } }\n    },\n    { Effect: "Deny", NotAction = ["execute-api:Inv*"] }\n  ]\n})}';
  const v = ev(text);
  assert.ok(v instanceof Encoded);
  const doc = (v as Encoded).value as { Statement: { Action?: string; Effect: string; Condition?: { StringEquals: Record<string, Value> } }[] };
  assert.equal(doc.Statement[0]!.Action, '*');
  assert.equal(doc.Statement[0]!.Effect, 'Allow');
  assert.ok(isUnknown(doc.Statement[0]!.Condition!.StringEquals['aws:sourceVpce']));
  assert.equal(doc.Statement[1]!.Effect, 'Deny');
  // Fully known: the JSON text itself.
  assert.equal(ev('${jsonencode({ a = [1, "x"] })}'), '{"a":[1,"x"]}');
});

test('functions that follow from their arguments: file, yamldecode, templatefile, concat, merge, format, length', () => {
  assert.equal(ev('${file("policy.json")}'), '{"Statement":[{"Effect":"Allow","Action":"execute-api:Invoke"}]}');
  assert.deepEqual(ev('${yamldecode(file("spec.yaml"))}'), { 'x-amazon-apigateway-policy': { Statement: [{ Effect: 'Deny' }] } });
  assert.ok(isUnknown(ev('${file("missing.json")}')));
  assert.deepEqual(ev('${concat(["a"], var.subnets)}'), ['a', 'subnet-a', 'subnet-b']);
  assert.deepEqual(ev('${merge({ a = 1 }, { b = 2 })}'), { a: 1, b: 2 });
  assert.equal(ev('${format("arn:aws:execute-api:%s:%s", "eu-west-1", "123")}'), 'arn:aws:execute-api:eu-west-1:123');
  assert.equal(ev('${length(var.subnets)}'), 2);
  assert.deepEqual([...refsOfValue(ev('${sha1(jsonencode([aws_api_gateway_rest_api_policy.this.policy]))}'))], ['aws_api_gateway_rest_api_policy.this']);
  assert.ok(isUnknown(ev('Deployed at ${timestamp()}')));
});

test('what cannot be read is unknown, never an exception: for expressions (with their references), splats, broken text, deep nesting', () => {
  assert.deepEqual([...refsOfValue(ev('${[for s in aws_subnet.private : s.id]}'))], ['aws_subnet.private']);
  assert.deepEqual(ev('${var.subnets[*]}'), ['subnet-a', 'subnet-b']);
  assert.ok(isUnknown(ev('${this is not ( valid')));
  assert.ok(isUnknown(ev(`\${${'('.repeat(5000)}1${')'.repeat(5000)}}`)), 'nesting past the bound is unknown');
  assert.equal(parseTemplate('${"a"}').t, 'lit');
  assert.equal(ev('${"\\u00e9t\\u00e9"}'), 'été');
  assert.equal(ev('$${not.interpolated}'), '${not.interpolated}');
});
