/**
 * The concepts every rule needs, each read one way: the endpoint types of an API or domain,
 * the policies attached to an API (however attached: its own argument, a policy resource in
 * any module, the OpenAPI body's x-amazon-apigateway-policy), what a policy says as IAM reads
 * it, whether a deployment is redeployed when something changes, who a security group
 * admits. Each answers Known (a value) or not (why): a rule that cannot establish a fact skips
 * and says so, never guesses an error.
 */
import { bodies, evalIn, ofType, pointsTo, refOf, refsIn, type Block, type Json, type Tree } from '../analysis/tree.js';
import { Conditional, Encoded, evaluate, fromJson, isKnown, isObject, Unknown, type Value } from '../analysis/evaluate.js';
import { load as loadYaml } from 'js-yaml';
import { analyzeSpec, isUnknownText, specVersion, UNKNOWN_MARK, type Json as SpecJson, type SpecFacts } from '../openapi/document.js';

export type Known<T> = { known: true; value: T } | { known: false; why: string };
export const known = <T>(value: T): Known<T> => ({ known: true, value });
export const notKnown = <T>(why: string): Known<T> => ({ known: false, why });

/** Whether a body builds the named nested block with `dynamic "<name>" { … }`. */
export function hasDynamic(body: Json, name: string): boolean {
  return bodies(body.dynamic).some((d) => name in d);
}

/**
 * The nested blocks `name` of a block as Terraform expands them: the literal ones, and a
 * dynamic block's content once per element of its for_each when that is known (for_each =
 * var.on ? [1] : [] with var.on known). Unknown when a for_each cannot be read statically.
 */
export function blocksOf(tree: Tree, b: Block, name: string, body: Json = b.body): Known<Json[]> {
  const out = [...bodies(body[name])];
  for (const d of bodies(body.dynamic)) {
    if (!(name in d)) continue;
    for (const spec of bodies(d[name])) {
      const each = evaluate(spec.for_each, tree.scope(b.dir, true));
      const n = Array.isArray(each) ? each.length : isObject(each) ? Object.keys(each).length : undefined;
      if (n === undefined || !isKnownLength(each)) return notKnown(`the dynamic ${name} block's for_each cannot be read statically`);
      const content = bodies(spec.content)[0] ?? {};
      for (let i = 0; i < n; i++) out.push(content);
    }
  }
  return known(out);
}

/** A list or map whose number of elements is known (its elements may not be). */
const isKnownLength = (v: Value): boolean => Array.isArray(v) || isObject(v);

// --- Endpoint types ---------------------------------------------------------------------------

/**
 * The endpoint types of a REST API or custom domain: endpoint_configuration.types, else the
 * import parameter endpointConfigurationTypes, else EDGE (the default for both).
 */
export function endpointTypesOf(tree: Tree, b: Block): Known<string[]> {
  if (hasDynamic(b.body, 'endpoint_configuration')) return notKnown('endpoint_configuration is a dynamic block');
  const config = bodies(b.body.endpoint_configuration)[0];
  if (config?.types !== undefined) {
    const v = evalIn(tree, b.dir, config.types);
    if (Array.isArray(v) && v.every((t) => typeof t === 'string')) return known((v as string[]).map((t) => t.toUpperCase()));
    if (typeof v === 'string') return known([v.toUpperCase()]);
    return notKnown(v instanceof Conditional ? 'endpoint_configuration.types depends on a condition known only at plan time' : 'endpoint_configuration.types is an expression that cannot be read statically');
  }
  if (b.type === 'aws_api_gateway_rest_api' && b.body.parameters !== undefined) {
    const params = evalIn(tree, b.dir, b.body.parameters);
    if (!isObject(params)) return notKnown('parameters cannot be read statically');
    const t = params.endpointConfigurationTypes;
    if (typeof t === 'string') return known([t.toUpperCase()]);
    if (t !== undefined) return notKnown('parameters.endpointConfigurationTypes cannot be read statically');
  }
  return known(['EDGE']);
}

