/**
 * The wizard's order of play, as a pure function: given the answers from flags and files
 * and what the person has entered so far, which screen comes next. The screens only
 * render a step and report what was entered; going back pops the last entry.
 */
import { QUESTIONS, type Env, type Question } from '../catalog/questions.js';
import { coerce, resolveAnswers, typeForcedBy, type Source } from '../catalog/resolve-answers.js';
import { EMPTY_POLICY, requirementProblems, type Lock, type Policy } from '../catalog/preset.js';
import { contradictions } from '../app/settle.js';
import { recommend } from '../core/recommend.js';
import type { Answers, EndpointChoice, Recommendation } from '../core/types.js';

/** One value entered in the wizard; `endpointType: undefined` means "take the recommendation". */
export type Entry = [keyof Answers, unknown];

/** An answer a preset fixes, as the wizard shows it instead of asking. */
export interface LockedLine {
  flag: string;
  value: string;
  reason: string;
  preset: string;
}

export type Step =
  | {
      kind: 'question';
      question: Question;
      initial: unknown;
      /** Whether `initial` is the person's own earlier answer (edited from its end) rather than a suggestion. */
      own: boolean;
      number: number;
      /** How many questions this run asks, as far as the answers so far tell. */
      total: number;
      locked: LockedLine[];
    }
  | { kind: 'recommend'; answers: Answers; recommendation: Recommendation; initial: EndpointChoice; allowed: EndpointChoice[]; forced: boolean; locked: LockedLine[] }
  | { kind: 'review'; answers: Answers; conflicts: string[]; locked: LockedLine[] };

/** `~` and `~/…` as a shell would expand them (the wizard's folder field is not a shell). */
export function expandHome(dir: string, home: string): string {
  if (dir === '~') return home;
  if (dir.startsWith('~/')) return home + dir.slice(1);
  return dir;
}

export function nextStep(sources: Source[], env: Env, entered: Entry[], remembered: Partial<Record<keyof Answers, unknown>> = {}, policy: Policy = EMPTY_POLICY): Step {
  const given = resolveAnswers(sources, env, false, policy);
  const done = new Set(entered.map(([id]) => id));
  // Once the type is chosen on the recommendation screen, that choice (even "take the
  // recommendation", entered as undefined) replaces any --endpoint-type given before.
  if (done.has('endpointType')) sources = sources.map((s) => ({ ...s, values: without(s.values, s.kind === 'flags' ? 'endpointType' : 'endpoint-type') }));
  const wizard: Source = { kind: 'flags', label: 'wizard', values: Object.fromEntries(entered) };
  // Defaults filled: `when` of a question reads only earlier answers, which are all settled here.
  const resolution = resolveAnswers([...sources, wizard], env, true, policy);
  const { answers } = resolution;
  const locked = lockedLines(resolution.locked);
  // Tags are asked only when a preset requires some keys.
  const wantsTags = policy.require.some((r) => r.kind === 'tag');
  const asks = (q: Question) => !(q.advanced && !(q.id === 'tags' && wantsTags)) && !given.provided.has(q.id) && q.id !== 'endpointType';
  const number = entered.filter(([id]) => id !== 'endpointType').length + 1;
  for (const q of QUESTIONS) {
    if (q.when && !q.when(answers)) continue;
    if (q.id === 'endpointType') {
      if (done.has(q.id) || resolution.locked.has(q.id)) continue;
      const allow = policy.allowed.get(q.flag);
      const forced = typeForcedBy(answers, allow);
      const recommendation = recommend(answers as Answers, forced?.note);
      const initial = (remembered.endpointType ?? answers.endpointType ?? recommendation.recommended.toLowerCase()) as EndpointChoice;
      const allowed = (['edge', 'regional', 'private'] as EndpointChoice[]).filter((t) => !allow || allow.values.includes(t));
      return { kind: 'recommend', answers: answers as Answers, recommendation, initial, allowed, forced: !!forced, locked };
    }
    if (!asks(q) || done.has(q.id)) continue;
    const own = q.id in remembered;
    const initial = own ? remembered[q.id] : answers[q.id];
    // The questions still to come, as the answers so far (defaults for the rest) tell.
    const later = QUESTIONS.slice(QUESTIONS.indexOf(q) + 1).filter((x) => (!x.when || x.when(answers)) && asks(x) && !done.has(x.id)).length;
    return { kind: 'question', question: asked(constrained(q, policy), answers), initial, own, number, total: number + later, locked };
  }
  // The same contradictions the flag path refuses (app/settle.ts).
  return { kind: 'review', answers: answers as Answers, conflicts: contradictions(answers as Answers, policy), locked };
}

