/**
 * The wizard's screens. Each renders one step and reports what the person chose; none
 * decides anything (the flow and the pure core do). Colours are accents only: every state
 * also reads in words or symbols, so NO_COLOR and light or dark terminals lose nothing.
 */
import { useState, type ReactNode } from 'react';
import { Box, Text, useInput, useStdout } from 'ink';
import SelectInput from 'ink-select-input';
import { Spinner, TextInput } from '@inkjs/ui';
import type { Question } from '../catalog/questions.js';
import { PROFILES } from '../core/knowledge.js';
import { ENDPOINT_TYPES, type Answers, type CheckResult, type EndpointChoice, type EndpointType, type Recommendation } from '../core/types.js';
import { checkAnswer } from './flow.js';

/** The key hint under a screen; Esc is offered only where there is a step to go back to. */
const keysHint = (input: 'select' | 'text', canGoBack = true) =>
  [input === 'select' ? '↑/↓ choose' : '', 'Enter confirm', canGoBack ? 'Esc back' : '', 'Ctrl-C quit'].filter(Boolean).join(' · ');

/**
 * One line of text. A paste arrives as a single input event, line break included, which the
 * text field would keep; a line break in the value submits instead, as Enter does, with line
 * breaks inside a multi-line paste turned into spaces (the field keeps that text if the
 * answer is refused).
 */
function LineInput({ initial, placeholder, onSubmit }: { initial: string; placeholder?: string; onSubmit: (text: string) => void }) {
  const [field, setField] = useState({ key: 0, value: initial });
  return (
    <TextInput
      key={field.key}
      defaultValue={field.value}
      placeholder={placeholder}
      onSubmit={onSubmit}
      onChange={(value) => {
        if (!/[\r\n]/.test(value)) return;
        const line = value.replace(/[\r\n]+$/, '').replace(/[\r\n]+/g, ' ');
        setField((f) => ({ key: f.key + 1, value: line }));
        onSubmit(line);
      }}
    />
  );
}

/** Esc goes back one step wherever a screen offers it. */
function useBack(onBack: (() => void) | undefined, active = true) {
  useInput((_input, key) => {
    if (key.escape && onBack) onBack();
  }, { isActive: active && !!onBack });
}

export function Frame({ title, children, keys }: { title: string; children: ReactNode; keys?: string }) {
  return (
    <Box flexDirection="column">
      <Text bold color="cyan">{title}</Text>
      <Box flexDirection="column" marginTop={1}>{children}</Box>
      {keys ? <Box marginTop={1}><Text dimColor>{keys}</Text></Box> : null}
    </Box>
  );
}

interface Item<V> { label: string; value: V; key?: string }

/** A choice list from ink-select-input: Enter always submits, even on the pre-selected item. */
export function Choose<V>({ items, initial, onSelect, onHighlight }: { items: Item<V>[]; initial?: V; onSelect: (value: V) => void; onHighlight?: (value: V) => void }) {
  const index = Math.max(0, items.findIndex((i) => i.value === initial));
  return (
    <SelectInput
      items={items.map((i) => ({ ...i, key: i.key ?? String(i.value) }))}
      initialIndex={index}
      onSelect={(item) => onSelect(item.value)}
      onHighlight={onHighlight && ((item) => onHighlight(item.value))}
      indicatorComponent={({ isSelected }) => <Box marginRight={1}><Text color="cyan">{isSelected ? '❯' : ' '}</Text></Box>}
      itemComponent={({ isSelected, label }) => (
        <Box flexShrink={1}><Text bold={isSelected} color={isSelected ? 'cyan' : undefined} wrap="wrap">{label}</Text></Box>
      )}
    />
  );
}

export function QuestionScreen({ question: q, initial, number, onAnswer, onBack }: {
  question: Question;
  initial: unknown;
  number: number;
  onAnswer: (value: unknown) => void;
  onBack?: () => void;
}) {
  const [error, setError] = useState<string>();
  useBack(onBack);
  const title = `Question ${number} · ${q.prompt}`;
  const help = <Text dimColor wrap="wrap">{q.help}</Text>;
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
          placeholder={'optional' in q && q.optional ? `${placeholder} (Enter to leave empty)` : placeholder}
          onSubmit={(text) => {
            const r = checkAnswer(q, text);
            if ('error' in r) setError(r.error);
            else onAnswer(r.value);
          }}
        />
      </Box>
      {error ? <Text color="red" wrap="wrap">✗ {error}</Text> : null}
    </Frame>
  );
}

