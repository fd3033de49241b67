/**
 * Validators return a message or nothing, so one validator serves the wizard's inline
 * error, the flag error and the answers-file error.
 */

import { re, type PatternName } from '../core/patterns.js';

export type Validator<T> = (value: T) => string | undefined;

export const validateName: Validator<string> = (v) => {
  if (v.length < 3 || v.length > 40) return `must be 3–40 characters long (got ${v.length})`;
  if (!re('name').test(v) || v.includes('--'))
    return 'must use lowercase letters, digits and single hyphens, start with a letter and end with a letter or digit';
  return undefined;
};

export const validateDescription: Validator<string> = (v) =>
  v.length > 1024 ? `must be at most 1024 characters (got ${v.length})` : undefined;

export const validateRegion: Validator<string> = (v) =>
  re('region').test(v) ? undefined : 'must be an AWS Region code such as us-east-1 or eu-west-2';

export function validateCidr(v: string): string | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(v);
  if (!m) return `"${v}" is not an IPv4 CIDR block such as 10.20.0.0/16`;
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