/** A question as the answers before it frame it: with an OpenAPI document, the integration is for the operations that declare none. */
function asked(q: Question, answers: Partial<Answers>): Question {
  if (q.id === 'integration' && answers.openapi) return { ...q, prompt: 'What backs the operations that declare no integration?' };
  return q;
}

function lockedLines(locked: Map<keyof Answers, Lock>): LockedLine[] {
  return [...locked].map(([id, lock]) => {
    const q = QUESTIONS.find((x) => x.id === id)!;
    return { flag: `--${q.flag}`, value: showValue(q, lock.value), reason: lock.reason, preset: lock.preset };
  });
}

/** A question as a preset allows it: a select's choices narrowed to the allowed ones; an allowed Region list checked; required tag keys in the help. */
export function constrained(q: Question, policy: Policy): Question {
  const checked = withRequirements(q, policy);
  if (checked !== q) return checked;
  const allow = policy.allowed.get(q.flag);
  if (q.kind === 'select' && allow) return { ...q, choices: q.choices.filter((c) => allow.values.includes(c.value)) } as Question;
  if (q.kind === 'text' && allow)
    return { ...q, help: `${q.help} Preset ${allow.preset} allows: ${allow.values.join(', ')}.`, validate: (v: string) => q.validate(v) ?? (allow.values.includes(v) ? undefined : `is not allowed by preset ${allow.preset}; allowed: ${allow.values.join(', ')}`) };
  if (q.id === 'tags') {
    const tags = policy.require.flatMap((r) => (r.kind === 'tag' ? [`${r.key} (${r.pattern})`] : []));
    if (tags.length) return { ...q, help: `${q.help} Required by the preset: ${tags.join(', ')}.` };
  }
  return q;
}

/**
 * The preset's requirements on an answer (a name pattern, a domain suffix, required tags),
 * checked where the answer is given, with the same messages as at the end.
 */
function withRequirements(q: Question, policy: Policy): Question {
  const kinds = { name: ['name'], domain: ['domain-suffix'], tags: ['tag'] } as Partial<Record<keyof Answers, string[]>>;
  const mine = policy.require.filter((r) => kinds[q.id]?.includes(r.kind));
  if (!mine.length) return q;
  const first = (problems: string[]) => problems[0]?.replace(/^--[\w-]+ [^:]*: /, '').replace(/\.$/, '');
  const pattern = mine.flatMap((r) => (r.kind === 'name' ? [`must match ${r.pattern}`] : r.kind === 'domain-suffix' ? [`must be under ${r.suffix}`] : r.kind === 'tag' ? [`${r.key} (${r.pattern})`] : []));
  const said = q.id === 'tags' ? `Required by the preset: ${pattern.join(', ')}.` : `The preset: ${pattern.join('; ')}.`;
  if (q.kind === 'text')
    return {
      ...q,
      help: `${q.help} ${said}`,
      validate: (v: string) => q.validate(v) ?? (q.id === 'domain' && v === '' ? undefined : first(requirementProblems(q.id === 'name' ? { name: v } : { name: 'x', domain: v }, { require: mine }))),
    } as Question;
  if (q.kind === 'list') return { ...q, help: `${q.help} ${said}`, validate: (v: string[]) => q.validate(v) ?? requirementProblems({ name: 'x', tags: v }, { require: mine })[0]?.replace(/^--tags /, '').replace(/\.$/, '') } as Question;
  return q;
}

/**
 * What taking `choice` on the recommendation screen would mean: the answers with that type
 * and the defaults of the questions it brings (a private endpoint's VPC questions), then the
 * recommendation with its override warnings.
 */
