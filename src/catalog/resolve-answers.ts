/**
 * Merges answers from their sources (preset < answers file < flags), coerces and
 * validates each through the catalog, applies defaults and reports what is missing.
 * Pure: the caller passes the environment and the already-read file contents.
 */
import type { Answers } from '../core/types.js';
import { QUESTIONS, type Env, type Question } from './questions.js';
import { didYouMean } from '../core/closest.js';
import { chosenType } from '../core/endpoint-type.js';
import type { EndpointType } from '../core/types.js';
import type { Allow, Lock, Policy } from './preset-model.js';

/** A value as given by one source, with where it came from (for error messages). */
export interface Given {
  value: unknown;
  /** e.g. `--clients` or `answers.yaml: key "clients"` */
  origin: string;
  fromFlag: boolean;
  recorded: boolean;
  /** The kind of source that gave it. */
  kind?: Source['kind'];
  /** A recorded answer that gives way to a preset's lock (update re-reads the preset). */
  yields?: boolean;
}

export interface Source {
  /** Human name of the source, used in messages. */
  label: string;
  values: Record<string, unknown>;
  /** 'recorded': a manifest's answers (--from, update); one that a later answer made inapplicable is dropped, not an error. */
  kind: 'flags' | 'file' | 'preset' | 'recorded';
  /** update: a recorded answer the preset now locks to another value gives way (with a note) instead of being an error. */
  yieldsToLocks?: boolean;
}

/** What resolution needs of a preset's policy: locks and allowed lists, keyed by flag. */
export type AnswerPolicy = Pick<Policy, 'locked' | 'allowed'>;

export interface Resolution {
  answers: Partial<Answers>;
  /** Questions that apply, have no value and must be answered (flag, file or prompt). */
  missing: Question[];
  /** Ids answered by some source (the wizard skips them). */
  provided: Set<keyof Answers>;
  /** Ids a preset fixes (the wizard shows them as fixed lines with the reason). */
  locked: Map<keyof Answers, Lock>;
  problems: string[];
  /** Recorded answers a preset's lock replaced (update). */
  notes: string[];
  /** Set when the preset's allowed types overrode the recommendation: why, in one sentence. */
  typeNote?: string;
}

/**
 * Resolve answers. With `fillDefaults` (--yes, or the wizard's final pass) required
 * questions take their defaults; without it they are reported as missing.
 */
export function resolveAnswers(sources: Source[], env: Env, fillDefaults: boolean, policy?: AnswerPolicy): Resolution {
  const problems: string[] = [];
  const notes: string[] = [];
  const locked = new Map<keyof Answers, Lock>();
  let typeNote: string | undefined;
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
    const lock = policy?.locked.get(q.flag);
    if (lock) {
      if (given && given.kind !== 'preset') {
        const coerced = coerce(q, given);
        const same = typeof coerced !== 'string' && sameValue(coerced.value, lock.value);
        if (!same && given.yields) notes.push(`${given.origin} (${show(given.value)}) gives way to the lock of preset ${lock.preset}: ${show(lock.value)} — ${lock.reason}`);
        else if (!same) problems.push(lockRefusal(given, lock));
      }
      assign(answers, q.id, lock.value);
      provided.add(q.id);
      locked.set(q.id, lock);
      continue;
    }
    const allow = policy?.allowed.get(q.flag);
    if (given) {
      const coerced = coerce(q, given);
      if (typeof coerced === 'string') {
        problems.push(coerced);
        continue;
      }
      if (allow && coerced.value !== undefined && !allow.values.includes(String(coerced.value))) {
        problems.push(`${given.origin}: ${show(coerced.value)} is not allowed by preset ${allow.preset}${where(allow)}; allowed: ${allow.values.join(', ')}.`);
        continue;
      }
      assign(answers, q.id, coerced.value);
      provided.add(q.id);
      continue;
    }
    let def = q.default(answers, env);
    if (allow && q.id === 'endpointType') {
      // The recommendation is outside the allowed types: take the closest allowed one, and say so.
      const forced = typeForcedBy(answers, allow);
      if (forced) [def, typeNote] = [forced.type.toLowerCase(), forced.note];
    } else if (allow && typeof def === 'string' && !allow.values.includes(def)) def = allow.values[0];
    if (q.required && (!fillDefaults || def === undefined)) {
      missing.push(q);
      continue;
    }
    if (def !== undefined) assign(answers, q.id, def);
    else if (q.kind === 'list') assign(answers, q.id, []);
  }
  // The description's default names what the root holds (an API, a network or an account
  // baseline), decided by answers that come after it: taken again once they are all known.
  const description = QUESTIONS.find((q) => q.id === 'description');
  if (description && !provided.has('description') && answers.description !== undefined) assign(answers, 'description', description.default(answers, env));
  return { answers, missing, provided, locked, problems, notes, ...(typeNote ? { typeNote } : {}) };
}

