import { evalIn, ofType, pointsTo } from '../analysis/tree.js';
import { isKnown, Unknown } from '../analysis/evaluate.js';
import { result, type Rule } from './model.js';
import { coversInvoke, endpointTypesOf, policiesOf, statementsOf } from './predicates.js';
import type { Tree, Block } from '../analysis/tree.js';

// A Resource that covers every method and path of an API: "*", "execute-api:/*", "<api ARN>/*",
// or the ARN followed by "/*" for stage, method and path.
const wholeApi = (r: unknown) => typeof r === 'string' && (r === '*' || /^[^/]*\/\*(\/\*)*$/.test(r) || /^[^/]*\/\*\/\*\/\*$/.test(r));

/**
 * Why the API's resource policy limits who may call (a Deny, conditions on every Allow, Allows of
 * some paths only), or cannot be read; undefined when it has none or one that admits everyone.
 */
function policyLimits(tree: Tree, api: Block): string | undefined {
  const { sources, uncertain } = policiesOf(tree, api);
  if (uncertain) return `a resource policy may limit callers: ${uncertain}`;
  for (const src of sources) {
    const st = statementsOf(tree, src);
    if (!st.known) return `its resource policy (${src.from}) may limit callers and cannot be read: ${st.why}`;
    const effect = (x: { effect: unknown }) => (typeof x.effect === 'string' ? x.effect.toLowerCase() : '?');
    if (st.value.some((x) => effect(x) !== 'allow')) return `its resource policy (${src.from}) denies some callers`;
    const allows = st.value.filter((x) => {
      const c = coversInvoke(x);
      return !c.known || c.value;
    });
    const open = allows.some((x) => x.conditions?.length === 0 && (x.resources ?? ['*']).some((r) => wholeApi(r instanceof Unknown ? r.pattern : r)));
    if (!open) return `its resource policy (${src.from}) admits callers only under conditions or on some paths`;
  }
  return undefined;
}

export const rule: Rule = {
  id: 'CAE036',
  title: 'Public API method that anyone may call: no authorization, no API key, no WAF',
  severity: 'warning',
  scope: 'any',
  seed: 'Endpoint types, 1. Edge-optimized and 2. Regional: public endpoints; Security groups and NACLs best practices, 1. Apply the principle of least privilege',
  explanation: 'A method with authorization NONE on a public (edge or regional) endpoint answers anyone on the internet. That is right for public read-only data — with a web ACL (rate limits, managed rules) or at least API keys in a usage plan to meter callers; with neither, nothing limits who calls or how often but the account\'s throttling.',
  fix: 'Require authorization (AWS_IAM, a Cognito or Lambda authorizer), or put a web ACL on the stage, or require API keys with a usage plan — or suppress with the reason the method is open.',
  run(tree) {
    const r = result();
    const acls = ofType(tree, 'aws_wafv2_web_acl_association');
    for (const api of ofType(tree, 'aws_api_gateway_rest_api')) {
      const types = endpointTypesOf(tree, api);
      if (!types.known || types.value.includes('PRIVATE')) continue;
      // A web ACL on any stage of the API, or one this check cannot place: protected enough to say nothing.
      const stages = ofType(tree, 'aws_api_gateway_stage').filter((s) => pointsTo(tree, s, s.body.rest_api_id, api));
      const guarded = acls.some((a) => stages.some((s) => pointsTo(tree, a, a.body.resource_arn, s)) || !isKnown(evalIn(tree, a.dir, a.body.resource_arn))) || stages.some((s) => s.body.web_acl_arn !== undefined);
      if (guarded) continue;
      // A module meant to be called (or one not read) may have its stage's web ACL set by its caller.
      if (tree.library || tree.calls.some((c) => c.target === undefined)) {
        const open = ofType(tree, 'aws_api_gateway_method').find((x) => pointsTo(tree, x, x.body.rest_api_id, api) && evalIn(tree, x.dir, x.body.authorization) === 'NONE');
        if (open) r.skipped.push({ block: open, why: tree.library ? 'a module for others to call: its caller may put a web ACL on the stage' : 'a module this check cannot read may put a web ACL on the stage' });
        continue;
      }
      const methods = ofType(tree, 'aws_api_gateway_method').filter((x) => pointsTo(tree, x, x.body.rest_api_id, api));
      // Nothing in the tree deploys the API: no stage serves the methods, so nobody can call them yet.
      if (methods.length && !stages.length && !ofType(tree, 'aws_api_gateway_deployment').some((d) => pointsTo(tree, d, d.body.rest_api_id, api))) {
        r.skipped.push({ block: methods[0]!, why: 'nothing in this tree deploys the API (no aws_api_gateway_deployment or stage for it): its methods cannot be called until something does' });
        continue;
      }
      const limits = methods.length ? policyLimits(tree, api) : undefined;
      if (limits) {
        r.skipped.push({ block: methods[0]!, why: limits });
        continue;
      }
      for (const m of methods) {
        const auth = evalIn(tree, m.dir, m.body.authorization);
        const raw = m.body.api_key_required === undefined ? false : evalIn(tree, m.dir, m.body.api_key_required);
        // Terraform converts "true" to a bool, as it does any string.
        const key = typeof raw === 'string' ? raw.toLowerCase() === 'true' : raw;
        const method = evalIn(tree, m.dir, m.body.http_method);
        if (!isKnown(auth) || !isKnown(key)) {
          r.skipped.push({ block: m, why: 'authorization or api_key_required is an expression' });
          continue;
        }
        if (auth !== 'NONE' || key === true || method === 'OPTIONS') continue;
        r.hits.push({ block: m, message: `${m.address} takes calls from anyone on the internet: authorization NONE on ${/^[AEIOU]/.test(types.value[0] ?? '') ? 'an' : 'a'} ${types.value.join('/')} endpoint, no API key, no web ACL on the stage.`, fix: 'authorization = "AWS_IAM" # or a Cognito/Lambda authorizer; or api_key_required = true with a usage plan; or a web ACL on the stage' });
      }
    }
    // Methods of an API read with a data source: its endpoint type and stages are managed elsewhere.
    for (const m of ofType(tree, 'aws_api_gateway_method')) {
      const fromData = (tree.index.get('data.aws_api_gateway_rest_api') ?? []).some((d) => pointsTo(tree, m, m.body.rest_api_id, d));
      if (fromData && evalIn(tree, m.dir, m.body.authorization) === 'NONE') r.skipped.push({ block: m, why: 'the API is read with a data source: its endpoint type, stages and web ACL are managed elsewhere' });
    }
    return r;
  },
};
