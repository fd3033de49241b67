/** The AWS partition a Region belongs to: its ARN prefix, DNS suffix and name in words. */
export interface Partition {
  name: string;
  dnsSuffix: string;
  /** How messages name it; undefined for the standard aws partition. */
  label?: string;
}

export function partitionOf(region: string): Partition {
  if (region.startsWith('cn-')) return { name: 'aws-cn', dnsSuffix: 'amazonaws.com.cn', label: 'AWS China (aws-cn)' };
  if (region.includes('-gov-')) return { name: 'aws-us-gov', dnsSuffix: 'amazonaws.com', label: 'AWS GovCloud (aws-us-gov)' };
  if (region.includes('-isob-')) return { name: 'aws-iso-b', dnsSuffix: 'sc2s.sgov.gov', label: 'an AWS ISO' };
  if (region.includes('-iso')) return { name: 'aws-iso', dnsSuffix: 'c2s.ic.gov', label: 'an AWS ISO' };
  return { name: 'aws', dnsSuffix: 'amazonaws.com' };
}
