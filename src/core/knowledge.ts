/** The domain notes' comparison of the three endpoint types, as data (README, wizard, trade-offs). */
import type { EndpointType } from './types.js';

export interface TypeProfile {
  label: string;
  visibility: string;
  optimizedFor: string;
  typicalUse: string;
  howItWorks: string;
  pros: string[];
  cons: string[];
}

export const PROFILES: Record<EndpointType, TypeProfile> = {
  EDGE: {
    label: 'Edge-optimized',
    visibility: 'Public (global)',
    optimizedFor: 'Global clients',
    typicalUse: 'Public APIs for global apps',
    howItWorks:
      'Requests enter the nearest CloudFront edge location and travel the AWS network to API Gateway in the Region.',
    pros: ['Best performance for clients spread across the world', 'A CloudFront distribution is built in'],
    cons: [
      'Not ideal when most clients are in the same Region (an extra hop through CloudFront)',
      'Less control: you cannot manage the built-in CloudFront distribution (caching, headers, its WAF)',
    ],
  },
  REGIONAL: {
    label: 'Regional',
    visibility: 'Public (regional)',
    optimizedFor: 'Same-Region clients / your own CDN',
    typicalUse: 'Regional services, APIs behind your own CloudFront',
    howItWorks: 'Requests go straight to API Gateway in the Region, without CloudFront.',
    pros: [
      'Lower latency for clients in the same Region',
      'Full control when you put your own CloudFront distribution in front',
    ],
    cons: ['No automatic global optimization', 'Caching and CDN are yours to set up if you need them'],
  },
  PRIVATE: {
    label: 'Private',
    visibility: 'VPC-only (internal)',
    optimizedFor: 'Security / internal services',
    typicalUse: 'Internal microservices, private APIs',
    howItWorks:
      'Reachable only through interface VPC endpoints (AWS PrivateLink); requests never leave the Amazon network, and a resource policy limits which endpoints may call.',
    pros: [
      'Highest security: not exposed to the public internet',
      'Fits microservice-to-microservice calls, hybrid (Direct Connect/VPN) and cross-account consumers',
      'Centralized access control through the resource policy',
    ],
    cons: [
      'Not reachable from the public internet',
      'More network plumbing: interface endpoint, security groups, route tables, DNS — and harder troubleshooting',
      'Extra cost beyond endpoint hours: PrivateLink data processing per GB, per Availability Zone; a Route 53 Resolver inbound endpoint (~$180/month for two addresses), WAF, flow-log storage',
      'Maintenance overhead: endpoint, security group, DNS and resource-policy changes for every new consumer VPC or account',
      'Vendor lock-in: PrivateLink, resource policies and execute-api host names are AWS-specific',
      'The gateway is a shared bottleneck: account-level throttling (10,000 requests/s per Region by default) and quotas apply to every API behind it',
      'REST APIs only; some features (edge-optimized custom domains, some TLS policies) are not available',
    ],
  },
};

/**
 * Version constraints of every generated module, in one place. The AWS pin follows the
 * provider schema the checks use (src/schema/aws-provider-schema.txt; a test keeps them
 * together).
 */
/** Terraform 1.7: `removed` blocks (update forgets the account setting instead of destroying it). */
export const PINS = { terraform: '~> 1.7', aws: '~> 6.66' } as const;

/** The stage every generated API deploys to (the default of its stage_name variable). */
export const DEFAULT_STAGE = 'v1';

/** Regions of the standard aws partition known to this version (a name outside it gets a warning, not an error: new Regions open). */
export const KNOWN_REGIONS = new Set([
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-south-1', 'ap-south-2',
  'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5', 'ap-southeast-6', 'ap-southeast-7',
  'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ca-central-1', 'ca-west-1', 'eu-central-1', 'eu-central-2',
  'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-south-1', 'eu-south-2', 'eu-north-1', 'il-central-1', 'me-south-1',
  'me-central-1', 'mx-central-1', 'sa-east-1',
]);
