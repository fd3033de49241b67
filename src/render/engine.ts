/**
 * Our own Handlebars instance: strict (a missing value is an error, never an empty
 * string), no HTML escaping (HCL is not HTML), helpers registered once per process.
 */
import Handlebars from 'handlebars';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { hclComment, hclString, hclValue } from './hcl.js';

/** How every template and partial compiles; scripts/build.mjs precompiles with the same. */
export const COMPILE_OPTIONS = { strict: true, noEscape: true, preventIndent: true };

interface Precompiled {
  options: object;
  templates: Record<string, { hash: string; spec: TemplateSpecification }>;
}

/**
 * The shipped templates precompiled by the build (dist/templates.precompiled.cjs): compiling
 * them at run time costs ~120 ms. Used only for a template whose text is byte-for-byte the one
 * that was precompiled (an overlay or an edited template compiles at run time) and only when
 * built with the same options. Running from source there is none, and all compile.
 */
const precompiled: Precompiled | undefined = (() => {
  try {
    const set = createRequire(import.meta.url)('./templates.precompiled.cjs') as Precompiled;
    return isDeepStrictEqual(set.options, COMPILE_OPTIONS) ? set : undefined;
  } catch {
    return undefined;
  }
})();

export const templateHash = (source: string) => createHash('sha256').update(source).digest('hex').slice(0, 32);

function compile(name: string, source: string): HandlebarsTemplateDelegate {
  const pre = precompiled?.templates[name];
  if (pre && pre.hash === templateHash(source)) return hbs.template(pre.spec);
  // Parse now, so a syntax error names this template (and its line), not the first template
  // that includes it as a partial. A copy of the options: Handlebars writes into them.
  hbs.parse(source);
  return hbs.compile(source, { ...COMPILE_OPTIONS });
}

export type Templates = ReadonlyMap<string, string>;

const hbs = Handlebars.create();

hbs.registerHelper({
  /** A user value as a quoted, escaped HCL string. */
  hcl: (v: unknown) => {
    if (typeof v !== 'string') throw new Error(`hcl helper expects text, got ${JSON.stringify(v)}`);
    return hclString(v);
  },
  /** Any value as an HCL literal (lists, maps, null). */
  hclValue: (v: unknown) => hclValue(v),
  /** A user value inside a `#` comment. */
  comment: (v: unknown) => hclComment(String(v)),
  /** A value inside a Markdown table cell. */
  md: (v: unknown) => String(v ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' '),
  /**
   * A value as a code span in a Markdown table cell that no content can close: the fence is
   * longer than the longest run of backticks inside it (CommonMark), pipes are escaped (GFM
   * tables split on them first), and the value stays on one line.
   */
  mdCode: (v: unknown) => {
    const text = String(v ?? '').replace(/\r?\n\s*/g, ' ').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = longest > 0 || text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
  },
  /** Free text from the user as literal Markdown: every punctuation Markdown or HTML acts on escaped, one line, no control characters. */
  mdText: (v: unknown) =>
    String(v ?? '')
      // eslint-disable-next-line no-control-regex -- exactly the characters to drop
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
      .replace(/\s*[\r\n]+\s*/g, ' ')
      .trim()
      .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
      // What starts a block only at the start of a line: a heading, a list item, a rule.
      .replace(/^([#+-])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2'),
  json: (v: unknown) => JSON.stringify(v, null, 2),
  eq: (a: unknown, b: unknown) => a === b,
  ne: (a: unknown, b: unknown) => a !== b,
  and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
  or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
  not: (v: unknown) => !v,
  join: (list: unknown, sep: unknown) => (Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : ''),
  lower: (v: unknown) => String(v).toLowerCase(),
  concat: (...args: unknown[]) => args.slice(0, -1).join(''),
  upper: (v: unknown) => String(v).toUpperCase(),
});

const compiled = new WeakMap<Templates, Record<string, HandlebarsTemplateDelegate>>();

/**
 * The set compiled, once per set. Every template is also a partial, so templates include
 * each other by name; the partials go with each render call, never into the shared instance,
 * so two sets (the old and the new render of an update) never see each other's partials.
 */
function compiledSet(templates: Templates): Record<string, HandlebarsTemplateDelegate> {
  let set = compiled.get(templates);
  if (!set) {
    set = Object.create(null) as Record<string, HandlebarsTemplateDelegate>;
    for (const [name, source] of templates) {
      try {
        set[name] = compile(name, source);
      } catch (err) {
        throw new TemplateError(name, (err as Error).message);
      }
    }
    compiled.set(templates, set);
  }
  return set;
}

/** A template failed to compile or render; names the template. */
export class TemplateError extends Error {
  constructor(readonly template: string, message: string) {
    super(`Rendering template "${template}" failed: ${message}`);
    this.name = 'TemplateError';
  }
}

/** Render one named template against a context. Throws a TemplateError on any error. */
export function renderTemplate(templates: Templates, name: string, context: object): string {
  const set = compiledSet(templates);
  const fn = set[name];
  if (!fn) throw new TemplateError(name, `no such template (looked for ${name}.hbs)`);
  try {
    return fn(context, { partials: set });
  } catch (err) {
    throw new TemplateError(name, (err as Error).message);
  }
}
