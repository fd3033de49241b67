/** What the generated module contains, decided once from the answers and the endpoint type. */
import type { Answers, EndpointType, Integration } from '../core/types.js';
import { createsVpcLink, usesVpcLinkV2 } from '../core/endpoint-type.js';

export interface Features {
  type: EndpointType;
  isPrivate: boolean;
  isPublic: boolean;
  isEdge: boolean;
  isRegional: boolean;
  integration: Integration;
  /** Integrations that proxy every path (`ANY /{proxy+}`); mock serves `GET /health`. Never with an OpenAPI document. */
  proxy: boolean;
  /** How callers authenticate (the sample method's authorization, or the document's default security). */
  auth: 'iam' | 'cognito' | 'lambda' | 'none';
  /** A Cognito or Lambda authorizer is part of the module. */
  authorizer: boolean;
  /** API keys and a usage plan as well. */
  apiKey: boolean;
  /** Mutual TLS on the regional custom domain (the default endpoint turned off). */
  mtls: boolean;
  /** The API is the owner's OpenAPI document (the body), not the sample method. */
  openapi: boolean;
  /** The file the root reads it from, relative to the root (posix): the owner's document, or the bundle the tool writes. */
  openapiFile?: string;
  /** Custom domain on API Gateway for a public endpoint (edge or regional, without own CDN). */
  publicDomain: boolean;
  /** Custom domain on a private endpoint (PRIVATE domain name, private hosted zone). */
  privateDomain: boolean;
  /** Regulated data (--compliance): logs kept, the endpoint policy narrowed. */
  compliance: boolean;
  /** Only the network baseline, as a root of its own (--network-baseline): no API module. */
  baselineOnly: boolean;
  /** This API's root admits its callers in the shared endpoint's security group (--endpoint-security-group-id). */
  endpointAccess: boolean;
  /** The user's CloudFront distribution in front of a regional endpoint. */
  cdn: boolean;
  /** Custom domain served as an alias of that CloudFront distribution. */
  cdnDomain: boolean;
  waf: boolean;
  /** Route 53 Resolver inbound endpoint and on-premises ranges on the endpoint security group. */
  hybrid: boolean;
  crossAccount: boolean;
  /** Certificate issued in us-east-1 (edge-optimized domain or CloudFront alias). */
  usEast1: boolean;
  anyDomain: boolean;
  /** Public ACM certificate issued and DNS-validated by the module. */
  issuesCertificate: boolean;
  /** The VPC's execute-api endpoint (and its security group, NACL, flow logs, Resolver) created by this root, in modules/vpc-endpoint. */
  createEndpoint: boolean;
  /** The account's API Gateway CloudWatch role, set by a baseline module in this root. */
  accountBaseline: boolean;
  /** Only the account baseline, as a root of its own (--account-baseline-only): no API, no network. */
  accountOnly: boolean;
  /** The private integration's VPC link: V2 (recommended), the legacy V1, or none (another integration). */
  vpcLink: 'v2' | 'v1' | 'none';
  /** This module creates the VPC link V2 and its security group (no existing link ID given). */
  createVpcLink: boolean;
}

export function featuresFor(a: Answers, type: EndpointType, openapiFile?: string): Features {
  const isPrivate = type === 'PRIVATE';
  // Answers to questions that did not apply are unset: read every switch as a boolean, or a
  // feature comes out undefined and the variables (which test `=== false`) disagree with the
  // templates (which test truthiness).
  const cdn = type === 'REGIONAL' && !!a.ownCdn;
  const publicDomain = !!a.domain && !isPrivate && !cdn;
  const cdnDomain = !!a.domain && cdn;
  return {
    type,
    isPrivate,
    isPublic: !isPrivate,
    isEdge: type === 'EDGE',
    isRegional: type === 'REGIONAL',
    integration: a.integration,
    proxy: a.integration !== 'mock' && !a.openapi,
    auth: a.auth ?? 'iam',
    authorizer: a.auth === 'cognito' || a.auth === 'lambda',
    apiKey: !!a.apiKey,
    mtls: !!a.mtlsTruststore && publicDomain && type === 'REGIONAL',
    openapi: !!a.openapi,
    ...(a.openapi && openapiFile ? { openapiFile } : {}),
    publicDomain,
    privateDomain: !!a.domain && isPrivate,
    cdn,
    cdnDomain,
    waf: !isPrivate && !!a.waf,
    // On-premises access (Resolver inbound endpoint, security group and NACL rules) belongs to
    // the network baseline: only when this root creates it.
    hybrid: isPrivate && !!a.hybrid && !a.vpcEndpointId,
    crossAccount: isPrivate && !!a.crossAccount,
    compliance: !!a.compliance,
    baselineOnly: isPrivate && !!a.networkBaseline && !a.vpcEndpointId,
    endpointAccess: isPrivate && !!a.vpcEndpointId && !!a.endpointSecurityGroupId,
    // Edge certificates, and the distribution's certificate and web ACL, live in us-east-1.
    usEast1: (publicDomain && type === 'EDGE') || cdnDomain || (cdn && !!a.waf),
    anyDomain: !!a.domain,
    issuesCertificate: publicDomain || cdnDomain,
    accountBaseline: !!a.accountBaseline || !!a.accountBaselineOnly,
    accountOnly: !!a.accountBaselineOnly,
    createEndpoint: isPrivate && !a.vpcEndpointId && !a.accountBaselineOnly,
    vpcLink: a.integration !== 'nlb' ? 'none' : usesVpcLinkV2(a) ? 'v2' : 'v1',
    createVpcLink: createsVpcLink(a),
  };
}
