/**
 * A Backstage Software Template (scaffolder.backstage.io/v1beta3) whose form is the question
 * catalog, narrowed by a preset: each question a field (its prompt as the title, its help as
 * the description, its type, choices and pattern), locked answers shown fixed with their
 * reason, allowed lists as the only choices, required tags as fields with their patterns. Its
 * step runs the scaffolder action create-api-endpoint:generate (the package's
 * create-api-endpoint/backstage export), which calls the programmatic API in-process. Derived,
 * so the portal's form cannot drift from the CLI's questions. Pure.
 */
import { propertyOf } from './answers-schema.js';
import { QUESTIONS, type Question } from './questions.js';
import type { Policy } from './preset-model.js';

type Schema = Record<string, unknown>;

/** The action the template's step runs (exported by create-api-endpoint/backstage). */
export const BACKSTAGE_ACTION = 'create-api-endpoint:generate';

/** Form pages, in the order the wizard asks; the rest goes on the last page. */
const PAGES: { title: string; ids: string[] }[] = [
  { title: 'The API', ids: ['name', 'description', 'region', 'tags'] },
  { title: 'Who calls it', ids: ['clients', 'ownCdn', 'compliance', 'hybrid', 'onpremCidrs', 'crossAccount', 'consumerAccounts', 'auth', 'authNoneReason', 'cognitoUserPoolArns', 'authorizerFunction', 'apiKey'] },
  { title: 'Domain and backend', ids: ['domain', 'mtlsTruststore', 'integration', 'openapi'] },
];

/** One question as a form field, with what the preset says about it. */
function field(q: Question, policy: Policy): Schema {
  const base = propertyOf(q);
  const { description: _d, oneOf, ...rest } = base as Schema & { oneOf?: Schema[] };
  // A list is a list in the form (the CLI also takes one comma-separated string).
  const typed: Schema = oneOf ? (oneOf.find((f) => f.type === 'array') ?? oneOf[0]!) : rest;
  const out: Schema = { title: q.prompt.replace(/\s*\(.*\)\s*$/, '').replace(/[?:]$/, ''), description: `${q.help}${q.appliesTo ? ` Applies to ${q.appliesTo}.` : ''}`, ...typed };
  const lock = policy.locked.get(q.flag);
  if (lock) {
    Object.assign(out, { const: lock.value, default: lock.value, 'ui:readonly': true, description: `Fixed by preset ${lock.preset}: ${lock.reason}` });
    return out;
  }
  const allow = policy.allowed.get(q.flag);
  if (allow && Array.isArray(out.enum)) out.enum = (out.enum as string[]).filter((v) => allow.values.includes(v));
  if (allow && q.id === 'region') out.enum = allow.values;
  const preset = policy.defaults[q.flag];
  if (preset !== undefined) out.default = preset;
  if (q.kind === 'select') out['ui:enumNames'] = q.choices.filter((c) => !Array.isArray(out.enum) || (out.enum as string[]).includes(c.value)).map((c) => c.label);
  if (q.kind === 'boolean' && out.default === undefined) {
    // The form needs a value for a checkbox; the catalog's default where it does not depend on other answers.
    try {
      const d = q.default({} as never, {});
      if (typeof d === 'boolean') out.default = d;
    } catch {
      /* depends on other answers: the action's defaults apply */
    }
  }
  return out;
}

/** The tags the preset requires, each a field with its pattern (the action turns them into --tags). */
function tagsField(policy: Policy): Schema | undefined {
  const tags = policy.require.filter((r): r is Extract<typeof r, { kind: 'tag' }> => r.kind === 'tag');
  if (!tags.length) return undefined;
  return {
    title: 'Tags',
    description: 'Tags every resource carries (the provider\'s default tags); the organisation requires these.',
    type: 'object',
    required: tags.map((t) => t.key),
    properties: Object.fromEntries(tags.map((t) => [t.key, { title: t.key, type: 'string', pattern: t.pattern, description: `Must match ${t.pattern}${t.reason ? `: ${t.reason}` : ''} (preset ${t.preset}).` }])),
  };
}

export interface TemplateOptions {
  /** The preset as given (a built-in name, a file, a package), passed to the action. */
  presetSpec?: string;
  policy: Policy;
  version: string;
  /** The catalog entity's owner (default platform-team). */
  owner?: string;
}

export function backstageTemplate(o: TemplateOptions): Schema {
  const { policy } = o;
  const last = policy.chain[policy.chain.length - 1];
  const byId = new Map<string, Question>(QUESTIONS.map((q) => [q.id, q]));
  const used = new Set<string>();
  const page = (title: string, ids: string[]): Schema | undefined => {
    const properties: Schema = {};
    const required: string[] = [];
    for (const id of ids) {
      const q = byId.get(id);
      if (!q || used.has(id)) continue;
      used.add(id);
      if (id === 'tags') {
        const tags = tagsField(policy);
        if (tags) {
          properties.tags = tags;
          required.push('tags');
        }
        continue;
      }
      properties[q.flag] = field(q, policy);
      if (q.required && !q.when && !policy.locked.has(q.flag)) required.push(q.flag);
    }
    if (!Object.keys(properties).length) return undefined;
    return { title, ...(required.length ? { required } : {}), properties };
  };
  const pages = PAGES.map((p) => page(p.title, p.ids));
  const rest = QUESTIONS.filter((q) => !used.has(q.id)).map((q) => q.id);
  pages.push(page('Network and advanced', rest));
  const name = `create-api-endpoint${last ? `-${last.name.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}` : ''}`.slice(0, 63).replace(/-+$/, '');
  return {
    apiVersion: 'scaffolder.backstage.io/v1beta3',
    kind: 'Template',
    metadata: {
      name,
      title: `Amazon API Gateway API${last ? ` (${last.name})` : ''}`,
      description: `${last?.description ?? 'An API Gateway REST API with the endpoint type (EDGE, REGIONAL or PRIVATE) chosen for its clients, as checked Terraform.'} Generated by create-api-endpoint ${o.version} from its question catalog${last ? ` and preset ${last.name}` : ''}; regenerate it (create-api-endpoint backstage template) when either changes.`,
      tags: ['aws', 'api-gateway', 'terraform'],
      annotations: { 'create-api-endpoint/version': o.version, ...(o.presetSpec ? { 'create-api-endpoint/preset': o.presetSpec } : {}) },
    },
    spec: {
      owner: o.owner ?? 'platform-team',
      type: 'service',
      parameters: pages.filter(Boolean),
      steps: [
        {
          id: 'generate',
          name: 'Recommend the endpoint type and write checked Terraform',
          action: BACKSTAGE_ACTION,
          input: {
            answers: '${{ parameters }}',
            targetPath: '${{ parameters.name }}',
            ...(o.presetSpec ? { preset: o.presetSpec } : {}),
          },
        },
      ],
      output: {
        text: [
          { title: 'Endpoint type', content: '**${{ steps.generate.output.endpointType }}** (recommended: ${{ steps.generate.output.recommended }})' },
          { title: 'Why', content: '${{ steps.generate.output.reasons | join("\\n\\n") }}' },
          { title: 'Warnings', content: '${{ steps.generate.output.warnings | join("\\n\\n") }}' },
        ],
      },
    },
  };
}
