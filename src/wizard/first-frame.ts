/**
 * The first question, drawn in plain text the moment the wizard starts, while Ink and React
 * load (about a tenth of a second on a fast machine, more on a slow one): the person reads it
 * at once, and keys typed meanwhile wait in the terminal's buffer for the real screen. When
 * Ink is ready, `erase()` removes exactly the lines drawn here and Ink draws the same screen.
 * Only a plain question screen is drawn this way (no preset locks, no recommendation); any
 * other first screen waits for Ink.
 */
import { nextStep, type Step } from './flow.js';
import { keysHint } from './keys-hint.js';
import { resolveAnswers, type Source } from '../catalog/resolve-answers.js';
import type { Policy } from '../catalog/preset.js';
import { UsageError } from '../core/errors.js';

/** Lines of `text` wrapped at word boundaries to `width` columns (a longer word is cut). */
function wrapLines(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    let w = word;
    while ([...w].length > width) {
      if (line) out.push(line);
      line = '';
      out.push([...w].slice(0, width).join(''));
      w = [...w].slice(width).join('');
    }
    if (!line) line = w;
    else if ([...line].length + 1 + [...w].length <= width) line += ` ${w}`;
    else {
      out.push(line);
      line = w;
    }
  }
  out.push(line);
  return out;
}

export interface FirstFrame {
  /**
   * What removes the lines drawn (the cursor ends where the first one began): written in the
   * same write as Ink's first frame, so the screen is never blank between the two.
   */
  readonly erase: string;
}

/** Draws a question step as its screen will look; undefined when the step is not one drawn early. */
export function drawFirstFrame(step: Step, out: NodeJS.WriteStream, color: boolean): FirstFrame | undefined {
  if (step.kind !== 'question' || step.locked.length) return undefined;
  // As the wizard lays out: a terminal that reports less than 20 columns counts as 80.
  const width = out.columns >= 20 ? out.columns : 80;
  const q = step.question;
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  for (const l of wrapLines(`Question ${step.number} of ${step.total} · ${q.prompt}`, width)) lines.push(paint('1;36', l));
  lines.push('');
  for (const l of wrapLines(q.help, width)) lines.push(paint('2', l));
  lines.push('');
  if (q.kind === 'select' || q.kind === 'boolean') {
    const items = q.kind === 'boolean' ? [{ label: 'Yes', value: true as unknown }, { label: 'No', value: false as unknown }] : q.choices.map((c) => ({ label: `${c.label} (${c.hint})`, value: c.value as unknown }));
    const at = Math.max(0, items.findIndex((i) => i.value === step.initial));
    items.forEach((item, i) => wrapLines(item.label, width - 2).forEach((l, j) => lines.push(`${j === 0 && i === at ? paint('36', '❯') : ' '} ${i === at ? paint('1;36', l) : l}`)));
  } else {
    const shown = Array.isArray(step.initial) ? step.initial.join(', ') : typeof step.initial === 'string' ? step.initial : '';
    const text = shown ? `${shown}  (suggested: Enter takes it, typing replaces it)` : q.valueName ?? '';
    wrapLines(`› ${text}`, width).forEach((l) => lines.push(l));
  }
  lines.push('');
  for (const l of wrapLines(keysHint(q.kind === 'select' || q.kind === 'boolean' ? 'select' : 'text', false), width)) lines.push(paint('2', l));
  out.write(lines.map((l) => `${l}\n`).join(''));
  return { erase: `\u001b[${lines.length}A\r\u001b[J` };
}

/**
 * The wizard's start, before Ink loads: the answers given by flags and files are checked (the
 * same validators as flags; a problem is bad input, exit 2, before any screen), then the
 * first question is drawn at once. The caller erases it just before Ink draws.
 */
export function startWizard(sources: Source[], io: { stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream; env: Record<string, string | undefined> }, policy?: Policy): FirstFrame | undefined {
  const given = resolveAnswers(sources, io.env, false, policy);
  if (given.problems.length) throw new UsageError(given.problems);
  if (!io.stdout.isTTY) return undefined;
  // Keys typed before Ink listens wait in the terminal's buffer, not echoed over the screen.
  io.stdin.setRawMode?.(true);
  const plain = !!(io.env.NO_COLOR || io.env.TERM === 'dumb');
  return drawFirstFrame(nextStep(sources, io.env, [], {}, policy), io.stdout, !plain);
}
