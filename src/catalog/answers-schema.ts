/**
 * JSON Schema (draft 2020-12) of an answers file, derived from the question catalog: each
 * question's key, type, allowed values, pattern and description. Editors validate and
 * complete YAML with it (`# yaml-language-server: $schema=…`). The CLI's own checks say more
 * (cross-field rules, host bits of a CIDR); a file valid here can still be refused there.
 */
import { PATTERNS } from '../core/patterns.js';
import { QUESTIONS, type Question } from './questions.js';

type Schema = Record<string, unknown>;

function describe(q: Question): string {
  const applies = q.appliesTo ? ` Applies to ${q.appliesTo}.` : '';
  return `${q.prompt}${/[?.!)]$/.test(q.prompt) ? '' : '.'} ${q.help}${applies}`;
}

export function propertyOf(q: Question): Schema {
  const description = describe(q);
  switch (q.kind) {
    case 'boolean':
      return { description, type: 'boolean' };
    case 'select':
      return { description, type: 'string', enum: q.choices.map((c) => c.value) };
    case 'text':
      return { description, type: 'string', ...(q.pattern ? { pattern: q.optional ? `^$|${PATTERNS[q.pattern]}` : PATTERNS[q.pattern] } : {}), ...(q.maxLength ? { maxLength: q.maxLength } : {}) };
    case 'list': {
      const item: Schema = { type: 'string', ...(q.itemPattern ? { pattern: PATTERNS[q.itemPattern] } : {}) };
      // A list, or one comma-separated string (as on the command line); tags also a mapping.
      const forms: Schema[] = [{ type: 'array', items: item, uniqueItems: true }, { type: 'string' }];
      if (q.id === 'tags') forms.unshift({ type: 'object', additionalProperties: { type: ['string', 'number'] }, propertyNames: { pattern: '^(?![aA][wW][sS]:).{1,128}$' } });
      return { description, oneOf: forms };
    }
  }
}

/** The answers-file schema; `id` names it (answers or preset). */
export function answersSchema(id = 'answers'): Schema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://create-api-endpoint.dev/schema/${id}.json`,
    title: id === 'answers' ? 'create-api-endpoint answers file' : 'create-api-endpoint preset',
    description: 'Keys are the flag names without dashes; every key is optional (missing answers are asked, defaulted with --yes, or named as errors).',
    type: ['object', 'null'],
    additionalProperties: false,
    properties: Object.fromEntries(QUESTIONS.map((q) => [q.flag, propertyOf(q)])),
  };
}
