/**
 * An organisation preset's `require` as rules (CAE201–CAE212, with CAE208 the allowed endpoint types): each requirement kind is one
 * rule, its messages name the preset, the requirement's file and line and its reason.
 * `generate` runs them on what it is about to write, `check --preset` and `update` on any
 * tree. Also: a preset's `checks` settings (severity changes, disabled rules) applied to a
 * rule list.
 */
import { bodies, evalIn, ofType, pointsTo, valueOf, type Block, type Tree } from '../analysis/tree.js';
import { endpointTypesOf } from './predicates.js';
import { isKnown } from '../analysis/evaluate.js';

/** The API Gateway resources that carry tags. */
const TAGGABLE = ['aws_api_gateway_rest_api', 'aws_api_gateway_stage', 'aws_api_gateway_domain_name'];
import type { Requirement, RuleSetting } from '../catalog/preset-model.js';
import { result, type Rule, type RuleResult } from './model.js';

/** authorization values and the --auth answer they correspond to. */
const AUTH_OF: Record<string, string> = { AWS_IAM: 'iam', COGNITO_USER_POOLS: 'cognito', CUSTOM: 'lambda', NONE: 'none' };
const AUTHORIZATION: Record<string, string> = { iam: 'AWS_IAM', cognito: 'COGNITO_USER_POOLS', lambda: 'CUSTOM', none: 'NONE' };

type Of<K extends Requirement['kind']> = Extract<Requirement, { kind: K }>;

const why = (r: Requirement) => `preset ${r.preset} (${r.file}${r.line ? `:${r.line}` : ''})${r.reason ? `: ${r.reason}` : ''}`;

/** Blocks of a type with the attribute's static text; the others are counted as skipped. */
function staticStrings(tree: Tree, type: string, attr: string, r: RuleResult): [Block, string][] {
  const out: [Block, string][] = [];
  for (const block of ofType(tree, type)) {
    const v = valueOf(tree, block.dir, block.body[attr]);
    if (typeof v === 'string') out.push([block, v]);
    else r.skipped.push({ block, why: `${attr} is an expression that cannot be read statically` });
  }
  return out;
}

/** REST APIs whose endpoint type is not PRIVATE (or cannot be read: then not judged). */
const publicApis = (tree: Tree) =>
  ofType(tree, 'aws_api_gateway_rest_api').filter((api) => {
    const types = valueOf(tree, api.dir, bodies(api.body.endpoint_configuration)[0]?.types);
    return Array.isArray(types) && !types.includes('PRIVATE');
  });

interface Kind<K extends Requirement['kind']> {
  id: string;
  title: string;
  explanation: string;
  judge(tree: Tree, reqs: Of<K>[], r: RuleResult): void;
}