/** REST APIs whose endpoint type is PRIVATE; those whose type cannot be read are listed apart. */
export function privateApis(tree: Tree): { apis: Block[]; unknown: { block: Block; why: string }[] } {
  const apis: Block[] = [];
  const unknown: { block: Block; why: string }[] = [];
  for (const api of ofType(tree, 'aws_api_gateway_rest_api')) {
    const t = endpointTypesOf(tree, api);
    if (!t.known) unknown.push({ block: api, why: t.why });
    else if (t.value.includes('PRIVATE')) apis.push(api);
  }
  return { apis, unknown };
}

// --- The OpenAPI body --------------------------------------------------------------------------

/** The OpenAPI document an API is defined by (its `body`), as a value; undefined without one. */
const specSeen = new WeakMap<Block, Known<Value> | undefined>();
export function specOf(tree: Tree, api: Block): Known<Value> | undefined {
  if (!specSeen.has(api)) specSeen.set(api, readSpec(tree, api));
  return specSeen.get(api);
}

function readSpec(tree: Tree, api: Block): Known<Value> | undefined {
  if (api.body.body === undefined) return undefined;
  const v = evalIn(tree, api.dir, api.body.body);
  if (typeof v === 'string') {
    try {
      return known(fromJson(JSON.parse(v)));
    } catch {
      try {
        return known(fromJson(loadYaml(v, { json: true })));
      } catch {
        return notKnown('body is not JSON or YAML');
      }
    }
  }
  if (v instanceof Encoded) return known(v.value);
  if (isObject(v)) return known(v);
  return notKnown('body is an expression that cannot be read statically');
}

/** A value with unknown parts as plain JSON: each unknown part as UNKNOWN_MARK text naming what it depends on. */
export function toPlain(v: Value): unknown {
  if (v instanceof Encoded) return toPlain(v.value);
  if (v instanceof Unknown) return `${UNKNOWN_MARK}${[...v.refs].join(' ')}`;
  if (Array.isArray(v)) return v.map(toPlain);
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toPlain(x)]));
  return v;
}

/**
 * An API's OpenAPI body as a document, with its facts: known when the tree says what it is
 * (a file, a template, jsonencode of a literal); not when its paths are computed (a for
 * expression: generate checks such a document itself before it writes).
 */
const openapiSeen = new WeakMap<Block, Known<{ doc: SpecJson; facts: SpecFacts }> | undefined>();
export function openapiOf(tree: Tree, api: Block): Known<{ doc: SpecJson; facts: SpecFacts }> | undefined {
  // Eight rules read the same body: read once per block (blocks belong to one tree).
  if (!openapiSeen.has(api)) openapiSeen.set(api, readOpenapi(tree, api));
  return openapiSeen.get(api);
}

function readOpenapi(tree: Tree, api: Block): Known<{ doc: SpecJson; facts: SpecFacts }> | undefined {
  const spec = specOf(tree, api);
  if (!spec) return undefined;
  if (!spec.known) return notKnown(spec.why);
  const doc = toPlain(spec.value);
  if (!isObject(doc as Value)) return notKnown('the body is not an object');
  const d = doc as SpecJson;
  if (isUnknownText(d.paths) || (d.paths !== undefined && typeof d.paths !== 'object')) return notKnown('the OpenAPI body\'s paths are computed (known only at plan)');
  const v = specVersion(d);
  if ('refused' in v) return notKnown(`the body is not a document API Gateway imports (${v.refused})`);
  return known({ doc: d, facts: analyzeSpec(d, v.version) });
}

// --- Policies ------------------------------------------------------------------------------------

export interface PolicySource {
  /** Where it is written (the finding points there). */
  block: Block;
  /** The policy document as evaluated (text, jsonencode structure, or a data source's reference). */
  value: Value;
  /** The folder it is evaluated in. */
  dir: string;
  from: 'argument' | 'policy resource' | 'OpenAPI body';
}

/**
 * Every policy attached to an API, wherever it is: its `policy` argument, any
 * aws_api_gateway_rest_api_policy in the tree whose rest_api_id leads to it (through module
 * outputs too, instance keys and all), the OpenAPI body's x-amazon-apigateway-policy.
 * `uncertain` says why there may be another one that cannot be seen.
 */
