import { bodies, evalIn, ofType, pointsTo, refOf, refsIn } from '../analysis/tree.js';
import { isKnown } from '../analysis/evaluate.js';
import { result, type Rule } from './model.js';

export const rule: Rule = {
  id: 'CAE039',
  title: 'Method requires an API key but no usage plan includes the API\'s stage',
  severity: 'error',
  scope: 'any',
  seed: 'Misconfigurations and fixes, 1. Access Denied (HTTP 403 Forbidden)',
  explanation: 'A key is accepted only through a usage plan that lists the API\'s stage and the key; with none, every call to a method with api_key_required gets 403 Forbidden, key or not.',
  fix: 'An aws_api_gateway_usage_plan with api_stages { api_id, stage } for the API, and aws_api_gateway_usage_plan_key for each key.',
  run(tree) {
    const r = result();
    for (const api of ofType(tree, 'aws_api_gateway_rest_api')) {
      const needing = ofType(tree, 'aws_api_gateway_method').filter((m) => pointsTo(tree, m, m.body.rest_api_id, api) && m.body.api_key_required !== undefined && evalIn(tree, m.dir, m.body.api_key_required) === true);
      if (!needing.length) continue;
      const plans = ofType(tree, 'aws_api_gateway_usage_plan');
      const covers = plans.some((p) => bodies(p.body.api_stages).some((s) => refsIn(tree, p.dir, s.api_id).has(refOf(api)) || !isKnown(evalIn(tree, p.dir, s.api_id))));
      if (covers) continue;
      if (tree.library || tree.calls.some((c) => c.target === undefined) || plans.some((p) => bodies(p.body.api_stages).length === 0)) {
        r.skipped.push({ block: needing[0]!, why: 'a usage plan may be set elsewhere (a caller of this module, a module not read, dynamic api_stages)' });
        continue;
      }
      for (const m of needing) r.hits.push({ block: m, message: `${m.address} requires an API key, but no usage plan includes ${api.address}'s stage: every call gets 403 Forbidden.`, fix: 'resource "aws_api_gateway_usage_plan" "this" {\n  name = "clients"\n  api_stages {\n    api_id = aws_api_gateway_rest_api.this.id\n    stage  = aws_api_gateway_stage.this.stage_name\n  }\n}' });
    }
    return r;
  },
};