export function previewChoice(sources: Source[], env: Env, entered: Entry[], choice: EndpointChoice, policy: Policy = EMPTY_POLICY): Recommendation {
  const withoutType = sources.map((s) => ({ ...s, values: without(s.values, s.kind === 'flags' ? 'endpointType' : 'endpoint-type') }));
  const wizard: Source = { kind: 'flags', label: 'wizard', values: { ...Object.fromEntries(entered.filter(([id]) => id !== 'endpointType')), endpointType: choice } };
  return recommend(resolveAnswers([...withoutType, wizard], env, true, policy).answers as Answers);
}

/**
 * Whether the last entry is the value its question suggested (its default, given the
 * answers before it): going back forgets such an entry, so a default that follows an
 * earlier answer (the description follows the name) follows it again.
 */
export function enteredDefault(sources: Source[], env: Env, entered: Entry[], policy: Policy = EMPTY_POLICY): boolean {
  const last = entered[entered.length - 1];
  if (!last) return false;
  const q = QUESTIONS.find((x) => x.id === last[0]);
  if (!q || q.id === 'endpointType') return false;
  const before = resolveAnswers([...sources, { kind: 'flags', label: 'wizard', values: Object.fromEntries(entered.slice(0, -1)) }], env, true, policy).answers;
  return JSON.stringify(q.default(before, env)) === JSON.stringify(last[1]);
}

function without(values: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([k]) => k !== key));
}

/**
 * Checks a typed answer with the catalog's own coercion and validator (the same ones a flag
 * goes through). Returns the value to enter, or the message to show under the input.
 */
export function checkAnswer(q: Question, input: string): { value: unknown } | { error: string } {
  const r = coerce(q, { value: input, origin: '', fromFlag: true, recorded: false });
  if (typeof r === 'string') return { error: r.replace(/^: ("[^"]*" is invalid: )?/, '') };
  // An optional text left empty is entered as '' so it counts as answered.
  return { value: r.value === undefined ? '' : r.value };
}

/** How an answer reads on the review screen. */
export function showValue(q: Question, value: unknown): string {
  if (q.kind === 'boolean') return value ? 'yes' : 'no';
  if (q.kind === 'select') return q.choices.find((c) => c.value === value)?.label ?? '(recommended)';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '(none: a Terraform variable)';
  if (value === undefined || value === '') return q.id === 'vpcId' ? '(none: a Terraform variable)' : '(none)';
  return String(value);
}

/** Review rows: each applicable answer under the flag that gives it in a pipeline. */
export function answerRows(answers: Answers, locked: LockedLine[] = []): [string, string][] {
  // Questions the wizard does not ask (flags and file keys only) show only when they were set;
  // so does an existing endpoint ID (none: the file list shows the endpoint module instead).
  const set = (v: unknown) => v !== undefined && v !== '' && v !== false && !(Array.isArray(v) && v.length === 0);
  return QUESTIONS.filter((q) => q.id !== 'endpointType' && (!q.when || q.when(answers)) && (!q.advanced || set(answers[q.id])) && (q.id !== 'vpcEndpointId' || set(answers[q.id]))).map((q) => {
    const lock = locked.find((l) => l.flag === `--${q.flag}`);
    return [`--${q.flag}`, `${showValue(q, answers[q.id])}${lock ? ` 🔒 ${lock.reason}` : ''}`];
  });
}

/** The same run without the wizard: every applicable answer as a flag, shell-quoted. */
export function equivalentCommand(answers: Answers, outDir: string, preset?: string): string {
  const quote = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  const args = ['create-api-endpoint', '--no-interactive', ...(preset ? ['--preset', quote(preset)] : [])];
  for (const q of QUESTIONS) {
    if (q.when && !q.when(answers)) continue;
    const v = answers[q.id];
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    if (q.kind === 'boolean') args.push(v ? `--${q.flag}` : `--no-${q.flag}`);
    else args.push(`--${q.flag}`, quote(Array.isArray(v) ? v.join(',') : String(v)));
  }
  args.push('--out', quote(outDir));
  return args.join(' ');
}