const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : Array.isArray(v) ? `[${v.join(', ')}]` : JSON.stringify(v));
const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const where = (o: { file: string; line?: number }) => ` (${o.file}${o.line ? `:${o.line}` : ''})`;

function lockRefusal(given: Given, lock: Lock): string {
  const dropIt = given.fromFlag ? `drop ${given.origin.split(' ')[0]}` : given.kind === 'recorded' ? 'the folder was generated before this lock; run update, which applies it' : `remove the key from that file`;
  return `${given.origin}: ${show(given.value)} is refused: preset ${lock.preset} locks it to ${show(lock.value)}${where(lock)}: ${lock.reason}. Fix: ${dropIt}, or ask the preset's owners.`;
}

/** When the recommended type is outside a preset's allowed types: the closest allowed type and the sentence that says so. */
export function typeForcedBy(a: Partial<Answers>, allow: Allow | undefined): { type: EndpointType; note: string } | undefined {
  const recommended = chosenType({ ...a, endpointType: undefined });
  if (!allow || !recommended || allow.values.includes(recommended.toLowerCase())) return undefined;
  const type = bestAllowed(recommended, allow.values);
  return { type, note: `preset ${allow.preset} allows only ${allow.values.map((v) => v.toUpperCase()).join(', ')}: the recommended ${recommended} is not allowed, so ${type}, the closest allowed type, is used.` };
}

/** The allowed type closest to the recommended one: a public type for public clients, then the private one. */
export function bestAllowed(recommended: EndpointType, allowed: readonly string[]): EndpointType {
  const order: Record<EndpointType, EndpointType[]> = { EDGE: ['REGIONAL', 'PRIVATE'], REGIONAL: ['EDGE', 'PRIVATE'], PRIVATE: ['REGIONAL', 'EDGE'] };
  return order[recommended].find((t) => allowed.includes(t.toLowerCase())) ?? recommended;
}

export type { Allow };

function pick(q: Question, sources: Source[]): Given | undefined {
  // Later sources win: flags override the file, the file overrides a preset.
  for (let i = sources.length - 1; i >= 0; i--) {
    const s = sources[i]!;
    const v = s.values[s.kind === 'flags' ? q.id : q.flag];
    if (v !== undefined) {
      return { value: v, origin: s.kind === 'flags' ? `--${q.flag}` : `${s.label}: key "${q.flag}"`, fromFlag: s.kind === 'flags', recorded: s.kind === 'recorded', kind: s.kind, yields: !!s.yieldsToLocks };
    }
  }
  return undefined;
}

function assign<K extends keyof Answers>(a: Partial<Answers>, k: K, v: unknown): void {
  // An optional answer left empty is unset, not a key holding undefined.
  if (v === undefined) delete a[k];
  else a[k] = v as Answers[K];
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
      // Tags may be a mapping in files (the natural YAML); the answer is its key=value items.
      if (q.id === 'tags' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const entries = Object.entries(value as Record<string, unknown>);
        const bad = entries.find(([, v]) => typeof v !== 'string' && typeof v !== 'number');
        if (bad) return `${origin}: the value of tag ${bad[0]} must be text.`;
        items = entries.map(([k, v]) => `${k}=${String(v)}`);
      } else if (typeof value === 'string') items = value.split(',').map((s) => s.trim()).filter(Boolean);
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
