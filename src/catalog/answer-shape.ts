/**
 * The answers' shape, as data: each question's id, kind, allowed values and whether it may
 * stay unset. The `Answers` type is derived from it (core/types.ts), and the catalog
 * (questions.ts) gives each id its prompt, help, validator and flag — a test keeps the two
 * in step, and the compiler keeps choice values in step with it.
 */
export const ANSWER_SHAPE = {
  name: { kind: 'text' },
  description: { kind: 'text' },
  region: { kind: 'text' },
  clients: { kind: 'select', choices: ['global', 'regional', 'internal'] },
  ownCdn: { kind: 'boolean' },
  compliance: { kind: 'boolean' },
  hybrid: { kind: 'boolean' },
  onpremCidrs: { kind: 'list' },
  crossAccount: { kind: 'boolean' },
  consumerAccounts: { kind: 'list' },
  /** How callers authenticate: IAM (SigV4), a Cognito user pool, a Lambda authorizer, or nobody (with a reason). */
  auth: { kind: 'select', choices: ['iam', 'cognito', 'lambda', 'none'] },
  authNoneReason: { kind: 'text', optional: true },
  cognitoUserPoolArns: { kind: 'list' },
  authorizerFunction: { kind: 'text', optional: true },
  /** API keys and a usage plan as well (they identify callers; they do not authenticate them). */
  apiKey: { kind: 'boolean' },
  domain: { kind: 'text', optional: true },
  /** Mutual TLS on the regional custom domain: the truststore's S3 URI. */
  mtlsTruststore: { kind: 'text', optional: true },
  /** The owner's OpenAPI document: a path (absolute while a run resolves it; relative to the folder in the manifest). */
  openapi: { kind: 'text', optional: true },
  integration: { kind: 'select', choices: ['mock', 'http', 'lambda', 'nlb'] },
  /** Unset unless the integration is nlb (then v2 unless v1 is chosen). */
  vpcLink: { kind: 'select', choices: ['v2', 'v1'], optional: true },
  vpcLinkId: { kind: 'text', optional: true },
  vpcLinkSubnetIds: { kind: 'list' },
  endpointType: { kind: 'select', choices: ['edge', 'regional', 'private'], optional: true },
  vpcEndpointId: { kind: 'text', optional: true },
  /** The shared endpoint's security group: this API's root admits its own callers there. */
  endpointSecurityGroupId: { kind: 'text', optional: true },
  vpcId: { kind: 'text', optional: true },
  subnetIds: { kind: 'list' },
  clientSecurityGroupIds: { kind: 'list' },
  privateDns: { kind: 'boolean' },
  waf: { kind: 'boolean' },
  /** `key=value` items; answers files and presets may give a mapping instead. */
  tags: { kind: 'list' },
  accountBaseline: { kind: 'boolean' },
  /** Only the VPC's network baseline, as a root of its own (for the network account or the VPC owner). */
  networkBaseline: { kind: 'boolean' },
  /** Only the account's API Gateway baseline (the logging role), as a root of its own. */
  accountBaselineOnly: { kind: 'boolean', optional: true },
} as const;

type Shape = typeof ANSWER_SHAPE;
type ValueOf<S> = S extends { kind: 'boolean' } ? boolean : S extends { kind: 'list' } ? string[] : S extends { kind: 'select'; choices: readonly (infer V)[] } ? V : string;
type OptionalKeys = { [K in keyof Shape]: Shape[K] extends { optional: true } ? K : never }[keyof Shape];

/** Everything the user decides; the optional fields are the ones a question may leave unset. */
export type AnswersOf = { -readonly [K in Exclude<keyof Shape, OptionalKeys>]: ValueOf<Shape[K]> } & { -readonly [K in OptionalKeys]?: ValueOf<Shape[K]> };

/** The allowed values of a select question. */
export type ChoiceOf<K extends keyof Shape> = Shape[K] extends { choices: readonly (infer V)[] } ? V : never;
