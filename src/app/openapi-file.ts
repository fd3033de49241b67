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
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
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
    doc = await bundleFiles(file, doc, sources);
    bundled = `${JSON.stringify(doc, null, 2)}\n`;
  }
  const { validateSpec } = await import('../openapi/validate.js');
  const { problems, more } = validateSpec(doc, v.version);
  // Pointers into bundled parts have no line in the document's own text: the place says where.
  if (problems.length) throw asUsageError(file, problems, bundled ? () => undefined : parsed.lineOf, more);
  return { file, text, doc, version: v.version, facts: analyzeSpec(doc, v.version), lineOf: bundled ? () => undefined : parsed.lineOf, sources, ...(bundled ? { bundled } : {}) };
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

/** One document from many: files referenced by relative paths, read with the same bounds, inside the document's folder tree or beside it. */
async function bundleFiles(file: string, doc: Json, sources: { file: string; sha256: string }[]): Promise<Json> {
  const { default: $RefParser } = await import('@apidevtools/json-schema-ref-parser');
  const base = dirname(file);
  try {
    return (await $RefParser.bundle(file, structuredClone(doc), {
      resolve: {
        http: false,
        external: true,
        file: {
          order: 1,
          canRead: true,
          read: async (info: { url: string }) => {
            const path = info.url.startsWith('file://') ? new URL(info.url).pathname : info.url;
            const text = await readBounded(path, `${path} (referenced from ${file})`);
            if (!sources.some((s) => s.file === path)) sources.push({ file: path, sha256: sha256(text) });
            return text;
          },
        },
      },
      parse: {
        yaml: {
          order: 1,
          canParse: true,
          parse: (info: { url: string; data: string | Buffer }) => {
            const path = info.url.startsWith('file://') ? new URL(info.url).pathname : info.url;
            try {
              return parseSpecText(String(info.data)).doc;
            } catch (err) {
              if (err instanceof SpecSyntaxError) throw new UsageError([`${path}:${err.line}:${err.column}: ${err.message} (referenced from ${file}). Fix the YAML/JSON syntax there.`]);
              throw err;
            }
          },
        },
        json: false,
        text: false,
        binary: false,
      },
    } as never)) as unknown as Json;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const e = err as Error & { source?: string; path?: (string | number)[] | null; errors?: (Error & { source?: string })[] };
    const first = e.errors?.[0] ?? e;
    const where = first.source ? (isAbsolute(first.source) ? relative(base, first.source) || first.source : first.source) : file;
    throw new UsageError([`${file}: a $ref cannot be resolved: ${first.message.replace(/\s+/g, ' ')} (in ${where.split(sep).join('/')}).`, 'Fix: point the $ref at a file next to the document (relative path) and a place that exists in it (#/components/schemas/Name).']);
  }
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
  const examplePath = (plain?.path ?? '/').replace(/\{[^}]+\}/g, 'example').replace(/^\//, '');
  return {
    plan: {
      source,
      ...(loaded.bundled !== undefined ? { bundled: loaded.bundled } : {}),
      title: loaded.facts.title,
      version: loaded.facts.apiVersion,
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