const TYPES: EndpointType[] = ['EDGE', 'REGIONAL', 'PRIVATE'];

/**
 * The domain notes' comparison, one column per type with the recommended one starred: the
 * short attributes and each type's headline pro and con side by side. The rest of the pros
 * and cons of the highlighted type follow below the table (see RecommendScreen).
 */
export function Comparison({ recommended, columns }: { recommended: EndpointType; columns?: number }) {
  const { stdout } = useStdout();
  const available = (columns ?? stdout.columns) || 80;
  const rows: [string, (t: EndpointType) => string][] = [
    ['Visibility', (t) => PROFILES[t].visibility],
    ['Optimized for', (t) => PROFILES[t].optimizedFor],
    ['Typical use', (t) => PROFILES[t].typicalUse],
    ['Best at', (t) => `+ ${PROFILES[t].pros[0]}`],
    ['Watch out', (t) => `− ${PROFILES[t].cons[0]}`],
  ];
  const heading = (t: EndpointType) => <Text bold color={t === recommended ? 'green' : undefined}>{t === recommended ? `★ ${t}` : `  ${t}`}</Text>;
  // Three columns need room; a narrow terminal gets one type after another instead.
  if (available < 64) {
    return (
      <Box flexDirection="column" width={available - 1}>
        {TYPES.map((t) => (
          <Box key={t} flexDirection="column" marginBottom={1}>
            {heading(t)}
            {rows.map(([name, cell]) => (
              <Box key={name} paddingLeft={2}><Text wrap="wrap"><Text dimColor>{name}:</Text> {cell(t)}</Text></Box>
            ))}
          </Box>
        ))}
      </Box>
    );
  }
  const width = Math.min(available, 120) - 1;
  const label = 14;
  const column = Math.floor((width - label) / 3);
  return (
    <Box flexDirection="column">
      <Box>
        <Box width={label} flexShrink={0} />
        {TYPES.map((t) => (
          <Box key={t} width={column} flexShrink={0}>
            {heading(t)}
          </Box>
        ))}
      </Box>
      {rows.map(([name, cell]) => (
        <Box key={name}>
          <Box width={label} flexShrink={0}><Text dimColor>{name}</Text></Box>
          {TYPES.map((t) => (
            <Box key={t} width={column} flexShrink={0} paddingRight={1}>
              <Text wrap="wrap">{cell(t)}</Text>
            </Box>
          ))}
        </Box>
      ))}
    </Box>
  );
}

/** How the highlighted type works and the pros and cons the table leaves out. */
function Details({ type }: { type: EndpointType }) {
  const p = PROFILES[type];
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text wrap="wrap"><Text bold>{p.label}:</Text> {p.howItWorks}</Text>
      {[...p.pros.slice(1).map((x) => `+ ${x}`), ...p.cons.slice(1).map((x) => `− ${x}`)].map((x) => (
        <Box key={x} paddingLeft={2}><Text wrap="wrap">{x}</Text></Box>
      ))}
    </Box>
  );
}