const KINDS: { [K in Requirement['kind']]: Kind<K> } = {
  tag: {
    id: 'CAE201',
    title: 'Organisation preset: required tag missing or malformed (provider default tags or the resource\'s own)',
    explanation: 'The organisation requires these tags on every resource (cost allocation, ownership): the provider\'s default_tags carry them, or each resource\'s tags.',
    judge(tree, reqs, r) {
      // The default tags of every aws provider configured in the tree (unknown ones make the resources' tags unknown too).
      const providers = tree.blocks.filter((b) => b.kind === 'provider' && b.name === 'aws');
      let defaults: Record<string, unknown> = {};
      for (const provider of providers) {
        const block = bodies(provider.body.default_tags)[0];
        const tags = block ? evalIn(tree, provider.dir, block.tags) : {};
        if (!isKnown(tags)) {
          r.skipped.push({ block: provider, why: 'default_tags is an expression that cannot be read statically' });
          return;
        }
        defaults = { ...defaults, ...(tags as Record<string, unknown>) };
      }
      const malformed = (value: unknown, req: Of<'tag'>) => !new RegExp(req.pattern, 'u').test(String(value));
      // Defaults that break a pattern are said once, on the provider that sets them.
      for (const provider of providers)
        for (const req of reqs) {
          const block = bodies(provider.body.default_tags)[0];
          const value = block ? (evalIn(tree, provider.dir, block.tags) as Record<string, unknown>)[req.key] : undefined;
          if (value !== undefined && malformed(value, req)) r.hits.push({ block: provider, message: `default tag ${req.key} = ${JSON.stringify(value)} does not match ${req.pattern}, required by ${why(req)}.`, fix: `Give ${req.key} a value matching ${req.pattern}.` });
        }
      for (const type of TAGGABLE)
        for (const res of ofType(tree, type)) {
          const own = res.body.tags === undefined ? {} : evalIn(tree, res.dir, res.body.tags);
          if (!isKnown(own)) {
            r.skipped.push({ block: res, why: 'tags is an expression that cannot be read statically' });
            continue;
          }
          const tags = { ...defaults, ...(own as Record<string, unknown>) };
          for (const req of reqs) {
            const value = tags[req.key];
            if (value === undefined)
              r.hits.push({ block: res, message: `${res.address} has no tag ${req.key}${providers.length ? ' (neither in the provider\'s default tags nor its own)' : ' (no provider "aws" with default_tags in the tree, and not in its own tags)'}, required by ${why(req)}.`, fix: `default_tags { tags = { ${JSON.stringify(req.key)} = "<a value matching ${req.pattern}>" } } on the aws provider, or tags = { … } on the resource (with create-api-endpoint: --tags ${req.key}=…).` });
            else if (malformed(value, req) && (own as Record<string, unknown>)[req.key] !== undefined)
              r.hits.push({ block: res, message: `${res.address}: tag ${req.key} = ${JSON.stringify(value)} does not match ${req.pattern}, required by ${why(req)}.`, fix: `Give ${req.key} a value matching ${req.pattern}.` });
          }
        }
    },
  },
  name: {
    id: 'CAE202',
    title: 'Organisation preset: API name outside the required pattern',
    explanation: 'The organisation names APIs by a pattern (discoverability, IAM conditions on names, dashboards).',
    judge(tree, reqs, r) {
      for (const [api, name] of staticStrings(tree, 'aws_api_gateway_rest_api', 'name', r))
        for (const req of reqs)
          if (!new RegExp(req.pattern, 'u').test(name)) r.hits.push({ block: api, message: `API name ${JSON.stringify(name)} does not match ${req.pattern}, required by ${why(req)}.`, fix: `Rename the API to match ${req.pattern}.` });
    },
  },
  'domain-suffix': {
    id: 'CAE203',
    title: 'Organisation preset: custom domain outside the required suffix',
    explanation: 'The organisation serves APIs under its own domains only (certificates, DNS delegation, cookie scope).',
    judge(tree, reqs, r) {
      for (const [d, name] of staticStrings(tree, 'aws_api_gateway_domain_name', 'domain_name', r))
        for (const req of reqs)
          if (name !== req.suffix && !name.endsWith(`.${req.suffix}`)) r.hits.push({ block: d, message: `custom domain ${name} is not under ${req.suffix}, required by ${why(req)}.`, fix: `Use a domain ending in .${req.suffix}.` });
    },
  },
  waf: {
    id: 'CAE204',
    title: 'Organisation preset: public stage without an AWS WAF web ACL',
    explanation: 'The organisation puts a web ACL in front of every public API (managed rules, rate limits).',
    judge(tree, reqs, r) {
      const associations = ofType(tree, 'aws_wafv2_web_acl_association');
      for (const api of publicApis(tree)) {
        const stages = ofType(tree, 'aws_api_gateway_stage', api.dir).filter((s) => JSON.stringify(s.body.rest_api_id ?? '').includes(api.address));
        for (const stage of stages) {
          const covered = associations.some((a) => JSON.stringify(a.body.resource_arn ?? '').includes(stage.address));
          if (!covered) r.hits.push({ block: stage, message: `public stage has no aws_wafv2_web_acl_association, required by ${why(reqs[0]!)}.`, fix: 'Associate a REGIONAL web ACL with the stage (create-api-endpoint: --waf).' });
        }
      }
    },
  },
  'log-retention-days': {
    id: 'CAE205',
    title: 'Organisation preset: log group kept shorter than required',
    explanation: 'The organisation keeps API logs for a minimum time (audit, incident review).',
    judge(tree, reqs, r) {
      const days = Math.max(...reqs.map((q) => q.days));
      const req = reqs.find((q) => q.days === days)!;
      for (const g of ofType(tree, 'aws_cloudwatch_log_group')) {
        if (g.body.retention_in_days === undefined) continue; // never expires
        const v = valueOf(tree, g.dir, g.body.retention_in_days);
        if (typeof v !== 'number') {
          r.skipped.push({ block: g, why: 'retention_in_days is an expression that cannot be read statically' });
          continue;
        }
        if (v !== 0 && v < days) r.hits.push({ block: g, message: `log group keeps logs ${v} days, less than the ${days} required by ${why(req)}.`, fix: `retention_in_days = ${days} (or more).` });
      }
    },
  },
  'log-kms': {
    id: 'CAE206',
    title: 'Organisation preset: log group not encrypted with a KMS key',
    explanation: 'The organisation encrypts logs with its own KMS keys (key policy, revocation, audit of use).',
    judge(tree, reqs, r) {
      for (const g of ofType(tree, 'aws_cloudwatch_log_group')) {
        const raw = g.body.kms_key_id;
        const v = raw === undefined ? null : valueOf(tree, g.dir, raw);
        if (v === null) r.hits.push({ block: g, message: `log group has no kms_key_id, required by ${why(reqs[0]!)}.`, fix: 'kms_key_id = <the ARN of a KMS key whose policy allows logs.<region>.amazonaws.com>.' });
      }
    },
  },
  'private-dns': {
    id: 'CAE207',
    title: 'Organisation preset: execute-api endpoint private DNS not as required',
    explanation: 'The organisation decides once per VPC whether the default execute-api host names resolve to the endpoint (private DNS on breaks public APIs\' default host names from that VPC).',
    judge(tree, reqs, r) {
      const req = reqs[reqs.length - 1]!;
      for (const e of ofType(tree, 'aws_vpc_endpoint').filter((x) => /execute-api/.test(String(x.body.service_name ?? '')))) {
        const v = e.body.private_dns_enabled === undefined ? false : valueOf(tree, e.dir, e.body.private_dns_enabled);
        if (typeof v !== 'boolean') {
          r.skipped.push({ block: e, why: 'private_dns_enabled is an expression that cannot be read statically' });
          continue;
        }
        if (v !== req.value) r.hits.push({ block: e, message: `private_dns_enabled = ${v}, but ${why(req)} requires ${req.value}.`, fix: `private_dns_enabled = ${req.value}.` });
      }
    },
  },
  auth: {
    id: 'CAE210',
    title: 'Organisation preset: a method authenticates callers in a way the organisation does not allow',
    explanation: 'The organisation allows only some ways to authenticate callers (for example no method open to anyone): each method\'s authorization must be one of them. CORS preflight (OPTIONS) methods are open by design and not judged.',
    judge(tree, reqs, r) {
      const allowed = reqs.map((q) => q.methods).reduce((a, b) => a.filter((m) => b.includes(m)));
      const req = reqs[reqs.length - 1]!;
      for (const m of ofType(tree, 'aws_api_gateway_method')) {
        const auth = evalIn(tree, m.dir, m.body.authorization);
        const method = evalIn(tree, m.dir, m.body.http_method);
        if (!isKnown(auth) || typeof auth !== 'string') {
          r.skipped.push({ block: m, why: 'authorization is an expression that cannot be read statically' });
          continue;
        }
        if (method === 'OPTIONS') continue;
        const way = AUTH_OF[auth.toUpperCase()];
        if (way === undefined || allowed.includes(way)) continue;
        r.hits.push({ block: m, message: `authorization = ${JSON.stringify(auth)} (${way}) is not allowed by ${why(req)}; allowed: ${allowed.join(', ')}.`, fix: `authorization = ${allowed.map((a) => JSON.stringify(AUTHORIZATION[a])).join(' or ')} (create-api-endpoint: --auth ${allowed.join('|')}).` });
      }
    },
  },
  'api-key': {
    id: 'CAE211',
    title: 'Organisation preset: a public API method that does not require an API key',
    explanation: 'The organisation meters every public API\'s callers with API keys in a usage plan (per-client throttling and quotas). API keys identify callers; they do not replace authentication. CORS preflight (OPTIONS) methods cannot take a key and are not judged.',
    judge(tree, reqs, r) {
      for (const api of ofType(tree, 'aws_api_gateway_rest_api')) {
        const types = endpointTypesOf(tree, api);
        if (!types.known) {
          r.skipped.push({ block: api, why: 'endpoint_configuration.types cannot be read statically' });
          continue;
        }
        if (types.value.includes('PRIVATE')) continue;
        for (const m of ofType(tree, 'aws_api_gateway_method').filter((x) => pointsTo(tree, x, x.body.rest_api_id, api))) {
          const key = m.body.api_key_required === undefined ? false : evalIn(tree, m.dir, m.body.api_key_required);
          if (!isKnown(key)) {
            r.skipped.push({ block: m, why: 'api_key_required is an expression that cannot be read statically' });
            continue;
          }
          if (key !== true && evalIn(tree, m.dir, m.body.http_method) !== 'OPTIONS') r.hits.push({ block: m, message: `${m.address} on a ${types.value.join('/')} API does not require an API key, required by ${why(reqs[0]!)}.`, fix: 'api_key_required = true, and an aws_api_gateway_usage_plan with the stage and the clients\' keys (create-api-endpoint: --api-key).' });
        }
      }
    },
  },
  mtls: {
    id: 'CAE212',
    title: 'Organisation preset: a regional custom domain without mutual TLS',
    explanation: 'The organisation requires client certificates (mutual TLS) on the custom domains of its partner APIs. API Gateway offers mutual TLS on REGIONAL custom domains (and private custom domains do not support it); edge-optimized domains are not judged.',
    judge(tree, reqs, r) {
      for (const d of ofType(tree, 'aws_api_gateway_domain_name')) {
        const config = bodies(d.body.endpoint_configuration)[0];
        const types = config ? evalIn(tree, d.dir, config.types) : ['EDGE'];
        if (!Array.isArray(types)) {
          r.skipped.push({ block: d, why: 'endpoint_configuration.types cannot be read statically' });
          continue;
        }
        if (!types.includes('REGIONAL')) continue;
        if (!bodies(d.body.mutual_tls_authentication).length) r.hits.push({ block: d, message: `regional custom domain without mutual_tls_authentication, required by ${why(reqs[0]!)}.`, fix: 'mutual_tls_authentication { truststore_uri = "s3://bucket/truststore.pem" truststore_version = "<object version>" } and disable_execute_api_endpoint = true on the API (create-api-endpoint: --mtls-truststore).' });
      }
    },
  },
  'vpc-endpoint-id': {
    id: 'CAE209',
    title: 'Organisation preset: private API not reached through the shared execute-api endpoint',
    explanation: 'The organisation runs one execute-api interface endpoint per VPC (a second one with private DNS cannot exist): every private API uses it instead of creating its own.',
    judge(tree, reqs, r) {
      const req = reqs[reqs.length - 1]!;
      for (const e of ofType(tree, 'aws_vpc_endpoint').filter((x) => /execute-api/.test(String(x.body.service_name ?? ''))))
        r.hits.push({ block: e, message: `creates an execute-api interface endpoint, but ${why(req)} requires the shared one, ${req.id}.`, fix: `Remove it and pass vpc_endpoint_ids = ["${req.id}"] (create-api-endpoint: --vpc-endpoint-id ${req.id}).` });
      for (const api of ofType(tree, 'aws_api_gateway_rest_api')) {
        const config = bodies(api.body.endpoint_configuration)[0];
        const types = valueOf(tree, api.dir, config?.types);
        if (!Array.isArray(types) || !types.includes('PRIVATE')) continue;
        const ids = valueOf(tree, api.dir, config?.vpc_endpoint_ids);
        if (!Array.isArray(ids)) {
          r.skipped.push({ block: api, why: 'vpc_endpoint_ids is an expression that cannot be read statically' });
          continue;
        }
        if (!ids.includes(req.id)) r.hits.push({ block: api, message: `private API is associated with ${ids.join(', ') || 'no endpoint'}, not the shared ${req.id} that ${why(req)} requires.`, fix: `vpc_endpoint_ids = ["${req.id}"]` });
      }
    },
  },
};

