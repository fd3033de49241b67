import { bodies, evalIn, ofType } from '../analysis/tree.js';
import { result, type Rule } from './model.js';
import { blocksOf } from './predicates.js';

export const rule: Rule = {
  id: 'CAE019',
  title: 'Stage logging (access or execution) without the account\'s API Gateway CloudWatch role in the tree',
  severity: 'warning',
  scope: 'any',
  seed: 'Troubleshooting steps, 7. CloudWatch logs and monitoring',
  explanation: 'Access and execution logs need the account-wide API Gateway CloudWatch role (aws_api_gateway_account); in an account or Region without it the stage fails to apply ("CloudWatch Logs role ARN must be set in account settings to enable logging").',
  fix: 'Set the role once per account and Region (an aws_api_gateway_account with a CloudWatch role, e.g. create-api-endpoint --account-baseline), or suppress with the place that sets it.',
  run(tree) {
    const r = result();
    if (ofType(tree, 'aws_api_gateway_account').length) return r;
    // A module this check cannot read may set it.
    const remote = tree.calls.find((c) => c.target === undefined);
    const fix = 'module "account" { source = "./modules/account-baseline" } # once per account and Region (create-api-endpoint --account-baseline)\n# or: create-api-endpoint:ignore CAE019 <where the account baseline sets it>';
    // A module meant to be called: the role is set once per account and Region, by its caller or another stack.
    const judge = (block: Parameters<typeof r.hits.push>[0]['block'], message: string) =>
      tree.library
        ? r.skipped.push({ block, why: "a module for others to call: the account's role is set once per account and Region, by its caller or another stack" })
        : remote
          ? r.skipped.push({ block, why: `module ${remote.block.name} (${remote.source}) is not read and may set the account's role` })
          : r.hits.push({ block, message, fix });
    for (const stage of ofType(tree, 'aws_api_gateway_stage')) {
      const logs = blocksOf(tree, stage, 'access_log_settings');
      if (!logs.known) r.skipped.push({ block: stage, why: logs.why });
      else if (logs.value.length) judge(stage, `${stage.address} writes access logs but the tree sets no aws_api_gateway_account: in an account or Region where nobody set the CloudWatch role, the apply fails.`);
    }
    for (const m of ofType(tree, 'aws_api_gateway_method_settings'))
      for (const settings of bodies(m.body.settings)) {
        if (settings.logging_level === undefined) continue;
        const level = evalIn(tree, m.dir, settings.logging_level);
        if (typeof level !== 'string') r.skipped.push({ block: m, why: 'logging_level is an expression' });
        else if (level === 'ERROR' || level === 'INFO') judge(m, `${m.address} turns execution logging on (${level}) but the tree sets no aws_api_gateway_account: in an account or Region where nobody set the CloudWatch role, the apply fails.`);
      }
    return r;
  },
};
