/**
 * Our own Handlebars instance: strict (a missing value is an error, never an empty
 * string), no HTML escaping (HCL is not HTML), helpers registered once per process.
 */
import Handlebars from 'handlebars';
import { hclComment, hclString, hclValue } from './hcl.js';

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

const compiled = new WeakMap<Templates, Map<string, HandlebarsTemplateDelegate>>();

function registered(templates: Templates): Map<string, HandlebarsTemplateDelegate> {
  let cache = compiled.get(templates);
  if (!cache) {
    cache = new Map();
    compiled.set(templates, cache);
    // Every template is also a partial, so templates can include each other by name.
    for (const p of Object.keys(hbs.partials)) hbs.unregisterPartial(p);
    for (const [name, source] of templates) hbs.registerPartial(name, source);
  }
  return cache;
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
  const cache = registered(templates);
  let fn = cache.get(name);
  if (!fn) {
    const source = templates.get(name);
    if (source === undefined) throw new TemplateError(name, `no such template (looked for ${name}.hbs)`);
    fn = hbs.compile(source, { strict: true, noEscape: true, preventIndent: true });
    cache.set(name, fn);
  }
  try {
    return fn(context);
  } catch (err) {
    throw new TemplateError(name, (err as Error).message);
  }
}
