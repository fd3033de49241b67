import { bodies, evalIn, ofType, refsIn } from '../analysis/tree.js';
import { Unknown } from '../analysis/evaluate.js';
import { result, type Rule } from './model.js';

export const rule: Rule = {
  id: 'CAE024',
  title: 'CloudFront in front of API Gateway without a secret origin header checked at the API',
  severity: 'warning',
  scope: 'any',
  seed: 'Endpoint types, 2. Regional: your own CloudFront distribution in front of a regional endpoint',
  explanation: 'A regional endpoint behind your own CloudFront stays reachable directly: callers can go around the distribution and whatever it enforces (WAF at the edge, geo restriction, caching) unless CloudFront adds a secret header that the API side (a web ACL on the stage) requires.',
  fix: 'Have CloudFront add a secret origin header (custom_header) and a web ACL on the stage block requests without it.',
  run(tree) {
    const r = result();
    // Header names a web ACL matches on (single_header, at any nesting).
    const checked = new Set(ofType(tree, 'aws_wafv2_web_acl').flatMap((acl) => [...JSON.stringify(acl.body.rule ?? []).matchAll(/"single_header":\[\{"name":"([^"]+)"\}\]/g)].map((m) => m[1]!.toLowerCase())));
    const aclsFromModules = tree.calls.some((c) => c.target === undefined);
    for (const cf of ofType(tree, 'aws_cloudfront_distribution'))
      for (const origin of bodies(cf.body.origin)) {
        const domain = evalIn(tree, cf.dir, origin.domain_name);
        const toApi = (typeof domain === 'string' && /execute-api/.test(domain)) || (domain instanceof Unknown && ((domain.pattern && /execute-api/.test(domain.pattern)) || [...refsIn(tree, cf.dir, origin.domain_name)].some((x) => /::aws_api_gateway_(rest_api|stage|domain_name|deployment)\./.test(x))));
        if (!toApi) continue;
        const headers = bodies(origin.custom_header).map((h) => String(evalIn(tree, cf.dir, h.name)).toLowerCase());
        if (headers.some((h) => checked.has(h))) continue;
        if (headers.length && aclsFromModules) {
          r.skipped.push({ block: cf, why: 'the web ACL that checks its origin header may come from a module this check does not read' });
          continue;
        }
        r.hits.push({
          block: cf,
          message: `${cf.address} forwards to API Gateway, but ${headers.length ? `no web ACL in the tree checks its origin header ${headers.join(', ')}` : 'adds no secret origin header'}: callers can reach the API directly, around CloudFront.`,
          fix: 'origin {\n  custom_header {\n    name  = "x-origin-verify"\n    value = var.origin_verify_secret\n  }\n}\n# and in the stage\'s web ACL: block requests whose x-origin-verify header is not that secret (byte_match_statement, EXACTLY)',
        });
      }
    return r;
  },
};
