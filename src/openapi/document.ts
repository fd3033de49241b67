/**
 * OpenAPI documents as API Gateway imports them (Swagger 2.0 and OpenAPI 3.0): what a document
 * holds (operations, integrations, authorizers, the AWS extensions) and what in it API Gateway
 * or the endpoint decision will not accept. Pure: text or a parsed document in, facts and
 * problems out; reading files and resolving references across files is app/openapi-file.ts.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';

export type Json = { [k: string]: unknown };
export type SpecVersion = '2.0' | '3.0';

/** HTTP methods a path item may hold (its other keys: parameters, summary, servers, $ref …). */
export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'x-amazon-apigateway-any-method'] as const;

export interface SpecProblem {
  /** JSON pointer into the document (RFC 6901), '' for the whole document. */
  pointer: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  fix: string;
  /** The rule of `check` that finds the same thing in any tree, when there is one. */
  rule?: string;
}

export class SpecSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = 'SpecSyntaxError';
  }
}

export interface ParsedSpec {
  doc: Json;
  /** The 1-based line a JSON pointer's value starts on, when the document has it. */
  lineOf(pointer: string): number | undefined;
}

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** RFC 6901. */
export const pointer = (...tokens: (string | number)[]) => tokens.map((t) => `/${String(t).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
const tokensOf = (p: string) => (p === '' ? [] : p.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~')));

/**
 * Parses JSON or YAML (the YAML 1.2 core schema: no dates, yes/no are text). JSON goes through
 * JSON.parse and YAML through js-yaml, which are fast on documents of megabytes; where each
 * value is (lineOf) comes from the `yaml` library's positions, computed only when a line is
 * asked for. A document with anchors is read by `yaml` itself, which bounds alias expansion (a
 * "billion laughs" document is an error, not a hang). Duplicate keys and tabs in indentation
 * are errors with their line and column.
 */
export function parseSpecText(text: string): ParsedSpec {
  const trimmed = text.trimStart();
  let doc: unknown;
  let positions: ((p: string) => number | undefined) | undefined;
  if (trimmed.startsWith('{')) {
    try {
      doc = JSON.parse(text);
    } catch {
      doc = undefined; // not strict JSON (comments, a duplicate…): read as YAML below, with its line
    }
  }
  if (doc === undefined) {
    if (/(^|[\s[{,:-])&[^\s[\]{},]+/m.test(text)) {
      const read = readWithPositions(text);
      doc = read.doc;
      positions = read.lineOf;
    } else {
      try {
        doc = loadYaml(text, { schema: CORE_SCHEMA, json: false });
      } catch (err) {
        // js-yaml is stricter than some readers (Terraform's yamldecode among them): what the
        // `yaml` library reads is read; what it refuses too is the error, at its position.
        const e = err as Error & { mark?: { line: number; column: number }; reason?: string };
        try {
          const read = readWithPositions(text);
          doc = read.doc;
          positions = read.lineOf;
        } catch (second) {
          if (!(second instanceof SpecSyntaxError)) throw second;
          throw new SpecSyntaxError((e.reason ?? e.message.split('\n')[0]!).replace(/^duplicated mapping key$/, 'a key is repeated in the same mapping (duplicated mapping key)'), (e.mark?.line ?? 0) + 1, (e.mark?.column ?? 0) + 1);
        }
      }
    }
  }
  if (!isObj(doc)) throw new SpecSyntaxError('the document is not an object (an OpenAPI document starts with openapi: or swagger:)', 1, 1);
  return {
    doc,
    lineOf(p) {
      positions ??= readWithPositions(text).lineOf;
      return positions(p);
    },
  };
}

/** The `yaml` library's reading, which keeps where every value is. */
function readWithPositions(text: string): { doc: unknown; lineOf(p: string): number | undefined } {
  const counter = new LineCounter();
  let ydoc: Document.Parsed;
  try {
    ydoc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false, strict: true, version: '1.2' });
  } catch (err) {
    throw new SpecSyntaxError((err as Error).message, 1, 1);
  }
  const first = ydoc.errors[0];
  if (first) {
    const at = counter.linePos(first.pos[0]);
    throw new SpecSyntaxError(first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), at.line, at.col);
  }
  let doc: unknown;
  try {
    doc = ydoc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new SpecSyntaxError((err as Error).message, 1, 1);
  }
  return {
    doc,
    lineOf(p) {
      // Exactly the node the pointer names, or no line (a pointer into a bundled file).
      // The line of the key that names it, when it is a mapping's value ("get:" for an operation).
      let node: unknown = ydoc.contents;
      let keyNode: unknown;
      for (const t of tokensOf(p)) {
        if (isMap(node)) {
          const pair = node.items.find((i) => (isScalar(i.key) ? String(i.key.value) : String(i.key)) === t);
          if (!pair) return undefined;
          keyNode = pair.key;
          node = pair.value ?? pair.key;
        } else if (isSeq(node)) {
          const next = node.items[Number(t)];
          if (next === undefined) return undefined;
          keyNode = undefined;
          node = next;
        } else return undefined;
      }
      const range = ((keyNode ?? node) as { range?: [number, number, number] } | null)?.range;
      return range ? counter.linePos(range[0]).line : undefined;
    },
  };
}

/** The version API Gateway would import it as, or why it will not. */
export function specVersion(doc: Json): { version: SpecVersion } | { refused: string; fix: string } {
  if (typeof doc.swagger === 'string' || typeof doc.swagger === 'number') {
    if (String(doc.swagger) === '2.0') return { version: '2.0' };
    return { refused: `swagger: ${String(doc.swagger)} is not a version API Gateway imports (Swagger 2.0 and OpenAPI 3.0 are)`, fix: 'Convert it to OpenAPI 3.0 (or Swagger 2.0).' };
  }
  if (typeof doc.openapi === 'string') {
    if (/^3\.0\.\d+$/.test(doc.openapi)) return { version: '3.0' };
    if (/^3\.[12]\.\d+$/.test(doc.openapi)) {
      const found = features31(doc);
      return {
        refused: `openapi: ${doc.openapi}: API Gateway REST APIs import OpenAPI 3.0 and Swagger 2.0, not ${doc.openapi.slice(0, 3)}${found.length ? ` (this document uses ${found.join('; ')})` : ''}`,
        fix: 'Set openapi: 3.0.3 and express what 3.0 cannot: nullable: true instead of type: [x, "null"], one type per schema, example instead of examples in schemas, exclusiveMinimum/Maximum as booleans beside minimum/maximum, no webhooks or $schema.',
      };
    }
    return { refused: `openapi: ${doc.openapi} is not an OpenAPI version API Gateway imports (3.0.x and Swagger 2.0)`, fix: 'Set openapi: 3.0.3 (or swagger: "2.0").' };
  }
  if (typeof doc.openapi === 'number') return { refused: `openapi: ${String(doc.openapi)} is a number; the version is a string`, fix: 'Quote it: openapi: "3.0.3".' };
  return { refused: 'no openapi: or swagger: field, so this is not an OpenAPI document', fix: 'Give the path of the OpenAPI (3.0) or Swagger (2.0) document that describes the API.' };
}

/** What a 3.1 document uses that 3.0 does not have, a few of each kind. */
function features31(doc: Json): string[] {
  const out = new Set<string>();
  if (doc.webhooks !== undefined) out.add('webhooks');
  if (doc.jsonSchemaDialect !== undefined) out.add('jsonSchemaDialect');
  const walk = (v: unknown, depth: number) => {
    if (depth > 40 || out.size > 6) return;
    if (Array.isArray(v)) return v.forEach((x) => walk(x, depth + 1));
    if (!isObj(v)) return;
    if (Array.isArray(v.type)) out.add('type as a list (e.g. [string, "null"])');
    if (v.type === 'null') out.add('type: "null"');
    if (typeof v.exclusiveMinimum === 'number' || typeof v.exclusiveMaximum === 'number') out.add('numeric exclusiveMinimum/Maximum');
    if (v.const !== undefined) out.add('const');
    if (v.$schema !== undefined) out.add('$schema');
    for (const x of Object.values(v)) walk(x, depth + 1);
  };
  walk(doc.paths, 0);
  walk(doc.components, 0);
  return [...out];
}

export interface Operation {
  path: string;
  /** The path item's key: get, post, … or x-amazon-apigateway-any-method. */
  method: (typeof METHODS)[number];
  operationId?: string;
  /** x-amazon-apigateway-integration, as written. */
  integration?: Json;
  /** Parameters the operation (or its path item) declares, as `in.name` (path.id, querystring.q, header.x). */
  parameters: Set<string>;
  /** A request body with a schema (3.0 requestBody, or a 2.0 body parameter). */
  bodySchema: boolean;
  /** The security requirement names it lists (undefined: the document's default). */
  security?: string[];
  pointer: string;
}

export interface SecurityScheme {
  name: string;
  /** apiKey, http, oauth2, openIdConnect (3.0), basic (2.0) … */
  type: string;
  /** x-amazon-apigateway-authtype (awsSigv4, cognito_user_pools, custom). */
  authtype?: string;
  authorizer?: Json;
  pointer: string;
}

export interface SpecFacts {
  version: SpecVersion;
  title: string;
  apiVersion: string;
  operations: Operation[];
  securitySchemes: SecurityScheme[];
  /** x-amazon-apigateway-endpoint-configuration. */
  endpointConfiguration?: Json;
  /** x-amazon-apigateway-policy. */
  policy?: unknown;
  binaryMediaTypes: string[];
  /** Named in x-amazon-apigateway-request-validators. */
  requestValidators: string[];
  /** x-amazon-apigateway-request-validator at the top: the default for every operation. */
  defaultValidator?: string;
  disableExecuteApiEndpoint: boolean;
  /** OPTIONS operations or x-amazon-apigateway-cors: the API expects browsers. */
  cors: boolean;
  /** Media types that carry binary payloads (format: binary, octet-stream, images, PDF …). */
  binaryContent: string[];
  /** Operations without an x-amazon-apigateway-integration (the tool's integration goes there). */
  withoutIntegration: number;
}

/**
 * A value a Terraform tree computes at plan or apply (a function's invoke ARN, a VPC link ID):
 * `check` reads a body with such parts as text starting with this mark, and rules that need the
 * value skip it.
 */
export const UNKNOWN_MARK = '\u0000unknown:';
export const isUnknownText = (v: unknown) => typeof v === 'string' && v.startsWith(UNKNOWN_MARK);

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The facts of a valid document (run validateSpec first: this trusts its shape). */
export function analyzeSpec(doc: Json, version: SpecVersion): SpecFacts {
  const info = isObj(doc.info) ? doc.info : {};
  const operations: Operation[] = [];
  const paths = isObj(doc.paths) ? doc.paths : {};
  const resolve = (v: unknown): unknown => {
    // Local references only (external ones are bundled before this runs), a few levels deep.
    for (let i = 0; i < 8 && isObj(v) && typeof v.$ref === 'string' && v.$ref.startsWith('#'); i++) v = tokensOf(v.$ref.slice(1)).reduce<unknown>((o, t) => (isObj(o) ? o[t] : Array.isArray(o) ? o[Number(t)] : undefined), doc);
    return v;
  };
  const paramsOf = (list: unknown) =>
    (Array.isArray(list) ? list : [])
      .map(resolve)
      .filter(isObj)
      .map((p) => `${p.in === 'query' ? 'querystring' : p.in === 'header' ? 'header' : p.in === 'path' ? 'path' : String(p.in)}.${String(p.name)}`);
  const binaryContent = new Set<string>();
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = resolve(rawItem);
    if (!isObj(item)) continue;
    const shared = paramsOf(item.parameters);
    for (const method of METHODS) {
      const op = item[method];
      if (!isObj(op)) continue;
      const own = paramsOf(op.parameters);
      const body2 = (Array.isArray(op.parameters) ? op.parameters : []).map(resolve).some((p) => isObj(p) && p.in === 'body' && p.schema !== undefined);
      const requestBody = resolve(op.requestBody);
      const content = isObj(requestBody) && isObj(requestBody.content) ? requestBody.content : {};
      const body3 = Object.values(content).some((m) => isObj(m) && m.schema !== undefined);
      for (const [type, m] of Object.entries(content)) if (isBinary(type, isObj(m) ? resolve(m.schema) : undefined)) binaryContent.add(type);
      const responses = isObj(op.responses) ? op.responses : {};
      for (const r of Object.values(responses)) {
        const res = resolve(r);
        if (isObj(res) && isObj(res.content)) for (const [type, m] of Object.entries(res.content)) if (isBinary(type, isObj(m) ? resolve(m.schema) : undefined)) binaryContent.add(type);
      }
      for (const t of [...(Array.isArray(op.consumes) ? op.consumes : []), ...(Array.isArray(op.produces) ? op.produces : [])]) if (typeof t === 'string' && isBinary(t, undefined)) binaryContent.add(t);
      operations.push({
        path,
        method,
        operationId: str(op.operationId),
        integration: isObj(op['x-amazon-apigateway-integration']) ? op['x-amazon-apigateway-integration'] : undefined,
        parameters: new Set([...shared, ...own]),
        bodySchema: body2 || body3,
        security: Array.isArray(op.security) ? op.security.flatMap((s) => (isObj(s) ? Object.keys(s) : [])) : undefined,
        pointer: pointer('paths', path, method),
      });
    }
  }
  const schemes = version === '2.0' ? (isObj(doc.securityDefinitions) ? doc.securityDefinitions : {}) : isObj(doc.components) && isObj(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
  const securitySchemes: SecurityScheme[] = Object.entries(schemes).flatMap(([name, raw]) => {
    const s = resolve(raw);
    if (!isObj(s)) return [];
    return [{ name, type: String(s.type), authtype: str(s['x-amazon-apigateway-authtype']), authorizer: isObj(s['x-amazon-apigateway-authorizer']) ? s['x-amazon-apigateway-authorizer'] : undefined, pointer: version === '2.0' ? pointer('securityDefinitions', name) : pointer('components', 'securitySchemes', name) }];
  });
  const validators = isObj(doc['x-amazon-apigateway-request-validators']) ? Object.keys(doc['x-amazon-apigateway-request-validators']) : [];
  const binaryTypes = Array.isArray(doc['x-amazon-apigateway-binary-media-types']) ? doc['x-amazon-apigateway-binary-media-types'].filter((t): t is string => typeof t === 'string') : [];
  return {
    version,
    title: str(info.title) ?? '',
    apiVersion: str(info.version) ?? String(info.version ?? ''),
    operations,
    securitySchemes,
    endpointConfiguration: isObj(doc['x-amazon-apigateway-endpoint-configuration']) ? doc['x-amazon-apigateway-endpoint-configuration'] : undefined,
    policy: doc['x-amazon-apigateway-policy'],
    binaryMediaTypes: binaryTypes,
    requestValidators: validators,
    defaultValidator: str(doc['x-amazon-apigateway-request-validator']),
    disableExecuteApiEndpoint: isObj(doc['x-amazon-apigateway-endpoint-configuration']) && doc['x-amazon-apigateway-endpoint-configuration'].disableExecuteApiEndpoint === true,
    cors: operations.some((o) => o.method === 'options') || doc['x-amazon-apigateway-cors'] !== undefined,
    binaryContent: [...binaryContent].sort(),
    withoutIntegration: operations.filter((o) => !o.integration).length,
  };
}

/** Media types API Gateway passes through unchanged only when they are listed as binary. */
function isBinary(type: string, schema: unknown): boolean {
  if (isObj(schema) && schema.format === 'binary') return true;
  const t = type.toLowerCase().split(';')[0]!.trim();
  if (/^(text\/|application\/(json|xml|x-www-form-urlencoded|[a-z.+-]*\+json|[a-z.+-]*\+xml|yaml|x-yaml|javascript|graphql))/.test(t)) return false;
  return /^(application\/(octet-stream|pdf|zip|gzip|x-tar|x-protobuf|protobuf|vnd\.[a-z0-9.+-]*(zip|excel|sheet|document|presentation))|image\/|audio\/|video\/|font\/|multipart\/form-data)/.test(t);
}

/** Whether a media type is covered by the binary list (API Gateway matches the any-type and type-wide wildcards). */
export function coveredBinary(type: string, list: string[]): boolean {
  const [major] = type.split('/');
  return list.some((l) => l === '*/*' || l === type || l === `${major}/*`);
}

// --- What API Gateway refuses, or breaks at run time ------------------------------------------

/** Lambda functions are invoked through this service path, in integration URIs (or, in a tree, a function's invoke_arn). */
const LAMBDA_URI = /:lambda:path\/2015-03-31\/functions\/|aws_lambda_function\.[\w-]+\.invoke_arn/;

/**
 * Problems in the integrations and authorizers the document declares: what the import refuses,
 * or accepts and then fails at the first call.
 */
export function integrationProblems(facts: SpecFacts): SpecProblem[] {
  const out: SpecProblem[] = [];
  for (const op of facts.operations) {
    const i = op.integration;
    if (!i) continue;
    const at = `${op.method.toUpperCase()} ${op.path}`;
    const p = `${op.pointer}/x-amazon-apigateway-integration`;
    if (isUnknownText(i.type)) continue;
    const type = String(i.type ?? '').toLowerCase();
    const uri = str(i.uri);
    const method = str(i.httpMethod);
    if (!['aws', 'aws_proxy', 'http', 'http_proxy', 'mock'].includes(type)) {
      out.push({ pointer: `${p}/type`, severity: 'error', message: `${at}: integration type ${JSON.stringify(i.type ?? null)} is not one API Gateway knows (aws, aws_proxy, http, http_proxy, mock).`, fix: 'Set type to aws_proxy (Lambda proxy), http_proxy, http, aws or mock.', rule: 'CAE029' });
      continue;
    }
    if ((type === 'aws_proxy' || type === 'aws') && uri && LAMBDA_URI.test(uri) && method && !isUnknownText(method) && method.toUpperCase() !== 'POST')
      out.push({
        pointer: `${p}/httpMethod`,
        severity: 'error',
        message: `${at}: the Lambda integration uses httpMethod ${method}; Lambda's Invoke API takes only POST, so every call fails with 500 ("Internal server error") although the import succeeds.`,
        fix: 'Set httpMethod: POST in x-amazon-apigateway-integration (the client\'s method is whatever the operation says).',
        rule: 'CAE028',
      });
    if (i.uri !== undefined && typeof i.uri !== 'string')
      out.push({ pointer: `${p}/uri`, severity: 'error', message: `${at}: uri is ${Array.isArray(i.uri) ? 'a list' : `an object (${Object.keys(i.uri as object).slice(0, 2).join(', ')})`}, not text — a CloudFormation function such as Fn::Sub is not evaluated here, and API Gateway needs the URI as text.`, fix: 'Write the URI as text (Terraform fills values only it knows with templatefile()), or leave the integration out and let the tool add it.', rule: 'CAE029' });
    else if (type !== 'mock' && !uri)
      out.push({ pointer: p, severity: 'error', message: `${at}: ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type} integration without a uri: the import fails ("Invalid integration URI specified").`, fix: type.startsWith('aws') ? 'Set uri to the backend\'s invoke ARN (for Lambda: arn:aws:apigateway:<region>:lambda:path/2015-03-31/functions/<function ARN>/invocations), or leave the integration out and let the tool add it.' : 'Set uri to the backend URL (with {param} placeholders for path parameters).', rule: 'CAE029' });
    if (type !== 'mock' && !method) out.push({ pointer: p, severity: 'error', message: `${at}: ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type} integration without httpMethod: the import fails.`, fix: type.startsWith('aws') ? 'Set httpMethod: POST.' : 'Set httpMethod to the backend\'s method (or ANY for a proxy).', rule: 'CAE029' });
    if (String(i.connectionType ?? '').toUpperCase() === 'VPC_LINK' && !str(i.connectionId))
      out.push({ pointer: p, severity: 'error', message: `${at}: connectionType VPC_LINK without a connectionId: the import fails.`, fix: 'Set connectionId to the VPC link\'s ID (or "${stageVariables.vpcLinkId}" with the stage variable set).', rule: 'CAE029' });
    // Mapped parameters must come from parameters the operation declares.
    const mapped = isObj(i.requestParameters) ? i.requestParameters : {};
    for (const [target, source] of Object.entries(mapped)) {
      const m = /^method\.request\.(path|querystring|header)\.(.+)$/.exec(String(source));
      if (m && !op.parameters.has(`${m[1]}.${m[2]}`))
        out.push({ pointer: `${p}/requestParameters/${target.replace(/~/g, '~0').replace(/\//g, '~1')}`, severity: 'error', message: `${at}: ${target} is mapped from ${String(source)}, which the operation does not declare: the import fails ("Invalid mapping expression specified").`, fix: `Declare the ${m[1] === 'querystring' ? 'query' : m[1]} parameter ${m[2]} on the operation (or its path item), or remove the mapping.`, rule: 'CAE029' });
    }
  }
  for (const s of facts.securitySchemes) {
    const a = s.authorizer;
    if (!a) continue;
    if (isUnknownText(a.type)) continue;
    const type = String(a.type ?? '').toLowerCase();
    if (!['token', 'request', 'cognito_user_pools'].includes(type))
      out.push({ pointer: `${s.pointer}/x-amazon-apigateway-authorizer/type`, severity: 'error', message: `security scheme ${s.name}: authorizer type ${JSON.stringify(a.type ?? null)} is not one API Gateway knows (token, request, cognito_user_pools).`, fix: 'Set type to token, request or cognito_user_pools.', rule: 'CAE029' });
    else if (type === 'cognito_user_pools' && !(Array.isArray(a.providerARNs) && a.providerARNs.length) && !isUnknownText(a.providerARNs))
      out.push({ pointer: `${s.pointer}/x-amazon-apigateway-authorizer`, severity: 'error', message: `security scheme ${s.name}: a Cognito authorizer without providerARNs: the import fails.`, fix: 'List the user pool ARNs in providerARNs.', rule: 'CAE029' });
    else if (type !== 'cognito_user_pools' && !str(a.authorizerUri))
      out.push({ pointer: `${s.pointer}/x-amazon-apigateway-authorizer`, severity: 'error', message: `security scheme ${s.name}: a ${type} authorizer without authorizerUri: the import fails.`, fix: 'Set authorizerUri to the authorizer function\'s invoke URI (arn:aws:apigateway:<region>:lambda:path/2015-03-31/functions/<function ARN>/invocations).', rule: 'CAE029' });
  }
  return out;
}

/** The endpoint decision and the module the tool writes, as the document is checked against them. */
export interface Decision {
  type: 'EDGE' | 'REGIONAL' | 'PRIVATE';
  /** A custom domain is generated (calls do not need the execute-api host). */
  domain: boolean;
}

/** What in the document contradicts the endpoint decision, or will not work with it. */
export function decisionProblems(facts: SpecFacts, d: Decision): SpecProblem[] {
  const out: SpecProblem[] = [];
  const ec = facts.endpointConfiguration;
  const types = ec && Array.isArray(ec.types) ? ec.types.map((t) => String(t).toUpperCase()) : [];
  if (types.length && !types.includes(d.type))
    out.push({
      pointer: '/x-amazon-apigateway-endpoint-configuration/types',
      severity: 'warning',
      message: `the document says the endpoint is ${types.join(', ')}; the endpoint decision is ${d.type}. Terraform's endpoint_configuration is the one that counts (the generated body carries Terraform's), so the document's value is replaced.`,
      fix: `Remove types from x-amazon-apigateway-endpoint-configuration (or make it ${d.type}): the endpoint type lives in Terraform, in one place.`,
      rule: 'CAE031',
    });
  if (ec && Array.isArray(ec.vpcEndpointIds) && ec.vpcEndpointIds.length && d.type === 'PRIVATE')
    out.push({ pointer: '/x-amazon-apigateway-endpoint-configuration/vpcEndpointIds', severity: 'warning', message: 'the document names VPC endpoints; the generated module sets them from Terraform (the endpoints the resource policy admits), so the document\'s list is replaced.', fix: 'Remove vpcEndpointIds from the document: give the endpoints as --vpc-endpoint-id / consumer endpoints, in one place.', rule: 'CAE031' });
  if (facts.policy !== undefined && d.type === 'PRIVATE')
    out.push({ pointer: '/x-amazon-apigateway-policy', severity: 'warning', message: 'the document carries its own resource policy; a private API gets the generated policy (Allow Invoke, Deny outside the allowed VPC endpoints), which replaces it in the body Terraform imports.', fix: 'Remove x-amazon-apigateway-policy from the document; add what it said to the generated policy document in Terraform (policy.tf).', rule: 'CAE031' });
  if (facts.disableExecuteApiEndpoint && !d.domain)
    out.push({ pointer: '/x-amazon-apigateway-endpoint-configuration/disableExecuteApiEndpoint', severity: 'error', message: 'disableExecuteApiEndpoint is true and no custom domain is generated: the API has no address anyone can call.', fix: 'Give --domain (the API is then called by its custom domain), or remove disableExecuteApiEndpoint.', rule: 'CAE030' });
  if (facts.cors && d.type === 'PRIVATE')
    out.push({ pointer: '', severity: 'info', message: 'the document answers CORS preflights, so browsers are expected; a private API is reachable only from inside the VPC (and networks routed to it): browsers elsewhere cannot call it, and those inside must use a host name that resolves there.', fix: 'Keep it if the browsers run inside the network; otherwise a REGIONAL endpoint (with WAF) serves browsers.', rule: 'CAE034' });
  const unlisted = facts.binaryContent.filter((t) => !coveredBinary(t, facts.binaryMediaTypes));
  if (unlisted.length)
    out.push({ pointer: '', severity: 'warning', message: `the document sends or receives ${unlisted.join(', ')}, which x-amazon-apigateway-binary-media-types does not list: API Gateway treats those payloads as UTF-8 text and corrupts them.`, fix: `Add x-amazon-apigateway-binary-media-types: [${unlisted.map((t) => JSON.stringify(t)).join(', ')}] to the document.`, rule: 'CAE035' });
  return out;
}

/** Bodies described by schemas that nothing validates: a warning (the tool adds a default validator where it writes the body). */
export function unvalidatedBodies(facts: SpecFacts, doc: Json): Operation[] {
  return facts.operations.filter((o) => {
    if (!o.bodySchema) return false;
    const own = (doc.paths as Json | undefined)?.[o.path] as Json | undefined;
    const op = own?.[o.method] as Json | undefined;
    const name = (op && str(op['x-amazon-apigateway-request-validator'])) ?? facts.defaultValidator;
    if (!name) return true;
    const v = (doc['x-amazon-apigateway-request-validators'] as Json | undefined)?.[name] as Json | undefined;
    return !(v && v.validateRequestBody === true);
  });
}
