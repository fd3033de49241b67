import type { Answers } from '../../src/core/types.js';

/** A complete answer set; tests override what they exercise. */
export function answers(over: Partial<Answers> = {}): Answers {
  return {
    name: 'orders-api',
    description: 'Orders',
    region: 'eu-west-1',
    clients: 'global',
    ownCdn: false,
    compliance: false,
    hybrid: false,
    onpremCidrs: [],
    crossAccount: false,
    consumerAccounts: [],
    integration: 'mock',
    subnetIds: [],
    vpcLinkSubnetIds: [],
    clientSecurityGroupIds: [],
    privateDns: true,
    waf: true,
    tags: [],
    accountBaseline: false,
    auth: 'iam',
    cognitoUserPoolArns: [],
    apiKey: false,
    networkBaseline: false,
    ...over,
  };
}