export function policiesOf(tree: Tree, api: Block): { sources: PolicySource[]; uncertain?: string } {
  const sources: PolicySource[] = [];
  let uncertain: string | undefined;
  if (api.body.policy !== undefined) sources.push({ block: api, value: evalIn(tree, api.dir, api.body.policy), dir: api.dir, from: 'argument' });
  for (const p of ofType(tree, 'aws_api_gateway_rest_api_policy')) {
    const refs = refsIn(tree, p.dir, p.body.rest_api_id);
    if (refs.has(refOf(api))) {
      if (p.exists === 'maybe') uncertain ??= `${p.address} exists only when its count or for_each says so`;
      sources.push({ block: p, value: evalIn(tree, p.dir, p.body.policy), dir: p.dir, from: 'policy resource' });
    } else if (![...refs].some((r) => /::aws_api_gateway_rest_api\./.test(r))) uncertain ??= `${p.address} attaches a policy to an API the tree cannot name (${[...refs][0] ?? 'an expression'})`;
  }
  const spec = specOf(tree, api);
  if (spec && !spec.known) uncertain ??= `its OpenAPI body cannot be read (${spec.why}), and may carry x-amazon-apigateway-policy`;
  if (spec?.known && isObject(spec.value) && spec.value['x-amazon-apigateway-policy'] !== undefined) sources.push({ block: api, value: spec.value['x-amazon-apigateway-policy']!, dir: api.dir, from: 'OpenAPI body' });
  // The API's ID handed to a module this check cannot read: that module may attach a policy.
  for (const call of tree.calls)
    if (call.target === undefined && Object.entries(call.block.body).some(([k, v]) => k !== 'source' && refsIn(tree, call.block.dir, v).has(refOf(api)))) uncertain ??= `its ID is passed to module ${call.block.name} (${call.source}), which this check does not read`;
  return { sources, ...(uncertain ? { uncertain } : {}) };
}

export interface Condition {
  /** As written, e.g. ForAnyValue:StringEqualsIgnoreCase. */
  operator: string;
  /** The operator without set qualifier and IfExists: StringEquals, StringNotLike, … */
  base: string;
  /** The condition key, lower case (IAM keys are case-insensitive). */
  key: string;
  values: Value;
}

export interface Statement {
  effect: Value;
  /** Action patterns (absent with NotAction). */
  actions?: Value[];
  notActions?: Value[];
  resources?: Value[];
  /** The conditions; undefined when they cannot be read. */
  conditions?: Condition[];
}

