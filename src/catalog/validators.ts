/**
 * Validators return a message or nothing, so one validator serves the wizard's inline
 * error, the flag error and the answers-file error.
 */

import { re, type PatternName } from '../core/patterns.js';
import { partitionOf } from '../core/partition.js';
import { KNOWN_REGIONS } from '../core/knowledge.js';
import { closest } from '../core/closest.js';
import { unsafeCharacter } from '../core/text.js';

export type Validator<T> = (value: T) => string | undefined;

export const validateName: Validator<string> = (v) => {
  if (v.length < 3 || v.length > 40) return `must be 3–40 characters long (got ${v.length})`;
  if (!re('name').test(v) || v.includes('--'))
    return 'must use lowercase letters, digits and single hyphens, start with a letter and end with a letter or digit';
  return undefined;
};

export const validateDescription: Validator<string> = (v) => {
  if (v.length > 1024) return `must be at most 1024 characters (got ${v.length})`;
  const unsafe = unsafeCharacter(v);
  if (unsafe) return `must be one line of text without control characters or bidirectional controls (found ${unsafe})`;
  return undefined;
};

export const validateRegion: Validator<string> = (v) => {
  if (!re('region').test(v)) return 'must be an AWS Region code such as us-east-1 or eu-west-2';
  const partition = partitionOf(v).label;
  if (partition)
    return `is a Region of the ${partition} partition, which this version does not generate for: edge-optimized endpoints, CloudFront, WAF scopes, ARNs and DNS suffixes differ there. Use a Region of the standard aws partition (e.g. us-east-1, eu-west-1)`;
  if (!KNOWN_REGIONS.has(v)) {
    const near = closest(v, KNOWN_REGIONS, 2);
    // A typo fails only at terraform apply, minutes later: say it now.
    return `is not an AWS Region${near ? ` (did you mean ${near}?)` : ''}; the Regions this version knows: ${[...KNOWN_REGIONS].join(', ')}. A Region launched after this release needs a newer create-api-endpoint`;
  }
  return undefined;
};

export function validateCidr(v: string): string | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(v);
  if (!m) return `"${v}" is not an IPv4 CIDR block such as 10.20.0.0/16`;
  // 010 is octal to some tools and decimal to others; 10.0.0.0/08 is 10.0.0.0/8 written twice.
  if (m.slice(1, 6).some((part) => part.length > 1 && part.startsWith('0'))) return `"${v}" has a leading zero; write each number without one (e.g. 10.0.0.0/8)`;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return `"${v}" is not a valid IPv4 CIDR block`;
  if (prefix === 0) return `"${v}" allows the whole internet; list your on-premises ranges instead`;
  const addr = octets.reduce((acc, o) => acc * 256 + o, 0);
  const hostBits = 2 ** (32 - prefix);
  if (addr % hostBits !== 0) {
    const base = addr - (addr % hostBits);
    const fixed = [24, 16, 8, 0].map((s) => Math.floor(base / 2 ** s) % 256).join('.');
    return `"${v}" has host bits set; the network address is ${fixed}/${prefix}`;
  }
  return undefined;
}

export const validateAccountId = (v: string): string | undefined =>
  re('accountId').test(v) ? undefined : `"${v}" is not a 12-digit AWS account ID`;

const idValidator = (pattern: PatternName, prefix: string, what: string) => (v: string) =>
  re(pattern).test(v) ? undefined : `"${v}" is not ${what} (${prefix}- followed by 8 or 17 hex digits)`;
export const validateVpcId = idValidator('vpcId', 'vpc', 'a VPC ID');
export const validateSubnetId = idValidator('subnetId', 'subnet', 'a subnet ID');
export const validateSecurityGroupId = idValidator('securityGroupId', 'sg', 'a security group ID');
export const validateVpcEndpointId = idValidator('vpcEndpointId', 'vpce', 'a VPC endpoint ID');
export const validateVpcLinkId = (v: string): string | undefined =>
  re('vpcLinkId').test(v) ? undefined : `"${v}" is not a VPC link ID (lowercase letters and digits, e.g. abc123; the id output of an aws_apigatewayv2_vpc_link)`;

export function validateDomain(v: string): string | undefined {
  if (v.length > 253) return 'must be at most 253 characters';
  const labels = v.split('.');
  if (labels.length < 2) return `"${v}" is not a fully qualified domain name such as api.example.com`;
  for (const label of labels) {
    if (!/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(label))
      return `"${v}" is not a valid domain name: each label is 1–63 lowercase letters, digits or inner hyphens`;
  }
  if (/^\d+$/.test(labels[labels.length - 1]!)) return `"${v}" looks like an IP address; give a domain name`;
  if (!re('domain').test(v)) return `"${v}" is not a valid domain name: the last label is 2–63 lowercase letters`;
  return undefined;
}

/** Applies an item validator to each item of a list and requires the list to be non-empty and free of repeats. */
export function eachOf(item: (v: string) => string | undefined, min = 1): Validator<string[]> {
  return (list) => {
    if (list.length < min) return min === 1 ? 'needs at least one value' : `needs at least ${min} values`;
    const seen = new Set<string>();
    for (const v of list) {
      const msg = item(v);
      if (msg) return msg;
      if (seen.has(v)) return `"${v}" is listed twice`;
      seen.add(v);
    }
    return undefined;
  };
}

