import { bodies, ofType, pointsTo } from '../analysis/tree.js';
import { result, type Rule } from './model.js';
import { servedBy } from './predicates.js';

export const rule: Rule = {
  id: 'CAE005',
  title: 'Deployment without triggers or create_before_destroy',
  severity: 'warning',
  scope: 'any',
  seed: 'Misconfigurations and fixes, 1. Access Denied (HTTP 403 Forbidden): redeploy after modifying the resource policy',
  explanation: 'A deployment without triggers (or variables or a stage_description that change with the API: both replace it) is never redeployed when the API changes; without create_before_destroy, replacing it fails while a stage still points at it.',
  fix: 'Give the deployment triggers that hash what defines the API, and lifecycle { create_before_destroy = true }.',
  run(tree) {
    const r = result();
    for (const dep of ofType(tree, 'aws_api_gateway_deployment')) {
      // A deployment no stage serves (a leftover, an import) is never called: not judged.
      const served = servedBy(tree, dep);
      if (served === 'no') {
        r.skipped.push({ block: dep, why: 'no stage in the tree serves this deployment (no stage_name, no aws_api_gateway_stage names it)' });
        continue;
      }
      // Stages that ignore deployment_id take new deployments from outside Terraform (promoted by
      // a pipeline): no trigger here would change what they serve.
      const stages = ofType(tree, 'aws_api_gateway_stage').filter((s) => pointsTo(tree, s, s.body.deployment_id, dep));
      const ignores = (s: (typeof stages)[number]) => bodies(s.body.lifecycle).some((l) => /\bdeployment_id\b|^"?\$?\{?all\}?"?$/.test(JSON.stringify(l.ignore_changes ?? '')));
      if (served !== 'stage_name' && stages.length && stages.every(ignores)) {
        r.skipped.push({ block: dep, why: `the stages it serves ignore changes to deployment_id (${stages.map((s) => s.address).join(', ')}): deployments are promoted outside Terraform` });
        continue;
      }
      const cbd = bodies(dep.body.lifecycle).some((l) => l.create_before_destroy === true);
      // variables and stage_description replace the deployment when they change (ForceNew):
      // an expression there (md5 of the definition, timestamp()) is a trigger by another name.
      const expressed = (raw: unknown) => raw !== undefined && JSON.stringify(raw).includes('${');
      const everyApply = ['variables', 'stage_description'].some((k) => expressed(dep.body[k]));
      const replaced = bodies(dep.body.lifecycle).some((l) => l.replace_triggered_by !== undefined);
      if (dep.body.triggers === undefined && !everyApply && !replaced)
        r.hits.push({ block: dep, message: `${dep.address} has no triggers: changes to methods, integrations or the policy are not deployed until someone redeploys by hand.`, fix: 'triggers = {\n  redeployment = sha1(jsonencode([aws_api_gateway_resource.this.id, aws_api_gateway_method.this.id, aws_api_gateway_integration.this.id]))\n}' });
      else if (!cbd && (dep.body.triggers !== undefined || replaced || everyApply))
        r.hits.push({
          block: dep,
          message:
            served === 'stage_name' && !stages.length
              ? `${dep.address} is replaced when its triggers change but has no create_before_destroy: the replacement deletes the stage it created (stage_name) with it and creates it again, so the API is down in between.`
              : `${dep.address} is replaced when its triggers change but has no create_before_destroy: the replacement tries to delete the deployment a stage still uses and fails.`,
          fix: 'lifecycle {\n  create_before_destroy = true\n}',
        });
    }
    return r;
  },
};
