/** Answers that contradict each other: each gets an explanation and a fix, never a silent pick. */
import type { Answers } from './types.js';

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
  return out;
}
