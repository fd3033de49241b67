/**
 * The rules that settle a run, in one place for every shell (the flag path, the wizard,
 * update): how answers from their sources become one set (resolve → missing → conflicts →
 * the preset's requirements), and whether a run writes (every check passed, or
 * --keep-failed; never on --dry-run). Pure.
 */
import { resolveAnswers, type Source } from '../catalog/resolve-answers.js';
import { requirementProblems, type Policy } from '../catalog/preset.js';
import { findConflicts } from '../core/conflicts.js';
import { UsageError } from '../core/errors.js';
import type { Question } from '../catalog/questions.js';
import type { Answers, CheckResult } from '../core/types.js';

type Env = Record<string, string | undefined>;

export interface Settled {
  answers: Answers;
  /** Set when a preset's allowed types, not the person, overrode the recommendation. */
  typeNote?: string;
  /** Said with the run (a preset's lock replaced a recorded answer). */
  notes: string[];
}

/**
 * The answers of a run, or a UsageError (exit 2) listing every problem: invalid values,
 * missing answers (naming their flags), contradictions, and a preset's unmet requirements.
 */
export function settleAnswers(sources: Source[], env: Env, fillDefaults: boolean, policy?: Policy): Settled {
  const resolution = resolveAnswers(sources, env, fillDefaults, policy);
  if (resolution.problems.length) throw new UsageError(resolution.problems);
  if (resolution.missing.length) throw new UsageError(missingLines(resolution.missing));
  const answers = resolution.answers as Answers;
  const conflicts = contradictions(answers, policy);
  if (conflicts.length) throw new UsageError(conflicts);
  return { answers, notes: resolution.notes, ...(resolution.typeNote ? { typeNote: resolution.typeNote } : {}) };
}

export function missingLines(missing: Question[]): string[] {
  return [
    ...missing.map((q) => `missing answer for --${q.flag}${q.kind === 'select' ? ` <${q.choices.map((c) => c.value).join('|')}>` : q.valueName ? ` ${q.valueName}` : ''}: ${q.prompt}`),
    'No terminal to ask on: give these as flags or in an --answers file, or pass --yes to take the defaults where there are any.',
  ];
}

/** Whether a run writes what it generated: only when every check passed (or --keep-failed), never on a dry run. */
export function writeDecision(checks: CheckResult[], opts: { dryRun: boolean; keepFailed: boolean }): { failed: boolean; write: boolean } {
  const failed = checks.some((c) => c.status === 'fail');
  return { failed, write: !opts.dryRun && (!failed || opts.keepFailed) };
}

/** Answers that contradict each other or a preset's requirements: each with its fix. */
export function contradictions(answers: Answers, policy?: Pick<Policy, 'require'>): string[] {
  return [...findConflicts(answers), ...(policy ? requirementProblems(answers, policy) : [])];
}
