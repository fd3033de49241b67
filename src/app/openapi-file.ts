/**
 * Reads the owner's OpenAPI document for a run: bounded reading (a regular file, no FIFO, at
 * most 64 MB), YAML or JSON with line numbers, the version API Gateway imports, references to
 * other files bundled into one document (API Gateway cannot follow them), validation against
 * the published schema. Every problem is bad input (exit 2): the file, the line, the place in
 * the document (a JSON pointer) and the fix.
 */
import { constants, createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError, errnoText } from '../core/errors.js';
import { analyzeSpec, parseSpecText, specVersion, SpecSyntaxError, type Json, type SpecFacts, type SpecProblem, type SpecVersion } from '../openapi/document.js';

/** Larger documents are refused: API Gateway's own import limit is far below it. */
export const MAX_SPEC_BYTES = 64 * 1024 * 1024;

export interface LoadedSpec {
  /** Absolute path of the document. */
  file: string;
  text: string;
  doc: Json;
  version: SpecVersion;
  facts: SpecFacts;
  /** Line of a pointer in the document's own text (not in files it references). */
  lineOf(pointer: string): number | undefined;
  /** Every file read for it (the document first), with its hash: what update compares. */
  sources: { file: string; sha256: string }[];
  /** The document as one JSON text when it references other files (Terraform reads this one). */
  bundled?: string;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Readable place in a document: paths › /orders/{id} › get. */
export const placeOf = (pointer: string) =>
  pointer === ''
    ? 'the document'
    : pointer
        .slice(1)
        .split('/')
        .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
        .join(' › ');

/** A regular file's text, read without blocking on a FIFO or a device, bounded in size. */
async function readBounded(file: string, what: string): Promise<string> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw new UsageError([`${what}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read it (${errnoText(err)})`}. Give the path of your OpenAPI document (YAML or JSON).`]);
  }
  try {
    const s = await handle.stat();
    if (!s.isFile()) throw new UsageError([`${what}: not a regular file (a folder, FIFO or device). Give the path of your OpenAPI document.`]);
    if (s.size > MAX_SPEC_BYTES) throw new UsageError([`${what}: ${(s.size / 1e6).toFixed(0)} MB, more than ${MAX_SPEC_BYTES / 1024 / 1024} MB; API Gateway does not import documents that large. Split the API.`]);
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of createReadStream('', { fd: handle, autoClose: false, start: 0 }) as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > MAX_SPEC_BYTES) throw new UsageError([`${what}: grew past ${MAX_SPEC_BYTES / 1024 / 1024} MB while read.`]);
      chunks.push(chunk);
    }
    const buf = Buffer.concat(chunks);
    if (buf.includes(0)) throw new UsageError([`${what}: holds NUL bytes, so it is not a YAML or JSON text file.`]);
    return buf.toString('utf8').replace(/^\uFEFF/, '');
  } finally {
    await handle.close();
  }
}

/** Problems as an input error naming file, line and place, each with its fix. */
function asUsageError(file: string, problems: SpecProblem[], lineOf: (p: string) => number | undefined, more = 0): UsageError {
  return new UsageError([
    ...problems.map((p) => {
      const line = lineOf(p.pointer);
      return `${file}${line ? `:${line}` : ''}: ${p.message} (at ${placeOf(p.pointer)}) Fix: ${p.fix}`;
    }),
    ...(more ? [`…and ${more} more problem${more > 1 ? 's' : ''} of the same kind.`] : []),
  ]);
}

/**
 * Reads, bundles and validates the document at `file` (absolute). `flag` names where the path
 * came from, for the messages (e.g. "--openapi ./api.yaml").
 */
export async function loadSpec(file: string, flag: string): Promise<LoadedSpec> {
  const text = await readBounded(file, `${flag}`);
  let parsed;
  try {
    parsed = parseSpecText(text);
  } catch (err) {
    if (err instanceof SpecSyntaxError) throw new UsageError([`${file}:${err.line}:${err.column}: ${err.message}. Fix the YAML/JSON syntax there (${flag}).`]);
    throw err;
  }
  const v = specVersion(parsed.doc);
  if ('refused' in v) throw new UsageError([`${file}:${parsed.lineOf('/openapi') ?? parsed.lineOf('/swagger') ?? 1}: ${v.refused}.`, `Fix: ${v.fix}`]);

  const sources = [{ file, sha256: sha256(text) }];
  let doc = parsed.doc;
  let bundled: string | undefined;
  const external = externalRefs(doc);
  if (external.length) {
    const remote = external.find((r) => /^[a-z][a-z0-9+.-]*:\/\//i.test(r.ref));
    if (remote)
      throw new UsageError([
        `${file}:${parsed.lineOf(remote.at) ?? 1}: $ref ${remote.ref} points at the network (at ${placeOf(remote.at)}): API Gateway cannot fetch it, and this tool reads no network.`,
        'Fix: download that document next to yours and refer to it by a relative path (./schemas/x.yaml#/…).',
      ]);
    doc = await bundleFiles(file, doc, sources, v.version);
    bundled = `${JSON.stringify(doc, null, 2)}\n`;
  }
  const { validateSpec } = await import('../openapi/validate.js');
  const { problems, more } = validateSpec(doc, v.version);
  // A pointer into a bundled part has no line in the document's own text: the place says where.
  if (problems.length) throw asUsageError(file, problems, parsed.lineOf, more);
  return { file, text, doc, version: v.version, facts: analyzeSpec(doc, v.version), lineOf: parsed.lineOf, sources, ...(bundled ? { bundled } : {}) };
}

/** $refs that leave the document, with where they are. */
function externalRefs(doc: unknown): { ref: string; at: string }[] {
  const out: { ref: string; at: string }[] = [];
  const walk = (v: unknown, at: string, depth: number) => {
    if (depth > 200 || out.length > 50) return;
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${at}/${i}`, depth + 1));
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      if (k === '$ref' && typeof x === 'string' && !x.startsWith('#')) out.push({ ref: x, at: `${at}/$ref` });
      else walk(x, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1);
    }
  };
  walk(doc, '', 0);
  return out;
}

