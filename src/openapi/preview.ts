/**
 * What the wizard shows once it has read the owner's OpenAPI document, before it is taken:
 * title and version, how many paths and operations (and how many get the tool's integration),
 * the security schemes, the AWS extensions it already carries, and the problems the checks
 * will report in it. Pure: the document is read and validated before (app/openapi-file.ts).
 */
import { integrationProblems, type Json, type SpecFacts } from './document.js';
import { safeText } from '../core/safe-text.js';

/** The document's own text (a title, a scheme's name) on one line, no control character reaching the terminal. */
const text = (s: string) => safeText(s.replace(/\s+/g, ' ').trim()).slice(0, 200);

export interface SpecPreview {
  /** "Orders API 1.2.0 · OpenAPI 3.0" */
  title: string;
  /** One fact per line. */
  lines: string[];
  /** Problems the checks will report in the document (API Gateway refuses or breaks on them). */
  problems: string[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** How a security scheme reads: its name, its kind, the AWS authorizer it declares. */
function schemeText(s: SpecFacts['securitySchemes'][number]): string {
  const aws = s.authorizer ? `${String(s.authorizer.type ?? 'authorizer').toLowerCase()} authorizer` : s.authtype === 'awsSigv4' ? 'IAM (SigV4)' : s.authtype;
  return text(`${s.name} (${[s.type, aws].filter(Boolean).join(', ')})`);
}

/** Every x-amazon-apigateway-* key in the document, with how often it occurs. */
export function awsExtensions(doc: unknown): Map<string, number> {
  const found = new Map<string, number>();
  const walk = (v: unknown, depth: number) => {
    if (depth > 64 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => walk(x, depth + 1));
    for (const [k, x] of Object.entries(v as Json)) {
      if (k.startsWith('x-amazon-apigateway-')) found.set(k, (found.get(k) ?? 0) + 1);
      walk(x, depth + 1);
    }
  };
  walk(doc, 0);
  return found;
}

export function specPreview(facts: SpecFacts, doc: Json, files = 1, lineOf: (pointer: string) => number | undefined = () => undefined): SpecPreview {
  const paths = new Set(facts.operations.map((o) => o.path)).size;
  const ops = facts.operations.length;
  const extensions = [...awsExtensions(doc)].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => (n > 1 ? `${text(k)} ×${n}` : text(k)));
  const lines = [
    `${plural(paths, 'path')}, ${plural(ops, 'operation')}${!ops ? '' : facts.withoutIntegration === 0 ? `; ${ops === 1 ? 'it declares' : 'each declares'} its own integration` : `; ${facts.withoutIntegration === ops ? 'none declares' : `${facts.withoutIntegration} of them lack`} an integration (they get the one you choose next)`}`,
    `Security schemes: ${facts.securitySchemes.length ? facts.securitySchemes.map(schemeText).join(', ') : 'none (the --auth answer adds one)'}`,
    `AWS extensions: ${extensions.length ? extensions.join(', ') : 'none'}`,
    ...(files > 1 ? [`References ${plural(files - 1, 'other file')}: bundled into one document for API Gateway`] : []),
  ];
  const problems = integrationProblems(facts).map((p) => {
    const line = lineOf(p.pointer);
    return text(`${line ? `line ${line}: ` : ''}${p.rule ? `${p.rule} ` : ''}${p.message}`);
  });
  const name = text([facts.title || '(untitled)', facts.apiVersion].filter(Boolean).join(' '));
  return { title: `${name} · ${facts.version === '2.0' ? 'Swagger 2.0' : 'OpenAPI 3.0'}`, lines, problems };
}
