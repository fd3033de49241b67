/**
 * The wizard's order of play, as a pure function: given the answers from flags and files
 * and what the person has entered so far, which screen comes next. The screens only
 * render a step and report what was entered; going back pops the last entry.
 */
import { QUESTIONS, type Env, type Question } from '../catalog/questions.js';
import { coerce, resolveAnswers, type Source } from '../catalog/resolve-answers.js';
import { findConflicts } from '../core/conflicts.js';
import { recommend } from '../core/recommend.js';
import type { Answers, EndpointChoice, Recommendation } from '../core/types.js';

/** One value entered in the wizard; `endpointType: undefined` means "take the recommendation". */
export type Entry = [keyof Answers, unknown];

export type Step =
  | { kind: 'question'; question: Question; initial: unknown; number: number }
  | { kind: 'recommend'; answers: Answers; recommendation: Recommendation; initial: EndpointChoice }
  | { kind: 'review'; answers: Answers; conflicts: string[] };

/** `~` and `~/…` as a shell would expand them (the wizard's folder field is not a shell). */
export function expandHome(dir: string, home: string): string {
  if (dir === '~') return home;
  if (dir.startsWith('~/')) return home + dir.slice(1);
  return dir;
}

export function nextStep(sources: Source[], env: Env, entered: Entry[], remembered: Partial<Record<keyof Answers, unknown>> = {}): Step {
  const given = resolveAnswers(sources, env, false);
  const done = new Set(entered.map(([id]) => id));
  // Once the type is chosen on the recommendation screen, that choice (even "take the
  // recommendation", entered as undefined) replaces any --endpoint-type given before.
  if (done.has('endpointType')) sources = sources.map((s) => ({ ...s, values: without(s.values, s.kind === 'flags' ? 'endpointType' : 'endpoint-type') }));
  const wizard: Source = { kind: 'flags', label: 'wizard', values: Object.fromEntries(entered) };
  // Defaults filled: `when` of a question reads only earlier answers, which are all settled here.
  const { answers } = resolveAnswers([...sources, wizard], env, true);
  for (const q of QUESTIONS) {
    if (q.when && !q.when(answers)) continue;
    if (q.id === 'endpointType') {
      if (done.has(q.id)) continue;
      const recommendation = recommend(answers as Answers);
      const initial = (remembered.endpointType ?? answers.endpointType ?? recommendation.recommended.toLowerCase()) as EndpointChoice;
      return { kind: 'recommend', answers: answers as Answers, recommendation, initial };
    }
    if (q.advanced || given.provided.has(q.id) || done.has(q.id)) continue;
    const initial = q.id in remembered ? remembered[q.id] : answers[q.id];
    return { kind: 'question', question: q, initial, number: entered.filter(([id]) => id !== 'endpointType').length + 1 };
  }
  return { kind: 'review', answers: answers as Answers, conflicts: findConflicts(answers as Answers) };
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
export function answerRows(answers: Answers): [string, string][] {
  return QUESTIONS.filter((q) => q.id !== 'endpointType' && (!q.when || q.when(answers))).map((q) => [`--${q.flag}`, showValue(q, answers[q.id])]);
}

/** The same run without the wizard: every applicable answer as a flag, shell-quoted. */
export function equivalentCommand(answers: Answers, outDir: string): string {
  const quote = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  const args = ['create-api-endpoint', '--no-interactive'];
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
