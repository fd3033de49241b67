import { useState } from 'react';
import { Box, Text } from 'ink';
import type { Question } from '../catalog/questions.js';
import { checkAnswer } from './flow.js';
import { keysHint } from './keys-hint.js';
import { LineInput } from './LineInput.js';
import { useBack } from './use-back.js';
import { Frame } from './Frame.js';
import { Choose, type Item } from './Choose.js';
import { Locked } from './Locked.js';
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
  const title = `Question ${number}${total ? ` of ${total}` : ''} · ${q.prompt}`;
  const help = (
    <>
      {locked.length ? <Locked lines={locked} /> : null}
      <Text dimColor wrap="wrap">{q.help}</Text>
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
        <Text color="cyan">{'› '}</Text>
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
