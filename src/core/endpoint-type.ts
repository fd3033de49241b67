/**
 * The endpoint-type decision, in one place: the catalog (which questions apply), the
 * recommendation and the plan (what the module contains) all ask these functions.
 */
import { ENDPOINT_TYPES, type Answers, type EndpointType } from './types.js';

/** What the rules alone pick from the callers: internal → PRIVATE; public worldwide without a CDN of one's own → EDGE; else REGIONAL. */
export function recommendedType(a: Pick<Answers, 'clients' | 'ownCdn'>): EndpointType {
  if (a.clients === 'internal') return 'PRIVATE';
  if (a.clients === 'global' && !a.ownCdn) return 'EDGE';
  return 'REGIONAL';
}

/** The type a module gets: the override when one was given, else the recommendation; undefined while the callers are not known yet. */
export function chosenType(a: Partial<Answers>): EndpointType | undefined {
  if (a.endpointType) return ENDPOINT_TYPES[a.endpointType];
  return a.clients ? recommendedType({ clients: a.clients, ownCdn: a.ownCdn ?? false }) : undefined;
}

/** Whether the questions for a private endpoint (VPC, subnets, security groups, private DNS) apply. */
export const isPrivateBound = (a: Partial<Answers>) => chosenType(a) === 'PRIVATE';

/** Whether this root creates the VPC's execute-api endpoint (the network baseline): private, and no existing endpoint given. */
export const createsEndpoint = (a: Partial<Answers>) => isPrivateBound(a) && !a.vpcEndpointId;

/** Whether the integration goes through a VPC link V2 (the NLB integration, unless the legacy V1 was chosen). */
export const usesVpcLinkV2 = (a: Partial<Answers>) => a.integration === 'nlb' && a.vpcLink !== 'v1';

/** Whether this root creates that VPC link V2 (no existing --vpc-link-id given). */
export const createsVpcLink = (a: Partial<Answers>) => usesVpcLinkV2(a) && !a.vpcLinkId;