/** The rules a preset's requirements make: one per kind of requirement it has. */
export function presetRules(requirements: readonly Requirement[], types?: { values: string[]; preset: string; file: string; line?: number; reason?: string }): Rule[] {
  const rules: Rule[] = types ? [endpointTypeRule(types.values, types)] : [];
  for (const kind of Object.keys(KINDS) as Requirement['kind'][]) {
    const reqs = requirements.filter((q) => q.kind === kind);
    if (!reqs.length) continue;
    const k = KINDS[kind] as unknown as Kind<typeof kind>;
    rules.push({
      id: k.id,
      title: k.title,
      severity: 'error',
      scope: 'any',
      seed: 'organisation preset',
      explanation: k.explanation,
      run(tree) {
        const r = result();
        k.judge(tree, reqs as never, r);
        return r;
      },
    });
  }
  return rules;
}

/** A preset's allowed (or locked) endpoint types as a rule on any tree: CAE208. */
export function endpointTypeRule(allowed: string[], origin: { preset: string; file: string; line?: number; reason?: string }): Rule {
  const types = allowed.map((t) => t.toUpperCase());
  return {
    id: 'CAE208',
    title: 'Organisation preset: endpoint type not allowed',
    severity: 'error',
    scope: 'any',
    seed: 'organisation preset',
    explanation: 'The organisation allows only some endpoint types (e.g. PRIVATE only in a regulated account).',
    run(tree) {
      const r = result();
      for (const api of ofType(tree, 'aws_api_gateway_rest_api')) {
        const v = valueOf(tree, api.dir, bodies(api.body.endpoint_configuration)[0]?.types);
        if (!Array.isArray(v)) {
          r.skipped.push({ block: api, why: 'endpoint_configuration.types cannot be read statically' });
          continue;
        }
        const bad = v.filter((t) => !types.includes(String(t)));
        if (bad.length) r.hits.push({ block: api, message: `endpoint type ${bad.join(', ')} is not allowed by ${why({ ...origin, kind: 'waf' })}; allowed: ${types.join(', ')}.`, fix: `endpoint_configuration { types = ["${types[0]}"] }` });
      }
      return r;
    },
  };
}

/** The IDs preset rules may have (for `checks:` validation and the rule table). */
export const PRESET_RULE_IDS = [...Object.values(KINDS).map((k) => k.id), 'CAE208'];

/** A preset's `checks`: disabled rules dropped (and listed with their reason), severities changed. */
export function applySettings(rules: Rule[], settings: ReadonlyMap<string, RuleSetting>): { rules: Rule[]; disabled: { rule: string; reason: string; preset: string }[] } {
  const disabled: { rule: string; reason: string; preset: string }[] = [];
  const out: Rule[] = [];
  for (const rule of rules) {
    const s = settings.get(rule.id);
    if (s?.disabled) disabled.push({ rule: rule.id, reason: s.reason ?? '', preset: s.preset });
    else out.push(s?.severity ? { ...rule, severity: s.severity } : rule);
  }
  return { rules: out, disabled };
}

