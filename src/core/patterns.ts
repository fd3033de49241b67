/**
 * Value patterns, one source for each: the TypeScript validators, the generated Terraform's
 * `validation` blocks (RE2, which these stay within) and the answers-file JSON Schema all use
 * these strings.
 */

export const PATTERNS = {
  name: '^[a-z][a-z0-9-]{1,38}[a-z0-9]$',
  region: '^[a-z]{2}(-gov|-iso[a-z]?)?-(north|south|east|west|central|northeast|northwest|southeast|southwest)-[0-9]{1,2}$',
  domain: '^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$',
  accountId: '^[0-9]{12}$',
  vpcId: '^vpc-([0-9a-f]{8}|[0-9a-f]{17})$',
  subnetId: '^subnet-([0-9a-f]{8}|[0-9a-f]{17})$',
  securityGroupId: '^sg-([0-9a-f]{8}|[0-9a-f]{17})$',
  cidr: '^[0-9]{1,3}(\\.[0-9]{1,3}){3}/[0-9]{1,2}$',
  vpcEndpointId: '^vpce-([0-9a-f]{8}|[0-9a-f]{17})$',
  vpcLinkId: '^[a-z0-9]{4,32}$',
  userPoolArn: '^arn:aws[a-z-]*:cognito-idp:[a-z0-9-]+:[0-9]{12}:userpool/[a-z0-9-]+_[A-Za-z0-9]+$',
  lambdaFunction: '^(arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:function:)?[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9$_-]+)?$',
  s3Uri: '^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/[^?]+(\\?versionId=[^&]+)?$',
} as const;

export type PatternName = keyof typeof PATTERNS;

const compiled = new Map<PatternName, RegExp>();
/** The pattern as a JavaScript RegExp (compiled once). */
export function re(name: PatternName): RegExp {
  let r = compiled.get(name);
  if (!r) compiled.set(name, (r = new RegExp(PATTERNS[name])));
  return r;
}

/** The pattern inside an HCL double-quoted string (backslashes and quotes escaped). */
export const hclPattern = (name: PatternName) => PATTERNS[name].replace(/\\/g, '\\\\').replace(/"/g, '\\"');
