/** Shared value types of the pure pipeline: answers → recommendation → blueprint → files. */

export type Clients = 'global' | 'regional' | 'internal';
export type Integration = 'mock' | 'http' | 'lambda' | 'nlb';
export type EndpointChoice = 'edge' | 'regional' | 'private';
export type EndpointType = 'EDGE' | 'REGIONAL' | 'PRIVATE';

/** Everything the user decides. Optional fields are the ones a question may leave unset. */
export interface Answers {
  name: string;
  description: string;
  region: string;
  clients: Clients;
  ownCdn: boolean;
  compliance: boolean;
  hybrid: boolean;
  onpremCidrs: string[];
  crossAccount: boolean;
  consumerAccounts: string[];
  domain?: string;
  integration: Integration;
  endpointType?: EndpointChoice;
  vpcId?: string;
  subnetIds: string[];
  clientSecurityGroupIds: string[];
  privateDns: boolean;
  waf: boolean;
}

export interface Recommendation {
  /** The type the generated module uses (the override when one was given). */
  endpointType: EndpointType;
  /** What the rules alone pick. */
  recommended: EndpointType;
  overridden: boolean;
  reasons: string[];
  tradeoffs: string[];
  warnings: string[];
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  file: string;
  line?: number;
  severity: Severity;
  message: string;
  fix: string;
}

export interface CheckResult {
  name: string;
  status: 'pass' | 'fail' | 'skip';
  durationMs: number;
  /** Why a check was skipped, in plain words. */
  reason?: string;
  findings: Finding[];
}

/** Rendered output: relative path → file text. */
export type FileTree = Map<string, string>;

export const ENDPOINT_TYPES: Record<EndpointChoice, EndpointType> = {
  edge: 'EDGE',
  regional: 'REGIONAL',
  private: 'PRIVATE',
};