export function RecommendScreen({ recommendation: rec, initial, preview, onChoose, onBack }: {
  recommendation: Recommendation;
  initial: EndpointChoice;
  /** What choosing another type would warn about (the core's override warnings). */
  preview: (choice: EndpointChoice) => Recommendation;
  onChoose: (choice: EndpointChoice | undefined) => void;
  onBack?: () => void;
}) {
  const [pending, setPending] = useState<EndpointChoice>();
  const [highlighted, setHighlighted] = useState<EndpointChoice>(initial);
  useBack(pending ? () => setPending(undefined) : onBack);
  const recommended = rec.recommended.toLowerCase() as EndpointChoice;
  if (pending) {
    const overridden = preview(pending);
    return (
      <Frame title={`Use ${pending.toUpperCase()} instead of the recommended ${rec.recommended}?`} keys={keysHint('select')}>
        {overridden.warnings.map((w) => <Text key={w} color="yellow" wrap="wrap">! {w}</Text>)}
        <Box marginTop={1}>
          <Choose
            items={[{ label: `Keep ${rec.recommended} (recommended)`, value: 'keep' }, { label: `Use ${pending.toUpperCase()} anyway`, value: 'override' }]}
            onSelect={(v) => (v === 'override' ? onChoose(pending) : (setPending(undefined), onChoose(undefined)))}
          />
        </Box>
      </Frame>
    );
  }
  return (
    <Frame title={`Recommended endpoint type: ★ ${rec.recommended}`} keys={keysHint('select', !!onBack)}>
      <Text bold>Why:</Text>
      {rec.reasons.map((r) => <Text key={r} wrap="wrap">• {r}</Text>)}
      <Box marginTop={1}><Comparison recommended={rec.recommended} /></Box>
      <Details type={ENDPOINT_TYPES[highlighted]} />
      <Box marginTop={1}>
        <Choose<EndpointChoice>
          onHighlight={setHighlighted}
          items={(['edge', 'regional', 'private'] as EndpointChoice[]).map((t) => ({
            label: t === recommended ? `Use ${t.toUpperCase()} (recommended)` : `Use ${t.toUpperCase()} instead`,
            value: t,
          }))}
          initial={initial}
          onSelect={(t) => (t === recommended ? onChoose(undefined) : setPending(t))}
        />
      </Box>
    </Frame>
  );
}

export type ReviewAction = 'generate' | 'folder' | 'back';

export function ReviewScreen({ rows, endpointType, outDir, files, conflicts, notice, onAction }: {
  rows: [string, string][];
  endpointType: string;
  outDir: string;
  files: string[];
  conflicts: string[];
  notice?: string;
  onAction: (action: ReviewAction) => void;
}) {
  useBack(() => onAction('back'));
  const byFolder = new Map<string, string[]>();
  for (const f of files) {
    const cut = f.lastIndexOf('/');
    const dir = cut < 0 ? '.' : f.slice(0, cut);
    byFolder.set(dir, [...(byFolder.get(dir) ?? []), f.slice(cut + 1)]);
  }
  const items: Item<ReviewAction>[] = conflicts.length
    ? [{ label: 'Go back and change an answer', value: 'back' }]
    : [
        { label: `Generate, check and write to ${outDir}`, value: 'generate' },
        { label: 'Change the output folder', value: 'folder' },
        { label: 'Go back', value: 'back' },
      ];
  return (
    <Frame title="Review" keys={keysHint('select')}>
      {rows.map(([k, v]) => (
        <Box key={k}>
          <Box width={26} flexShrink={0}><Text dimColor>{k}</Text></Box>
          <Text wrap="wrap">{v}</Text>
        </Box>
      ))}
      <Box><Box width={26} flexShrink={0}><Text dimColor>Endpoint type</Text></Box><Text bold>{endpointType}</Text></Box>
      <Box><Box width={26} flexShrink={0}><Text dimColor>Output folder</Text></Box><Text>{outDir}</Text></Box>
      <Box marginTop={1} flexDirection="column">
        <Text bold>{files.length} files:</Text>
        {[...byFolder].map(([dir, names]) => (
          <Box key={dir} paddingLeft={2}><Text wrap="wrap">{dir === '.' ? '' : `${dir}/: `}{names.join(', ')}</Text></Box>
        ))}
      </Box>
      {conflicts.map((c) => <Text key={c} color="red" wrap="wrap">✗ {c}</Text>)}
      {notice ? <Text color="yellow" wrap="wrap">! {notice}</Text> : null}
      <Box marginTop={1}><Choose items={items} onSelect={onAction} /></Box>
    </Frame>
  );
}

export function FolderScreen({ current, onDone, onBack }: { current: string; onDone: (dir: string) => void; onBack: () => void }) {
  const [error, setError] = useState<string>();
  useBack(onBack);
  return (
    <Frame title="Output folder" keys={keysHint('text')}>
      <Text dimColor>Where the root module, modules/ and the docs are written (relative to here).</Text>
      <Box marginTop={1}>
        <Text color="cyan">{'› '}</Text>
        <LineInput initial={current} onSubmit={(v) => (v.trim() ? onDone(v.trim()) : setError('Give a folder, e.g. ./infra/api.'))} />
      </Box>
      {error ? <Text color="red">✗ {error}</Text> : null}
    </Frame>
  );
}

