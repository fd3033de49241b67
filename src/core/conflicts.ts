/** Answers that contradict each other: each gets an explanation and a fix, never a silent pick. */
import type { Answers } from './types.js';
import { chosenType } from './endpoint-type.js';

export function findConflicts(a: Answers): string[] {
  const out: string[] = [];
  const publicType = a.endpointType === 'edge' || a.endpointType === 'regional';
  if (a.compliance && a.clients !== 'internal' && a.endpointType !== 'private') {
    out.push(
      `--compliance conflicts with --clients ${a.clients}: regulated traffic must never cross the public internet, but public clients reach the API over it.\n` +
        `  Fix: --clients internal (a PRIVATE endpoint reached through AWS PrivateLink), or --no-compliance if public access is acceptable.`,
    );
  } else if (a.compliance && publicType) {
    out.push(
      `--compliance conflicts with --endpoint-type ${a.endpointType}: a public endpoint is reachable from the internet, which compliance forbids.\n` +
        `  Fix: drop --endpoint-type to take the PRIVATE recommendation, or --no-compliance.`,
    );
  }
  if (a.endpointType === 'edge' && a.ownCdn) {
    out.push(
      '--endpoint-type edge conflicts with --own-cdn: an edge-optimized endpoint already sits behind a CloudFront distribution you cannot manage; your own distribution in front would make two CloudFront layers.\n' +
        '  Fix: --endpoint-type regional (the recommendation), or drop --own-cdn.',
    );
  }
  const type = chosenType(a);
  if (a.auth === 'iam' && a.ownCdn && a.clients !== 'internal' && type === 'REGIONAL')
    out.push(
      '--auth iam conflicts with --own-cdn: CloudFront rewrites Host and prefixes the stage to the path, so a SigV4 signature made for the CloudFront name never validates at API Gateway (every call 403).\n' +
        '  Fix: --auth cognito or --auth lambda (tokens pass through CloudFront), or --auth none behind the distribution\'s origin secret, or drop --own-cdn.',
    );
  if (a.mtlsTruststore && (type !== 'REGIONAL' || !a.domain || (a.ownCdn && a.clients !== 'internal')))
    out.push(
      `--mtls-truststore conflicts with ${type !== 'REGIONAL' ? `a ${type} endpoint` : !a.domain ? 'no custom domain' : '--own-cdn'}: API Gateway authenticates client certificates only on a REGIONAL custom domain it serves itself${type === 'EDGE' ? ' (an edge-optimized domain terminates TLS at CloudFront)' : type === 'PRIVATE' ? ' (private custom domains do not support mutual TLS)' : a.ownCdn ? ' (behind your CloudFront, the client\'s certificate ends at CloudFront)' : ''}.\n` +
        `  Fix: ${type !== 'REGIONAL' ? '--endpoint-type regional with --domain' : !a.domain ? 'give --domain <fqdn>' : 'drop --own-cdn'}, or drop --mtls-truststore.`,
    );
  if (a.accountBaselineOnly) {
    const with_ = [a.networkBaseline && '--network-baseline', a.vpcEndpointId && '--vpc-endpoint-id', a.domain && '--domain', a.openapi && '--openapi', a.crossAccount && '--cross-account', a.hybrid && '--hybrid', a.vpcId && '--vpc-id'].filter(Boolean);
    if (with_.length)
      out.push(`--account-baseline-only conflicts with ${with_.join(', ')}: the account baseline root holds neither an API nor a network, only the account's API Gateway logging role.\n  Fix: drop ${with_.join(', ')} here (an on/off answer a preset or answers file turns on: --no-${(with_[0] as string).slice(2).split(' ')[0]}) and give them to the API's (or the network baseline's) own root.`);
  }
  if (a.networkBaseline && !a.accountBaselineOnly) {
    const with_ = [a.vpcEndpointId && '--vpc-endpoint-id (this root creates the endpoint)', a.domain && '--domain', a.openapi && '--openapi', a.crossAccount && '--cross-account'].filter(Boolean);
    if (type !== 'PRIVATE')
      out.push(`--network-baseline conflicts with a ${type} endpoint: the network baseline is the VPC's execute-api endpoint, for private APIs.\n  Fix: --clients internal, or drop --network-baseline.`);
    else if (with_.length)
      out.push(`--network-baseline conflicts with ${with_.join(', ')}: the baseline root holds no API, only what every private API in the VPC shares.\n  Fix: drop ${with_.map((w) => (w as string).split(' ')[0]).join(', ')} here, and give them to each API's own root (with --vpc-endpoint-id and --endpoint-security-group-id).`);
  }
  return out;
}