const asList = (v: Value | undefined): Value[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

/** A policy document (JSON text, jsonencode structure, an object, or an aws_iam_policy_document) as statements. */
export function statementsOf(tree: Tree, src: Pick<PolicySource, 'value' | 'dir'>): Known<Statement[]> {
  let doc: Value = src.value;
  if (typeof doc === 'string') {
    try {
      doc = fromJson(JSON.parse(doc));
    } catch {
      return notKnown('the policy text is not JSON');
    }
  }
  if (doc instanceof Encoded) doc = doc.value;
  if (doc instanceof Unknown) {
    const refs = [...doc.refs];
    const policyDoc = refs.length === 1 && /::data\.aws_iam_policy_document\.[\w-]+$/.test(refs[0]!) ? refs[0]! : undefined;
    if (!policyDoc) return notKnown(`the policy is an expression that cannot be read statically (${doc.why})`);
    const [dir, address] = policyDoc.split('::') as [string, string];
    const block = ofType(tree, 'data.aws_iam_policy_document', dir).find((b) => b.address === address);
    return block ? policyDocumentStatements(tree, block) : notKnown(`${address} is not in the tree`);
  }
  if (!isObject(doc)) return notKnown('the policy is not a document');
  const list = asList(doc.Statement);
  if (!list) return known([]);
  const out: Statement[] = [];
  for (const s of list) {
    if (!isObject(s)) return notKnown('a statement cannot be read statically');
    const conditions: Condition[] | undefined = s.Condition === undefined ? [] : isObject(s.Condition) ? conditionsOf(s.Condition) : undefined;
    out.push({ effect: s.Effect ?? null, actions: asList(s.Action), notActions: asList(s.NotAction), resources: asList(s.Resource), conditions });
  }
  return known(out);
}

function conditionsOf(c: { [k: string]: Value }): Condition[] | undefined {
  const out: Condition[] = [];
  for (const [operator, keys] of Object.entries(c)) {
    if (!isObject(keys)) return undefined;
    for (const [key, values] of Object.entries(keys)) out.push({ operator, base: baseOperator(operator), key: key.toLowerCase(), values });
  }
  return out;
}

/** StringEquals from ForAnyValue:StringEqualsIfExists and the like. */
export const baseOperator = (op: string) => op.replace(/^For(Any|All)Values?:/i, '').replace(/IfExists$/i, '');

/** The statements of a data "aws_iam_policy_document". */
function policyDocumentStatements(tree: Tree, doc: Block): Known<Statement[]> {
  for (const k of ['source_json', 'override_json', 'source_policy_documents', 'override_policy_documents']) if (doc.body[k] !== undefined) return notKnown(`${doc.address} merges other documents (${k})`);
  if (hasDynamic(doc.body, 'statement')) return notKnown(`${doc.address} builds its statements with dynamic blocks`);
  const out: Statement[] = [];
  for (const s of bodies(doc.body.statement)) {
    const v = (k: string) => (s[k] === undefined ? undefined : evalIn(tree, doc.dir, s[k]));
    const conditions: Condition[] | undefined = hasDynamic(s, 'condition')
      ? undefined
      : bodies(s.condition).map((c) => {
          const op = evalIn(tree, doc.dir, c.test);
          const key = evalIn(tree, doc.dir, c.variable);
          return { operator: String(op), base: typeof op === 'string' ? baseOperator(op) : '?', key: typeof key === 'string' ? key.toLowerCase() : '?', values: evalIn(tree, doc.dir, c.values) };
        });
    if (conditions?.some((c) => c.base === '?' || c.key === '?')) return notKnown(`a condition of ${doc.address} cannot be read statically`);
    out.push({ effect: v('effect') ?? 'Allow', actions: asList(v('actions')), notActions: asList(v('not_actions')), resources: asList(v('resources')), conditions });
  }
  return known(out);
}

/** Whether an IAM action pattern (wildcards *, ?; case-insensitive) matches an action. */
export function actionMatches(pattern: string, action: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return re.test(action);
}

/** Whether a statement covers execute-api:Invoke (Action or NotAction, wildcards); unknown when its actions cannot be read. */
export function coversInvoke(s: Statement): Known<boolean> {
  const list = s.actions ?? s.notActions;
  if (!list) return known(false);
  const strings = list.filter((a): a is string => typeof a === 'string');
  const anyMatch = strings.some((a) => actionMatches(a, 'execute-api:Invoke'));
  if (s.actions) return anyMatch ? known(true) : strings.length === list.length ? known(false) : notKnown('an action is an expression');
  return anyMatch ? known(false) : strings.length === list.length ? known(true) : notKnown('a NotAction is an expression');
}

const ENDPOINT_KEYS = ['aws:sourcevpce', 'aws:sourcevpc'];
const NEGATIVE = /^(String|Arn)Not(Equals|Like|EqualsIgnoreCase)$/i;
const POSITIVE = /^(String|Arn)(Equals|Like|EqualsIgnoreCase)$/i;

/**
 * Whether a private API's policy keeps callers to chosen VPC endpoints or VPCs: a Deny of
 * Invoke unless aws:SourceVpce/aws:SourceVpc is one of them, or every Allow of Invoke
 * conditioned on them (a restrictive Allow needs no Deny). Unknown when statements cannot be
 * read far enough to tell.
 */
export function restrictsToEndpoints(statements: Statement[]): Known<boolean> {
  let unknownWhy: string | undefined;
  const effect = (s: Statement) => (typeof s.effect === 'string' ? s.effect.toLowerCase() : undefined);
  for (const s of statements) {
    if (effect(s) !== 'deny') continue;
    const invoke = coversInvoke(s);
    if (!invoke.known) unknownWhy ??= invoke.why;
    if (!s.conditions) unknownWhy ??= 'a Deny\'s conditions cannot be read';
    else if (invoke.known && invoke.value && s.conditions.some((c) => NEGATIVE.test(c.base) && ENDPOINT_KEYS.includes(c.key))) return known(true);
  }
  const allows = statements.filter((s) => effect(s) === 'allow');
  if (statements.some((s) => effect(s) === undefined)) unknownWhy ??= 'an Effect cannot be read';
  let allowsInvoke = false;
  let allRestricted = true;
  for (const s of allows) {
    const invoke = coversInvoke(s);
    if (!invoke.known) {
      unknownWhy ??= invoke.why;
      continue;
    }
    if (!invoke.value) continue;
    allowsInvoke = true;
    if (!s.conditions) unknownWhy ??= 'an Allow\'s conditions cannot be read';
    else if (!s.conditions.some((c) => POSITIVE.test(c.base) && ENDPOINT_KEYS.includes(c.key))) allRestricted = false;
  }
  if (allowsInvoke && allRestricted && !unknownWhy) return known(true);
  if (unknownWhy) return notKnown(unknownWhy);
  return known(false);
}

/** Whether some statement allows execute-api:Invoke. Unknown when an Allow's actions cannot be read. */
export function allowsInvoke(statements: Statement[]): Known<boolean> {
  let why: string | undefined;
  for (const s of statements) {
    if (typeof s.effect !== 'string') {
      why ??= 'an Effect cannot be read';
      continue;
    }
    if (s.effect.toLowerCase() !== 'allow') continue;
    const c = coversInvoke(s);
    if (c.known && c.value) return known(true);
    if (!c.known) why ??= c.why;
  }
  return why ? notKnown(why) : known(false);
}

/** Condition keys a policy tests (lower case), with whether it also restricts to endpoints. */
export const conditionKeys = (statements: Statement[]) => new Set(statements.flatMap((s) => (s.conditions ?? []).map((c) => c.key)));

// --- Deployments ---------------------------------------------------------------------------------

/** Deployments of an API (rest_api_id leading to it, in any module). */
/**
 * Whether any stage serves a deployment: its own stage_name, or an aws_api_gateway_stage whose
 * deployment_id names it. 'unknown' when a stage's deployment comes from an input or a module
 * not read (or the tree is a module whose caller may create the stage).
 */
export function servedBy(tree: Tree, dep: Block): 'stage_name' | 'stage' | 'no' | 'unknown' {
  const name = dep.body.stage_name === undefined ? '' : evalIn(tree, dep.dir, dep.body.stage_name);
  if (name !== '' && name !== null) return 'stage_name';
  const want = refOf(dep);
  let unknown = tree.library || tree.calls.some((c) => c.target === undefined);
  for (const stage of ofType(tree, 'aws_api_gateway_stage')) {
    const refs = refsIn(tree, stage.dir, stage.body.deployment_id);
    if (refs.has(want)) return 'stage';
    if ([...refs].some((r) => /::(var|module)\./.test(r))) unknown = true;
  }
  // A module output carrying the deployment's id may reach a stage elsewhere.
  if ((tree.index.get('output') ?? []).some((o) => o.dir === dep.dir && refsIn(tree, o.dir, o.body.value).has(want))) unknown = true;
  return unknown ? 'unknown' : 'no';
}

export function deploymentsOf(tree: Tree, api: Block): Block[] {
  return ofType(tree, 'aws_api_gateway_deployment').filter((d) => pointsTo(tree, d, d.body.rest_api_id, api));
}

/**
 * A deployment's arguments that replace it when they change (ForceNew in the AWS provider):
 * a new deployment is a redeploy. `description` is updated in place and redeploys nothing.
 */
export const REDEPLOYING_ARGS = ['triggers', 'variables', 'stage_description', 'stage_name'] as const;

/** Functions whose value changes on every run: an argument using one redeploys on every apply. */
const EVERY_RUN = ['timestamp()', 'plantimestamp()', 'uuid()'];

/** Attributes that identify a resource and never change with its content (a policy's id is its API's id). */
const IDENTITY_ATTRS = new Set(['id', 'arn', 'rest_api_id', 'root_resource_id', 'execution_arn', 'created_date']);

export type Redeploy = Known<boolean> & { identityOnly?: string[] };

/**
 * Whether a deployment is redeployed when `target` changes: an argument that replaces it
 * (triggers, variables, stage_description) depends on the target's content, or changes on every
 * run (timestamp()); its replace_triggered_by names the target; or either goes through a
 * terraform_data/null_resource that is replaced when the target changes. References to the
 * target's identity alone (its id) do not count: they never change when its content does.
 */
export function redeploysOn(tree: Tree, dep: Block, target: Block): Redeploy {
  const want = refOf(target);
  const replacing = REDEPLOYING_ARGS.map((k) => dep.body[k]);
  const lifecycle = bodies(dep.body.lifecycle).map((l) => l.replace_triggered_by);
  const refs = new Set<string>();
  for (const raw of replacing) for (const r of refsIn(tree, dep.dir, raw)) refs.add(r);
  if (EVERY_RUN.some((f) => refs.has(f))) return known(true);
  const lifecycleRefs = refsIn(tree, dep.dir, lifecycle);
  // replace_triggered_by names a resource (or one of its attributes): a change to it replaces.
  if (lifecycleRefs.has(want)) return known(true);
  const content = (set: Set<string>) => [...set].some((r) => r.startsWith(`${want}.`) && !IDENTITY_ATTRS.has(r.slice(want.length + 1)));
  if (content(refs)) return known(true);
  for (const r of [...refs, ...lifecycleRefs]) if (helperDependsOn(tree, r, want, 0)) return known(true);
  // The triggers hash the very inputs the target is made of (triggers = sha1(var.policy) for
  // policy = var.policy): the same change redeploys it. Compared by the names the text uses.
  if (target.type === 'aws_api_gateway_rest_api_policy' && target.dir === dep.dir) {
    const inputs = namesIn(tree, target.dir, target.body.policy);
    const hashed = namesIn(tree, dep.dir, [...replacing, ...lifecycle]);
    if (inputs.size && [...inputs].every((n) => hashed.has(n))) return known(true);
  }
  // Arguments through a variable or a module output: what they hash cannot be seen.
  if ([...refs].some((r) => /::(var|module)\./.test(r))) return notKnown('its triggers come from an input that cannot be followed');
  const identity = [...refs].filter((r) => r.startsWith(`${want}.`)).map((r) => r.slice(want.length + 1));
  return identity.length ? { ...known(false), identityOnly: identity } : known(false);
}

/** Whether `ref` is a terraform_data/null_resource replaced (or re-valued) when `want` changes, however deep. */
function helperDependsOn(tree: Tree, ref: string, want: string, depth: number): boolean {
  if (depth > 8) return false;
  const [dir, address] = ref.split('::') as [string, string];
  const helper = tree.blocks.find((b) => b.dir === dir && b.address === address && (b.type === 'terraform_data' || b.type === 'null_resource'));
  if (!helper) return false;
  const raws = [helper.body.input, helper.body.triggers_replace, helper.body.triggers, ...bodies(helper.body.lifecycle).map((l) => l.replace_triggered_by)];
  const refs = refsIn(tree, helper.dir, raws);
  if (refs.has(want)) return true;
  return [...refs].some((r) => r !== ref && helperDependsOn(tree, r, want, depth + 1));
}

/** The inputs an expression's text names (var.x, data.t.n), following the locals it uses. */
export function namesIn(tree: Tree, dir: string, raw: unknown, seen = new Set<string>()): Set<string> {
  const out = new Set<string>();
  const text = JSON.stringify(raw ?? '');
  for (const m of text.matchAll(/\b(var\.[\w-]+|data\.[\w-]+\.[\w-]+)/g)) out.add(m[1]!);
  for (const m of text.matchAll(/\blocal\.([\w-]+)/g)) {
    if (seen.has(m[1]!)) continue;
    seen.add(m[1]!);
    for (const [file, doc] of tree.parsed) if ((file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '') === dir) for (const l of bodies(doc.locals)) if (m[1]! in l) for (const n of namesIn(tree, dir, l[m[1]!], seen)) out.add(n);
  }
  return out;
}

// --- Network -------------------------------------------------------------------------------------

/** Interface endpoints for execute-api (the service name names it, literally or in a template; or an aws_vpc_endpoint_service lookup of it). */
export function executeApiEndpoints(tree: Tree): Block[] {
  return ofType(tree, 'aws_vpc_endpoint').filter((e) => {
    const type = evalIn(tree, e.dir, e.body.vpc_endpoint_type ?? 'Gateway');
    if (type !== 'Interface') return false;
    const name = evalIn(tree, e.dir, e.body.service_name);
    if (typeof name === 'string') return /execute-api/.test(name);
    if (name instanceof Unknown && name.pattern) return /execute-api/.test(name.pattern);
    if (name instanceof Unknown)
      return [...name.refs].some((r) => {
        const [dir, address] = r.split('::') as [string, string];
        const svc = ofType(tree, 'data.aws_vpc_endpoint_service', dir).find((d) => d.address === address);
        return svc !== undefined && evalIn(tree, svc.dir, svc.body.service) === 'execute-api';
      });
    return false;
  });
}

/** Security groups an endpoint uses, among those in the tree. */
export function endpointGroups(tree: Tree, endpoint: Block): Block[] {
  const refs = refsIn(tree, endpoint.dir, endpoint.body.security_group_ids);
  return ofType(tree, 'aws_security_group').filter((sg) => refs.has(refOf(sg)));
}

export interface Ingress {
  block: Block;
  from: Value;
  to: Value;
  cidrs: Value[];
}

/** Ingress rules of a security group, however written: inline, aws_security_group_rule, aws_vpc_security_group_ingress_rule. */
export function ingressOf(tree: Tree, sg: Block): Ingress[] {
  const ev = (b: Block, v: unknown) => evalIn(tree, b.dir, v);
  const list = (b: Block, v: unknown): Value[] => {
    const x = ev(b, v);
    return Array.isArray(x) ? x : x === null || x === undefined ? [] : [x];
  };
  const inline = bodies(sg.body.ingress).map((r) => ({ block: sg, from: ev(sg, r.from_port), to: ev(sg, r.to_port), cidrs: [...list(sg, r.cidr_blocks), ...list(sg, r.ipv6_cidr_blocks)] }));
  const legacy = ofType(tree, 'aws_security_group_rule')
    .filter((r) => ev(r, r.body.type) === 'ingress' && pointsTo(tree, r, r.body.security_group_id, sg))
    .map((r) => ({ block: r, from: ev(r, r.body.from_port), to: ev(r, r.body.to_port), cidrs: [...list(r, r.body.cidr_blocks), ...list(r, r.body.ipv6_cidr_blocks)] }));
  const modern = ofType(tree, 'aws_vpc_security_group_ingress_rule')
    .filter((r) => pointsTo(tree, r, r.body.security_group_id, sg))
    .map((r) => ({ block: r, from: r.body.from_port === undefined ? -1 : ev(r, r.body.from_port), to: r.body.to_port === undefined ? -1 : ev(r, r.body.to_port), cidrs: [r.body.cidr_ipv4, r.body.cidr_ipv6].filter((c) => c !== undefined).map((c) => ev(r, c)) }));
  return [...inline, ...legacy, ...modern];
}

/** Whether an ingress port range admits HTTPS (443), the only port an execute-api endpoint serves; undefined when the ports are expressions. */
export const covers443 = (from: Value, to: Value): boolean | undefined => {
  if (typeof from !== 'number' || typeof to !== 'number') return undefined;
  return (from <= 443 && to >= 443) || (from === -1 && to === -1) || (from === 0 && to === 0);
};

/** Whether any value a list of values may take is open to the internet. */
export const isOpen = (v: Value) => v === '0.0.0.0/0' || v === '::/0';

export { isKnown };