/**
 * One document from many, as API Gateway needs it (it follows no reference to another file).
 * A reference back into the document itself becomes a local one; a schema in another file
 * becomes a named schema of the document (components/schemas, or definitions in Swagger 2.0),
 * so shared and recursive schemas stay shared (API Gateway makes each a model); anything else
 * (a path item, a parameter, a response) is copied in where it is referenced. Files are read
 * with the same bounds as the document.
 */
async function bundleFiles(file: string, doc: Json, sources: { file: string; sha256: string }[], version: SpecVersion): Promise<Json> {
  const docs = new Map<string, unknown>([[file, doc]]);
  const load = async (path: string, from: string): Promise<unknown> => {
    if (!docs.has(path)) {
      const text = await readBounded(path, `${path} (referenced from ${from})`);
      sources.push({ file: path, sha256: sha256(text) });
      try {
        docs.set(path, parseSpecText(text).doc);
      } catch (err) {
        if (err instanceof SpecSyntaxError) throw new UsageError([`${path}:${err.line}:${err.column}: ${err.message} (referenced from ${from}). Fix the YAML/JSON syntax there.`]);
        throw err;
      }
    }
    return docs.get(path);
  };
  const out = structuredClone(doc);
  const schemas: Json = version === '2.0' ? ((out.definitions ??= {}) as Json) : (((out.components ??= {}) as Json).schemas ??= {}) as Json;
  const schemaRef = version === '2.0' ? '#/definitions/' : '#/components/schemas/';
  const hoisted = new Map<string, string>();
  const fragmentOf = (target: unknown, pointerText: string, where: string): unknown => {
    let node = target;
    for (const t of pointerText.split('/').slice(1).map((x) => decodeURIComponent(x).replace(/~1/g, '/').replace(/~0/g, '~'))) {
      node = node && typeof node === 'object' ? (node as Json)[t] : undefined;
      if (node === undefined) throw new UsageError([`${where}: $ref points at #${pointerText}, which does not exist there.`, 'Fix: point it at a place that exists (#/components/schemas/Name, or a key of the referenced file).']);
    }
    return node;
  };
  const SCHEMA_MAPS = new Set(['properties', 'definitions', 'schemas', 'patternProperties']);
  const SCHEMA_KEYS = new Set(['schema', 'items', 'additionalProperties', 'not', 'additionalItems']);
  const SCHEMA_LISTS = new Set(['allOf', 'oneOf', 'anyOf']);
  const walk = async (node: unknown, base: string, schema: boolean, stack: string[]): Promise<unknown> => {
    if (stack.length > 64) throw new UsageError([`${file}: references nest more than 64 deep (a cycle through something that is not a schema?).`]);
    if (Array.isArray(node)) return Promise.all(node.map((x) => walk(x, base, schema, stack)));
    if (!node || typeof node !== 'object') return node;
    const o = node as Json;
    if (typeof o.$ref === 'string' && !o.$ref.startsWith('#') || (typeof o.$ref === 'string' && base !== file)) {
      const ref = o.$ref as string;
      const hash = ref.indexOf('#');
      const part = hash < 0 ? ref : ref.slice(0, hash);
      const pointerText = hash < 0 ? '' : ref.slice(hash + 1);
      const target = part === '' ? base : resolve(dirname(base), decodeURIComponent(part));
      if (target === file) return { ...o, $ref: `#${pointerText}` };
      const key = `${target}#${pointerText}`;
      if (schema) {
        let name = hoisted.get(key);
        if (!name) {
          const stem = (pointerText.split('/').filter(Boolean).pop() ?? basename(target).replace(/\.(ya?ml|json)$/i, '')).replace(/[^A-Za-z0-9._-]/g, '_') || 'Schema';
          name = stem;
          for (let i = 2; name in schemas || [...hoisted.values()].includes(name); i++) name = `${stem}${i}`;
          hoisted.set(key, name);
          const value = fragmentOf(await load(target, base), pointerText, target);
          schemas[name] = await walk(value, target, true, [...stack, key]);
        }
        return { $ref: `${schemaRef}${name}` };
      }
      if (stack.includes(key)) throw new UsageError([`${file}: ${ref} (in ${relative(dirname(file), base) || base}) leads back to itself through something that is not a schema; API Gateway cannot import a cycle there.`]);
      const { $ref: _drop, ...siblings } = o;
      const value = fragmentOf(await load(target, base), pointerText, target);
      const inlined = await walk(value, target, schema, [...stack, key]);
      return inlined && typeof inlined === 'object' && !Array.isArray(inlined) ? { ...(inlined as Json), ...siblings } : inlined;
    }
    const result: Json = {};
    for (const [k, v] of Object.entries(o)) {
      const childSchema = SCHEMA_KEYS.has(k) || SCHEMA_LISTS.has(k);
      if (SCHEMA_MAPS.has(k) && v && typeof v === 'object' && !Array.isArray(v)) {
        // A whole map given by reference (properties: {$ref: …}): JSON Reference replaces it.
        let map = v as Json;
        if (typeof map.$ref === 'string' && (!map.$ref.startsWith('#') || base !== file)) map = (await walk(map, base, false, stack)) as Json;
        const m: Json = {};
        for (const [name, x] of Object.entries(map)) m[name] = await walk(x, base, true, stack);
        result[k] = m;
      } else result[k] = await walk(v, base, childSchema || (schema && !['example', 'examples', 'default', 'enum', 'const', 'required'].includes(k) && k !== 'x-examples'), stack);
    }
    return result;
  };
  const bundled = (await walk(out, file, false, [])) as Json;
  // The named schemas walked above were added to `schemas` of the copy; keep them in the result.
  const target = version === '2.0' ? ((bundled.definitions ??= {}) as Json) : (((bundled.components ??= {}) as Json).schemas ??= {}) as Json;
  for (const [name, value] of Object.entries(schemas)) if (!(name in target)) target[name] = value;
  if (Object.keys(target).length === 0) {
    if (version === '2.0') delete bundled.definitions;
    else if (Object.keys((bundled.components as Json).schemas as Json).length === 0) delete (bundled.components as Json).schemas;
  }
  if (version !== '2.0' && bundled.components && Object.keys(bundled.components as Json).length === 0) delete bundled.components;
  return bundled;
}