export function OverwriteScreen({ outDir, onAnswer }: { outDir: string; onAnswer: (overwrite: boolean) => void }) {
  useBack(() => onAnswer(false));
  return (
    <Frame title={`${outDir} is not empty`} keys={keysHint('select')}>
      <Text wrap="wrap">Write into it? Only files this tool wrote there and you have not edited are replaced; new files are added beside yours. State, tfvars, lock files, .terraform/, .git and your own files are never touched, and a file in the way stops the write.</Text>
      <Box marginTop={1}>
        <Choose items={[{ label: 'No, leave it', value: false }, { label: 'Yes, write the generated files into it', value: true }]} initial={false} onSelect={onAnswer} />
      </Box>
    </Frame>
  );
}

export type StepState = { status: 'waiting' } | { status: 'running' } | { status: 'done'; result: CheckResult };

const MARK = { pass: ['✔', 'green'], fail: ['✗', 'red'], skip: ['–', 'yellow'] } as const;

export function CheckLine({ name, state }: { name: string; state: StepState }) {
  if (state.status === 'waiting') return <Text dimColor>  · {name}</Text>;
  if (state.status === 'running') return <Box paddingLeft={2}><Spinner label={name} /></Box>;
  const r = state.result;
  const [mark, color] = MARK[r.status];
  return (
    <Box flexDirection="column">
      <Box>
        <Box flexShrink={0}>
          <Text>{'  '}<Text color={color}>{mark} {r.status.padEnd(4)}</Text> {r.name.padEnd(20)} {String(r.durationMs).padStart(5)} ms{r.reason ? '  ' : ''}</Text>
        </Box>
        {r.reason ? <Text dimColor wrap="wrap">{r.reason}</Text> : null}
      </Box>
      {r.findings.map((f, i) => (
        <Box key={i} flexDirection="column" paddingLeft={8}>
          <Text wrap="wrap"><Text color={f.severity === 'error' ? 'red' : 'yellow'}>{f.severity}</Text> {f.file}{f.line ? `:${f.line}` : ''}: {f.message}</Text>
          <Text dimColor wrap="wrap">fix: {f.fix}</Text>
        </Box>
      ))}
    </Box>
  );
}

export function ProgressScreen({ steps }: { steps: [string, StepState][] }) {
  return (
    <Frame title="Generating and checking (nothing is written until every check passes)">
      {steps.map(([name, state]) => <CheckLine key={name} name={name} state={state} />)}
    </Frame>
  );
}

export interface Outcome {
  answers: Answers;
  endpointType: string;
  outDir: string;
  files: string[];
  checks: CheckResult[];
  written: boolean;
  dryRun: boolean;
  failed: boolean;
}

export function SummaryScreen({ outcome: o }: { outcome: Outcome }) {
  const title = o.failed
    ? o.written ? `Checks failed; wrote ${o.files.length} files to ${o.outDir} anyway (--keep-failed)` : 'A check failed: nothing was written'
    : o.dryRun ? `Dry run: ${o.files.length} files checked, nothing written` : `Wrote ${o.files.length} files to ${o.outDir}`;
  return (
    <Frame title={title}>
      <Text bold>{o.endpointType} endpoint for {o.answers.name}</Text>
      <Box flexDirection="column" marginTop={1}>
        {o.checks.map((c) => <CheckLine key={c.name} name={c.name} state={{ status: 'done', result: c }} />)}
      </Box>
      <Box flexDirection="column" marginTop={1}>
        {o.failed && !o.written ? (
          <Text wrap="wrap">Fix the findings above (they name the template or answer at fault), or run again with --keep-failed to write anyway.</Text>
        ) : o.written ? (
          <>
            <Text bold>Next:</Text>
            <Text>  cd {o.outDir}</Text>
            <Text>  cp terraform.tfvars.example terraform.tfvars   # fill in what it lists</Text>
            <Text>  terraform init && terraform plan</Text>
            <Text wrap="wrap">{o.outDir}/README.md explains the choice and how to call the API; {o.outDir}/TROUBLESHOOTING.md covers 403s, timeouts and DNS.</Text>
          </>
        ) : (
          <Text>Run again without --dry-run to write them.</Text>
        )}
      </Box>
    </Frame>
  );
}
