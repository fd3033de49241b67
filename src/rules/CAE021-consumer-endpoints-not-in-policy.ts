import { bodies, dirOf, type Tree } from '../analysis/tree.js';
import { result, type Rule } from './model.js';
import { policiesOf, privateApis, statementsOf } from './predicates.js';

const CONSUMERS = /(consumer|partner|cross_account|allowed).*(vpce|vpc_endpoint)|(vpce|vpc_endpoint).*(consumer|partner|cross_account|allowed)/;

export const rule: Rule = {
  id: 'CAE021',
  title: 'Consumer VPC endpoints in a variable but not in the resource policy',
  severity: 'warning',
  scope: 'any',
  seed: 'Private API use cases, 3. Cross-account API consumption; Network plumbing: cross-account resource policies',
  explanation: 'Consumers in other accounts call through their own interface endpoints: the private API\'s resource policy must admit those endpoint IDs, or their calls get 403.',
  fix: 'Add the consumers\' endpoint IDs to the aws:SourceVpce condition of the policy.',
  run(tree) {
    const r = result();
    const consumerVars = tree.blocks.filter((b) => b.kind === 'variable' && CONSUMERS.test(b.name));
    for (const v of consumerVars)
      for (const api of privateApis(tree).apis.filter((a) => a.dir === v.dir))
        for (const p of policiesOf(tree, api).sources) {
          const statements = statementsOf(tree, p);
          if (!statements.known) {
            r.skipped.push({ block: p.block, why: statements.why });
            continue;
          }
          if (!mentions(tree, p.dir, p.from === 'policy resource' ? p.block.body.policy : p.from === 'argument' ? api.body.policy : api.body.body, v.name))
            r.hits.push({ block: p.block, message: `var.${v.name} lists consumers' VPC endpoints, but the resource policy of ${api.address} does not admit them: their calls get 403 Forbidden.`, fix: `condition {\n  test     = "StringNotEquals"\n  variable = "aws:SourceVpce"\n  values   = concat([aws_vpc_endpoint.execute_api.id], var.${v.name})\n}` });
        }
    return r;
  },
};

/**
 * Whether an expression's text reaches var.<name>: directly, through the locals it names, or
 * through a policy document data source of the folder (values lose where they came from once
 * evaluated, so this follows the text).
 */
function mentions(tree: Tree, dir: string, raw: unknown, name: string, seen = new Set<string>()): boolean {
  const text = JSON.stringify(raw ?? '');
  if (new RegExp(`\\bvar\\.${name}\\b`).test(text)) return true;
  for (const m of text.matchAll(/\blocal\.([\w-]+)/g)) {
    const key = `local.${m[1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const [file, doc] of tree.parsed) if (dirOf(file) === dir) for (const l of bodies(doc.locals)) if (m[1]! in l && mentions(tree, dir, l[m[1]!], name, seen)) return true;
  }
  for (const m of text.matchAll(/\bdata\.aws_iam_policy_document\.([\w-]+)/g)) {
    const key = `doc.${m[1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const doc = (tree.index.get('data.aws_iam_policy_document') ?? []).find((d) => d.dir === dir && d.name === m[1]);
    if (doc && mentions(tree, dir, doc.body, name, seen)) return true;
  }
  return false;
}
