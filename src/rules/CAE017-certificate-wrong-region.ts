import { evalIn, ofType, refsIn, type Block, type Tree } from '../analysis/tree.js';
import { Unknown } from '../analysis/evaluate.js';
import { result, type Rule } from './model.js';

/** The Region of the aws provider a block uses in its folder (its provider argument, else the default one passed or configured). */
function providerRegion(tree: Tree, dir: string, alias: string | undefined, depth = 0): string | undefined {
  if (depth > 16) return undefined;
  const providers = (tree.index.get('provider') ?? []).filter((p) => p.dir === dir && p.name === 'aws');
  const own = providers.find((p) => (alias === undefined ? p.body.alias === undefined : evalIn(tree, dir, p.body.alias) === alias));
  if (own) {
    const v = evalIn(tree, dir, own.body.region);
    return typeof v === 'string' ? v : undefined;
  }
  // A module gets its providers from its caller: the providers map, or the caller's default.
  const callers = tree.calls.filter((c) => c.target === dir);
  if (callers.length !== 1) return undefined;
  const call = callers[0]!;
  const map = call.block.body.providers;
  const key = alias === undefined ? 'aws' : `aws.${alias}`;
  if (map && typeof map === 'object' && !Array.isArray(map) && key in (map as object)) {
    const passed = String((map as Record<string, unknown>)[key]).replace(/^\$\{(.*)\}$/, '$1');
    const m = /^aws(?:\.([\w-]+))?$/.exec(passed);
    return m ? providerRegion(tree, call.block.dir, m[1], depth + 1) : undefined;
  }
  return alias === undefined ? providerRegion(tree, call.block.dir, undefined, depth + 1) : undefined;
}

/** The Region of a certificate: from a literal ARN, or the provider of an aws_acm_certificate(_validation) in the tree. */
function certificateRegion(tree: Tree, d: Block, raw: unknown): string | undefined {
  const v = evalIn(tree, d.dir, raw);
  if (typeof v === 'string') return /^arn:aws[\w-]*:acm:([a-z0-9-]+):/.exec(v)?.[1];
  if (!(v instanceof Unknown)) return undefined;
  const refs = refsIn(tree, d.dir, raw);
  const cert = [...ofType(tree, 'aws_acm_certificate'), ...ofType(tree, 'aws_acm_certificate_validation')].find((c) => refs.has(`${c.dir}::${c.address}`));
  if (!cert) return undefined;
  const alias = /^\$\{aws\.([\w-]+)\}$/.exec(String(cert.body.provider ?? ''))?.[1];
  return providerRegion(tree, cert.dir, alias);
}

export const rule: Rule = {
  id: 'CAE017',
  title: 'Custom domain certificate in the wrong Region',
  severity: 'error',
  scope: 'any',
  seed: 'Endpoint types, 1. Edge-optimized (CloudFront); Misconfigurations and fixes, 5. Misconfigured custom domain names',
  explanation: 'An edge-optimized domain needs its ACM certificate in us-east-1 (CloudFront); a regional domain needs it in the API\'s own Region.',
  fix: 'Issue an edge-optimized domain\'s certificate in us-east-1 (a provider alias for it), a regional one\'s in the API\'s Region.',
  run(tree) {
    const r = result();
    for (const d of ofType(tree, 'aws_api_gateway_domain_name')) {
      const edge = d.body.certificate_arn !== undefined;
      const raw = edge ? d.body.certificate_arn : d.body.regional_certificate_arn;
      if (raw === undefined) continue;
      const region = certificateRegion(tree, d, raw);
      const alias = /^\$\{aws\.([\w-]+)\}$/.exec(String(d.body.provider ?? ''))?.[1];
      const want = edge ? 'us-east-1' : providerRegion(tree, d.dir, alias);
      if (!region || !want) r.skipped.push({ block: d, why: 'the certificate\'s or the provider\'s Region is not static' });
      else if (region !== want)
        r.hits.push({ block: d, message: `${d.address} is ${edge ? 'edge-optimized' : 'regional'} but its certificate is in ${region}, not ${want}: creating the domain fails ("certificate not found" / "must be in ${want}").`, fix: edge ? 'provider "aws" {\n  alias  = "us_east_1"\n  region = "us-east-1"\n}\n# and on the certificate: provider = aws.us_east_1' : `# issue the certificate in ${want}, the API's Region` });
    }
    return r;
  },
};
