import { useRef, useState } from 'react';
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
import { safeText } from '../core/safe-text.js';

/** What a question's answer was found to hold once read (the OpenAPI document's preview). */
export interface Inspected {
  /** The value to enter (a path with ~ expanded). */
  value: string;
  title: string;
  lines: string[];
  problems: string[];
}

/** Reads what a text answer names before it is taken; throws an error whose `problems` (or message) say what is wrong. */
export type Inspect = (value: string) => Promise<Inspected>;

const MAX_ERROR_LINES = 4;

export function QuestionScreen({ question: q, initial, own = false, number, total, locked = [], inspect, onAnswer, onBack }: {
  question: Question;
  initial: unknown;
  /** `initial` is the person's own earlier answer (edited from its end), not a suggestion. */
  own?: boolean;
  number: number;
  /** How many questions the run asks, as far as is known now. */
  total?: number;
  /** Answers a preset fixes: shown as fixed lines with the reason, never asked. */
  locked?: LockedLine[];
  /** Reads a non-empty text answer first and shows what it holds; the person takes it or types another. */
  inspect?: Inspect;
  onAnswer: (value: unknown) => void;
  onBack?: () => void;
}) {
  const [error, setError] = useState<string>();
  // While an answer is read: the text read; once read: what it holds, to take or refuse.
  const [reading, setReading] = useState<string>();
  const [found, setFound] = useState<Inspected>();
  // The text last submitted for reading: the field shows it again after "Enter another path".
  const [lastText, setLastText] = useState<string>();
  // Typing again (or going back) while a read is under way discards its result.
  const attempt = useRef(0);
  useBack(onBack, !found);
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
  if (found)
    return (
      <Frame title={title} keys={keysHint('select', true)}>
        <Preview found={found} onBack={() => setFound(undefined)} />
        <Box marginTop={1}>
          <Choose
            items={[{ label: 'Use this document', value: 'use' }, { label: 'Enter another path', value: 'other' }]}
            onSelect={(v) => (v === 'use' ? onAnswer(found.value) : setFound(undefined))}
          />
        </Box>
      </Frame>
    );
  const shown = lastText !== undefined ? lastText : Array.isArray(initial) ? initial.join(', ') : typeof initial === 'string' ? initial : '';
  const placeholder = q.kind === 'list' ? `comma-separated${q.valueName ? `, e.g. ${q.valueName}` : ''}` : q.valueName ?? '';
  return (
    <Frame title={title} keys={keysHint('text', !!onBack)}>
      {help}
      <Box marginTop={1}>
        <Box flexShrink={0}><Text color="cyan">{'› '}</Text></Box>
        <LineInput
          key={q.id}
          initial={shown}
          typed={own || lastText !== undefined}
          placeholder={'optional' in q && q.optional ? `${placeholder} (Enter to leave empty)` : placeholder}
          onSubmit={(text) => {
            const r = checkAnswer(q, text);
            if ('error' in r) return setError(r.error);
            if (!inspect || typeof r.value !== 'string' || r.value === '') return onAnswer(r.value);
            const mine = ++attempt.current;
            setReading(text);
            setLastText(text);
            setError(undefined);
            inspect(r.value).then(
              (x) => mine === attempt.current && (setFound(x), setReading(undefined)),
              (err: unknown) => mine === attempt.current && (setError(errorText(err)), setReading(undefined)),
            );
          }}
          onChange={(text) => {
            setError(undefined);
            if (reading !== undefined && text !== reading) {
              attempt.current++;
              setReading(undefined);
            }
          }}
        />
      </Box>
      {reading !== undefined ? <Text dimColor>Reading {reading} …</Text> : null}
      {error ? <Text color="red" wrap="wrap">✗ {error}</Text> : null}
    </Frame>
  );
}

/** An error's lines, at most a few (the rest counted): a document can have hundreds of problems. */
function errorText(err: unknown): string {
  const lines = ((err as { problems?: string[] }).problems ?? [(err as Error).message ?? String(err)]).map(safeText);
  const shown = lines.slice(0, MAX_ERROR_LINES);
  return [...shown, ...(lines.length > shown.length ? [`…and ${lines.length - shown.length} more`] : [])].join('\n  ');
}

function Preview({ found, onBack }: { found: Inspected; onBack: () => void }) {
  // Esc here returns to the path, not to the question before.
  useBack(onBack);
  const problems = found.problems.slice(0, MAX_ERROR_LINES);
  return (
    <Box flexDirection="column">
      <Text bold wrap="wrap">{found.title}</Text>
      {found.lines.map((l) => (
        <Box key={l} marginLeft={2}><Text wrap="wrap">{l}</Text></Box>
      ))}
      {problems.length ? (
        <Box flexDirection="column" marginTop={1}>
          <Text color="yellow" wrap="wrap">{`The checks will report ${found.problems.length === 1 ? 'this problem' : `${found.problems.length} problems`} in it (nothing is written until they are fixed):`}</Text>
          {problems.map((p) => (
            <Box key={p} marginLeft={2}><Text color="yellow" wrap="wrap">{`✗ ${p}`}</Text></Box>
          ))}
          {found.problems.length > problems.length ? <Box marginLeft={2}><Text color="yellow">{`…and ${found.problems.length - problems.length} more`}</Text></Box> : null}
        </Box>
      ) : null}
    </Box>
  );
}
