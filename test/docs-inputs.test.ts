// Every input the generated README and TROUBLESHOOTING tell the owner to set exists where the
// owner sets it: a module variable named in the docs is also a variable of the root (a user who
// follows the advice must not get "undeclared variable" and an unchanged module).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const snapshots = new URL('../snapshots', import.meta.url).pathname;
const variablesOf = (file: string) => (existsSync(file) ? new Set([...readFileSync(file, 'utf8').matchAll(/^variable "([\w-]+)"/gm)].map((m) => m[1]!)) : new Set<string>());
/** Names the text shows as code: `name`, `name = …`, `var.name`. */
const named = (text: string) => new Set([...text.matchAll(/`(?:var\.)?([a-z][a-z0-9_]*)(?:\s*=[^`]*)?`/g)].map((m) => m[1]!));

for (const scenario of readdirSync(snapshots).filter((s) => existsSync(join(snapshots, s, 'expected')))) {
  test(`${scenario}: every module input the README and TROUBLESHOOTING name is a root variable`, () => {
    const root = join(snapshots, scenario, 'expected');
    const rootVars = variablesOf(join(root, 'variables.tf'));
    const modules = existsSync(join(root, 'modules')) ? readdirSync(join(root, 'modules')).filter((m) => m !== 'consumer') : [];
    const moduleVars = new Set(modules.flatMap((m) => [...variablesOf(join(root, 'modules', m, 'variables.tf'))]));
    // The prose: the README's tables of inputs and outputs list the module's own inputs as such.
    const docs = ['README.md', 'TROUBLESHOOTING.md']
      .filter((f) => existsSync(join(root, f)))
      .map((f) => readFileSync(join(root, f), 'utf8'))
      .join('\n')
      .replace(/^\| `.*$/gm, '');
    const outputs = new Set([...readFileSync(join(root, 'outputs.tf'), 'utf8').matchAll(/^output "([\w-]+)"/gm)].map((m) => m[1]!));
    // Advice that says where to set something (the warnings: "… set in terraform.tfvars") names it bare.
    const advised = docs.split('\n').filter((l) => /tfvars/.test(l)).flatMap((l) => [...l.matchAll(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g)].map((m) => m[0]));
    const missing = [...new Set([...named(docs), ...advised])].filter((n) => moduleVars.has(n) && !rootVars.has(n) && !outputs.has(n));
    assert.deepEqual(missing, [], `named in the docs, declared only inside a module: ${missing.join(', ')}`);
    // The consumer module is its own root: its README names its own variables.
    const consumer = join(root, 'modules', 'consumer');
    if (existsSync(consumer)) {
      const own = variablesOf(join(consumer, 'variables.tf'));
      const readme = readFileSync(join(consumer, 'README.md'), 'utf8');
      const table = [...readme.matchAll(/^\| `([a-z_]+)`(?:, `([a-z_]+)`)? \|/gm)].flatMap((m) => [m[1]!, m[2]].filter(Boolean) as string[]);
      const inputs = table.filter((n) => !['vpc_endpoint_id', 'vpc_endpoint_dns_names', 'private_hosted_zone_id'].includes(n) || own.has(n));
      const undeclared = inputs.filter((n) => !own.has(n) && !readme.includes(`output "${n}"`) && !/^\| Output/m.test(readme.slice(0, readme.indexOf(`\`${n}\``))));
      assert.deepEqual(undeclared, [], `the consumer README's inputs not declared: ${undeclared.join(', ')}`);
    }
  });
}
