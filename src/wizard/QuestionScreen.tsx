import { useState } from 'react';
import { Box, Text, useStdout } from 'ink';
import type { Question } from '../catalog/questions.js';
import { checkAnswer } from './flow.js';
import { keysHint } from './keys-hint.js';
import { LineInput } from './LineInput.js';
import { useBack } from './use-back.js';
import { Frame } from './Frame.js';
import { Choose, type Item } from './Choose.js';
import { Locked, lockedText } from './Locked.js';
import { clipText, linesOf } from './fit.js';
import type { LockedLine } from './flow.js';

export function QuestionScreen({ question: q, initial, own = false, number, total, locked = [], onAnswer, onBack }: {
  question: Question;
  initial: unknown;
  /** `initial` is the person's own earlier answer (edited from its end), not a suggestion. */
  own?: boolean;
  number: number;
  /** How many questions the run asks, as far as is known now. */
  total?: number;
  /** Answers a preset fixes: shown as fixed lines with the reason, never asked. */
  locked?: LockedLine[];
  onAnswer: (value: unknown) => void;
  onBack?: () => void;
}) {
  const [error, setError] = useState<string>();
  useBack(onBack);
  const { stdout } = useStdout();
  const cols = stdout.columns || 80;
  const rows = stdout.rows || Number.POSITIVE_INFINITY;
  const title = `Question ${number}${total ? ` of ${total}` : ''} · ${q.prompt}`;
  // On a short terminal the locked lines take one line each: the question must stay on screen.
  const choices = q.kind === 'select' ? q.choices.reduce((n, c) => n + linesOf(`❯ ${c.label} (${c.hint})`, cols), 0) : q.kind === 'boolean' ? 2 : 3;
  const body = linesOf(title, cols) + 1 + linesOf(q.help, cols) + 1 + choices + 2 + linesOf(keysHint(q.kind === 'select' || q.kind === 'boolean' ? 'select' : 'text'), cols) + 1;
  const lockedFull = locked.length ? lockedText(locked).reduce((n, l) => n + linesOf(l, cols), 0) + 1 : 0;
  const compact = body + lockedFull > rows;
  const lockedLines = !locked.length ? 0 : compact ? locked.length + 2 : lockedFull;
  // Still too tall: the help is cut to what fits (the README and --help have it in full).
  const helpRoom = rows - (body - linesOf(q.help, cols)) - lockedLines;
  const helpText = helpRoom < linesOf(q.help, cols) ? clipText(q.help, cols, Math.max(1, helpRoom)) : q.help;
  const help = (
    <>
      {locked.length ? <Locked lines={locked} compact={compact} /> : null}
      <Text dimColor wrap="wrap">{helpText}</Text>
    </>
  );
  if (q.kind === 'select' || q.kind === 'boolean') {
    const items: Item<unknown>[] =
      q.kind === 'boolean'
        ? [{ label: 'Yes', value: true }, { label: 'No', value: false }]
        : q.choices.map((c) => ({ label: `${c.label} (${c.hint})`, value: c.value }));
    return (
      <Frame title={title} keys={keysHint('select', !!onBack)}>
        {help}
        <Box marginTop={1}><Choose items={items} initial={initial} onSelect={onAnswer} /></Box>
      </Frame>
    );
  }
  const shown = Array.isArray(initial) ? initial.join(', ') : typeof initial === 'string' ? initial : '';
  const placeholder = q.kind === 'list' ? `comma-separated${q.valueName ? `, e.g. ${q.valueName}` : ''}` : q.valueName ?? '';
  return (
    <Frame title={title} keys={keysHint('text', !!onBack)}>
      {help}
      <Box marginTop={1}>
        <Box flexShrink={0}><Text color="cyan">{'› '}</Text></Box>
        <LineInput
          key={q.id}
          initial={shown}
          typed={own}
          placeholder={'optional' in q && q.optional ? `${placeholder} (Enter to leave empty)` : placeholder}
          onSubmit={(text) => {
            const r = checkAnswer(q, text);
            if ('error' in r) setError(r.error);
            else onAnswer(r.value);
          }}
          onChange={() => setError(undefined)}
        />
      </Box>
      {error ? <Text color="red" wrap="wrap">✗ {error}</Text> : null}
    </Frame>
  );
}
