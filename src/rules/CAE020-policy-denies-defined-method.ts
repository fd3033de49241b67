import { evalIn, ofType, pointsTo, refOf, refsIn, type Block, type Tree } from '../analysis/tree.js';
import { result, type Rule } from './model.js';
import { policiesOf, statementsOf } from './predicates.js';

/** The path of an API Gateway resource ("/", "/orders/{id}"), following parent_id; undefined when not static. */
function pathOf(tree: Tree, api: Block, from: Block, resourceId: unknown, depth = 0): string | undefined {
  const refs = refsIn(tree, from.dir, resourceId);
  if (refs.has(`${refOf(api)}.root_resource_id`)) return '/';
  const res = ofType(tree, 'aws_api_gateway_resource').find((x) => refs.has(refOf(x)));
  if (!res || depth > 20) return undefined;
  const part = evalIn(tree, res.dir, res.body.path_part);
  const parent = pathOf(tree, api, res, res.body.parent_id, depth + 1);
  if (typeof part !== 'string' || parent === undefined) return undefined;
  return `${parent === '/' ? '' : parent}/${part}`;
}

/** Whether a policy resource (execute-api:/stage/METHOD/path or its ARN form) covers METHOD path on some stage. */
function deniesPath(resource: string, method: string, path: string): boolean {
  const rest = resource.replace(/^arn:aws[\w-]*:execute-api:[^:]*:[^:]*:[^/]*\//, '').replace(/^execute-api:\//, '');
  const [stage, ...segments] = rest.split('/');
  if (stage === undefined) return false;
  const glob = new RegExp(`^${segments.join('/').split('*').map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return glob.test(`${method}${path}`) || glob.test(`${method}${path === '/' ? '' : path}`);
}

export const rule: Rule = {
  id: 'CAE020',
  title: 'Resource policy that denies a method the API defines',
  severity: 'error',
  scope: 'any',
  seed: 'Misconfigurations and fixes, 1. Access Denied (HTTP 403 Forbidden): the resource policy',
  explanation: 'An unconditional Deny on a method or path (execute-api:/stage/METHOD/path) blocks it for every caller, whatever the Allow says.',
  fix: 'Give the Deny a condition (e.g. aws:SourceVpce), or take the method out of its resources.',
  run(tree) {
    const r = result();
    for (const api of ofType(tree, 'aws_api_gateway_rest_api'))
      for (const p of policiesOf(tree, api).sources) {
        const statements = statementsOf(tree, p);
        if (!statements.known) continue; // CAE002 counts the skip
        const denies = statements.value.filter((s) => typeof s.effect === 'string' && s.effect.toLowerCase() === 'deny' && s.conditions !== undefined && s.conditions.length === 0 && s.resources?.length && (s.actions ?? []).some((a) => typeof a === 'string' && /^(\*|execute-api:(\*|invoke))$/i.test(a)));
        if (!denies.length) continue;
        for (const m of ofType(tree, 'aws_api_gateway_method').filter((x) => pointsTo(tree, x, x.body.rest_api_id, api))) {
          const method = evalIn(tree, m.dir, m.body.http_method);
          const path = pathOf(tree, api, m, m.body.resource_id);
          if (typeof method !== 'string' || path === undefined) {
            r.skipped.push({ block: m, why: 'the method or its path is an expression' });
            continue;
          }
          const denied = denies.flatMap((s) => s.resources!).find((res) => typeof res === 'string' && deniesPath(res, method, path));
          if (typeof denied === 'string')
            r.hits.push({ block: p.block, message: `the resource policy of ${api.address} denies ${denied} without a condition, and the API defines ${method} ${path} (${m.address}): every call to it gets 403 Forbidden.`, fix: '# narrow the Deny: add a condition (e.g. aws:SourceVpce), or drop the method from its resources' });
        }
      }
    return r;
  },
};
