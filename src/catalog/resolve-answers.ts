/**
 * Merges answers from their sources (preset < answers file < flags), coerces and
 * validates each through the catalog, applies defaults and reports what is missing.
 * Pure: the caller passes the environment and the already-read file contents.
 */
import type { Answers } from '../core/types.js';
import { QUESTIONS, type Env, type Question } from './questions.js';
import { didYouMean } from '../core/closest.js';

/** A value as given by one source, with where it came from (for error messages). */
export interface Given {
  value: unknown;
  /** e.g. `--clients` or `answers.yaml: key "clients"` */
  origin: string;
  fromFlag: boolean;
  recorded: boolean;
}

export interface Source {
  /** Human name of the source, used in messages. */
  label: string;
  values: Record<string, unknown>;
  /** 'recorded': a manifest's answers (--from, update); one that a later answer made inapplicable is dropped, not an error. */
  kind: 'flags' | 'file' | 'preset' | 'recorded';
}

export interface Resolution {
  answers: Partial<Answers>;
  /** Questions that apply, have no value and must be answered (flag, file or prompt). */
  missing: Question[];
  /** Ids answered by some source (the wizard skips them). */
  provided: Set<keyof Answers>;
  problems: string[];
}

/**
 * Resolve answers. With `fillDefaults` (--yes, or the wizard's final pass) required
 * questions take their defaults; without it they are reported as missing.
 */
export function resolveAnswers(sources: Source[], env: Env, fillDefaults: boolean): Resolution {
  const problems: string[] = [];
  const answers: Partial<Answers> = {};
  const missing: Question[] = [];
  const provided = new Set<keyof Answers>();
  const known = new Set(QUESTIONS.map((q) => q.flag));

  for (const source of sources) {
    if (source.kind === 'flags') continue;
    for (const key of Object.keys(source.values)) {
      if (!known.has(key)) problems.push(`${source.label}: unknown key "${key}".${didYouMean(key, known)} Allowed keys: ${[...known].join(', ')}.`);
    }
  }

  for (const q of QUESTIONS) {
    const given = pick(q, sources);
    const applies = q.when ? q.when(answers) : true;
    if (!applies) {
      // Turning off or leaving empty something that does not apply is harmless; anything else
      // is a mistake worth naming.
      const off = (q.kind === 'boolean' && (given?.value === false || given?.value === 'false')) || (q.kind === 'text' && q.optional && given?.value === '');
      if (given && !off && !given.recorded) {
        problems.push(`${given.origin} applies only to ${q.appliesTo ?? 'other answers'}; remove it or change the answers it depends on.`);
      }
      continue;
    }
    if (given) {
      const coerced = coerce(q, given);
      if (typeof coerced === 'string') {
        problems.push(coerced);
        continue;
      }
      assign(answers, q.id, coerced.value);
      provided.add(q.id);
      continue;
    }
    const def = q.default(answers, env);
    if (q.required && (!fillDefaults || def === undefined)) {
      missing.push(q);
      continue;
    }
    if (def !== undefined) assign(answers, q.id, def);
    else if (q.kind === 'list') assign(answers, q.id, []);
  }
  return { answers, missing, provided, problems };
}

function pick(q: Question, sources: Source[]): Given | undefined {
  // Later sources win: flags override the file, the file overrides a preset.
  for (let i = sources.length - 1; i >= 0; i--) {
    const s = sources[i]!;
    const v = s.values[s.kind === 'flags' ? q.id : q.flag];
    if (v !== undefined) {
      return { value: v, origin: s.kind === 'flags' ? `--${q.flag}` : `${s.label}: key "${q.flag}"`, fromFlag: s.kind === 'flags', recorded: s.kind === 'recorded' };
    }
  }
  return undefined;
}

function assign<K extends keyof Answers>(a: Partial<Answers>, k: K, v: unknown): void {
  a[k] = v as Answers[K];
}

/** Coerce a raw value to the question's type and validate it; a string is an error message. */
export function coerce(q: Question, given: Given): { value: unknown } | string {
  const { value, origin } = given;
  const shown = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  switch (q.kind) {
    case 'boolean':
      if (typeof value === 'boolean') return { value };
      if (value === 'true' || value === 'false') return { value: value === 'true' };
      return `${origin}: ${shown} is not true or false.${given.fromFlag ? '' : ` Write ${q.flag}: true or ${q.flag}: false.`}`;
    case 'select': {
      const allowed: string[] = q.choices.map((c) => c.value);
      if (typeof value !== 'string' || !allowed.includes(value))
        return `${origin}: ${shown} is not allowed; choose one of ${allowed.join(', ')}.`;
      return { value };
    }
    case 'text': {
      if (typeof value !== 'string') return `${origin}: ${shown} must be text.`;
      const trimmed = q.id === 'description' ? value : value.trim();
      if (trimmed === '' && q.optional) return { value: undefined };
      const msg = q.validate(trimmed);
      return msg ? `${origin}: ${shown} ${msg.startsWith('"') ? `is invalid: ${msg}` : msg}.` : { value: trimmed };
    }
    case 'list': {
      let items: string[];
      if (typeof value === 'string') items = value.split(',').map((s) => s.trim()).filter(Boolean);
      else if (Array.isArray(value)) {
        if (!value.every((v) => typeof v === 'string' || typeof v === 'number'))
          return `${origin}: must be a list of text values.`;
        if (value.some((v) => typeof v === 'number'))
          return `${origin}: ${shown} has a number; quote each value (YAML drops leading zeros of account IDs), e.g. ["012345678901"].`;
        items = (value as string[]).map((s) => s.trim()).filter(Boolean);
      } else return `${origin}: ${shown} must be a comma-separated string or a list.`;
      if (items.length === 0 && q.optional) return { value: [] };
      const msg = q.validate(items);
      return msg ? `${origin}: ${msg}.` : { value: items };
    }
  }
}
