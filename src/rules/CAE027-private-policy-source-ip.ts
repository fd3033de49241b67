import type { Rule } from './model.js';
import { conditionKeys } from './predicates.js';
import { eachPrivatePolicy, whereFrom } from './policy-rule.js';

export const rule: Rule = {
  id: 'CAE027',
  title: 'Private API policy that tests aws:SourceIp instead of aws:VpcSourceIp',
  severity: 'warning',
  scope: 'any',
  seed: 'Misconfigurations and fixes, 1. Access Denied (HTTP 403 Forbidden); Network plumbing: private API resource policies',
  explanation: 'Requests to a private API arrive through an interface VPC endpoint: their aws:SourceIp is not the caller\'s private address (AWS documents aws:VpcSourceIp for that). A policy that admits callers by aws:SourceIp most likely denies all of them (403).',
  fix: 'Test aws:VpcSourceIp (the caller\'s address in the VPC) or aws:SourceVpce/aws:SourceVpc instead of aws:SourceIp.',
  run: (tree) =>
    eachPrivatePolicy(tree, (api, statements, source) => {
      const keys = conditionKeys(statements);
      if (!keys.has('aws:sourceip') || keys.has('aws:vpcsourceip')) return undefined;
      return {
        hit: {
          message: `the resource policy of ${api.address}${whereFrom(source)} tests aws:SourceIp, which through an interface endpoint is not the caller's private address: the condition most likely denies every caller (403). AWS documents aws:VpcSourceIp for this.`,
          fix: 'condition {\n  test     = "IpAddress"\n  variable = "aws:VpcSourceIp"\n  values   = ["10.0.0.0/16"]\n}',
        },
      };
    }),
};