/** Resolves a path given on a flag, in an answers file or in a manifest against its base folder. */
export const specPathFrom = (base: string, path: string) => resolve(base, path);

/** What a run passes the pipeline for the owner's document (see pipeline.ts GenerateOptions.openapi). */
export interface OpenApiInput {
  plan: import('../plan/plan.js').OpenApiPlan;
  inputs: Map<string, string>;
  facts: SpecFacts;
  lineOf(pointer: string): number | undefined;
}

/**
 * Reads the document an answer names (absolute, or relative to the working folder) for a root
 * written to `outDir`: the path the root's file() uses is relative to that folder.
 */
export async function openapiInput(spec: string, outDir: string, flag = `--openapi ${spec}`): Promise<OpenApiInput> {
  const file = resolve(spec);
  const loaded = await loadSpec(file, flag);
  const source = relative(resolve(outDir), file).split(sep).join('/');
  if (isAbsolute(source) || source === '') throw new UsageError([`${flag}: the document must be a file the root can name by a relative path (it is on another drive than ${outDir}).`]);
  const gets = loaded.facts.operations.filter((o) => o.method === 'get');
  const plain = gets.find((o) => !o.path.includes('{')) ?? gets[0] ?? loaded.facts.operations[0];
  // Shown in the README's curl lines: only characters a URL path needs no quoting for.
  const shown = (plain?.path ?? '/').replace(/\{[^}]+\}/g, 'example').replace(/^\//, '');
  const examplePath = /^[A-Za-z0-9._~/-]*$/.test(shown) ? shown : '';
  return {
    plan: {
      source,
      ...(loaded.bundled !== undefined ? { bundled: loaded.bundled } : {}),
      title: loaded.facts.title,
      version: loaded.facts.apiVersion,
      specVersion: loaded.version,
      hasSecurity: Array.isArray(loaded.doc.security),
      operations: loaded.facts.operations.length,
      integrated: loaded.facts.withoutIntegration,
      examplePath,
      sources: loaded.sources.map((x) => ({ path: relative(resolve(outDir), x.file).split(sep).join('/'), sha256: x.sha256 })),
    },
    inputs: new Map(loaded.bundled !== undefined ? [] : [[source, loaded.text]]),
    facts: loaded.facts,
    lineOf: loaded.lineOf,
  };
}