/** An IPv4 CIDR block as its first address and size (for blocks validateCidr accepts). */
export function cidrRange(v: string): { start: number; size: number } {
  const [addr, prefix] = v.split('/') as [string, string];
  const start = addr.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
  return { start, size: 2 ** (32 - Number(prefix)) };
}

/** Addresses covered by a list of CIDR blocks, overlaps counted once. */
export function unionSize(cidrs: string[]): number {
  const ranges = cidrs.map(cidrRange).sort((a, b) => a.start - b.start);
  let total = 0;
  let end = -1;
  for (const { start, size } of ranges) {
    const last = start + size - 1;
    if (last <= end) continue;
    total += last - Math.max(start, end + 1) + 1;
    end = last;
  }
  return total;
}

const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'].map(cidrRange);
/** Whether a block lies inside the private (RFC 1918) or carrier-grade NAT ranges. */
export const isPrivateCidr = (v: string) => {
  const r = cidrRange(v);
  return PRIVATE_RANGES.some((p) => r.start >= p.start && r.start + r.size <= p.start + p.size);
};

/** The on-premises ranges: each a valid block, and together not the whole internet (0.0.0.0/1 + 128.0.0.0/1 is 0.0.0.0/0). */
export const validateOnpremCidrs: Validator<string[]> = (list) => {
  const each = eachOf(validateCidr)(list);
  if (each) return each;
  const covered = unionSize(list);
  if (covered >= 2 ** 31) return `${list.join(', ')} together cover ${covered === 2 ** 32 ? 'the whole internet' : 'half of all IPv4 addresses or more'}; list your on-premises ranges instead`;
  return undefined;
};

/**
 * One `key=value` tag, by AWS's rules for tags: a key of 1–128 and a value of at most 256
 * letters, digits, spaces and _ . : / = + - @, and no key starting with aws: (reserved).
 */
export function validateTag(v: string): string | undefined {
  const eq = v.indexOf('=');
  if (eq <= 0) return `"${v}" is not a tag; write key=value (e.g. cost-center=1234)`;
  const [key, value] = [v.slice(0, eq).trim(), v.slice(eq + 1).trim()];
  if (key.length > 128) return `the tag key "${key.slice(0, 20)}…" is longer than 128 characters`;
  if (value.length > 256) return `the value of tag ${key} is longer than 256 characters`;
  const allowed = /^[\p{L}\p{N}\s_.:/=+\-@]*$/u;
  if (!allowed.test(key)) return `the tag key "${key}" may use letters, digits, spaces and _ . : / = + - @ only`;
  if (!allowed.test(value)) return `the value of tag ${key} may use letters, digits, spaces and _ . : / = + - @ only`;
  if (/^aws:/i.test(key)) return `the tag key "${key}" starts with aws:, which AWS reserves`;
  return undefined;
}

/** Tags: each item valid, each key once. */
export const validateTags: Validator<string[]> = (list) => {
  const keys = new Set<string>();
  for (const item of list) {
    const msg = validateTag(item);
    if (msg) return msg;
    const key = item.slice(0, item.indexOf('=')).trim();
    if (keys.has(key)) return `the tag ${key} is given twice`;
    keys.add(key);
  }
  return undefined;
};

/** `key=value` items as a mapping (the tags answer). */
export const tagMap = (items: readonly string[]): Record<string, string> =>
  Object.fromEntries(items.map((i) => [i.slice(0, i.indexOf('=')).trim(), i.slice(i.indexOf('=') + 1).trim()]));

/** A path to an OpenAPI document: its content is checked when the run reads it. */
export function validateSpecPath(v: string): string | undefined {
  if (!v.trim()) return 'give the path of an OpenAPI (3.0) or Swagger (2.0) document, e.g. ./openapi.yaml';
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(v)) return 'the path holds a control character';
  if (!/\.(ya?ml|json)$/i.test(v)) return `${v} is not a .yaml, .yml or .json file (API Gateway imports OpenAPI as YAML or JSON)`;
  return undefined;
}

export const validateUserPoolArn: Validator<string> = (v) => (re('userPoolArn').test(v) ? undefined : 'must be a Cognito user pool ARN (arn:aws:cognito-idp:<region>:<account>:userpool/<region>_<id>)');

export const validateLambdaFunction: Validator<string> = (v) => (re('lambdaFunction').test(v) ? undefined : 'must be a Lambda function name (1–64 letters, digits, - or _) or its ARN (arn:aws:lambda:<region>:<account>:function:<name>)');

export const validateTruststore: Validator<string> = (v) =>
  re('s3Uri').test(v) ? undefined : 'must be the S3 URI of the truststore (the PEM bundle of the CAs clients\' certificates chain to): s3://<bucket>/<key>, optionally ?versionId=<version> to pin it';

export const validateReason: Validator<string> = (v) => {
  if (v.trim().length < 8) return 'must say why the API takes unauthenticated calls, in a few words (it goes into the README and the code)';
  const unsafe = unsafeCharacter(v);
  if (unsafe) return `must be one line of text without control characters or bidirectional controls (found ${unsafe})`;
  return v.length > 300 ? `must be at most 300 characters (got ${v.length})` : undefined;
};
