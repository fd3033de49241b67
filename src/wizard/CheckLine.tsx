import { Box, Text } from 'ink';
import { Spinner } from '@inkjs/ui';
import type { CheckResult } from '../core/types.js';

export type StepState = { status: 'waiting' } | { status: 'running' } | { status: 'done'; result: CheckResult };

export const MARK = { pass: ['✔', 'green'], fail: ['✗', 'red'], skip: ['–', 'yellow'] } as const;

export function CheckLine({ name, state }: { name: string; state: StepState }) {
  if (state.status === 'waiting') return <Text dimColor>  · {name}</Text>;
  if (state.status === 'running') return <Box paddingLeft={2}><Spinner label={name} /></Box>;
  const r = state.result;
  const [mark, color] = MARK[r.status];
  return (
    <Box flexDirection="column">
      <Text>{'  '}<Text color={color}>{mark} {r.status.padEnd(4)}</Text> {r.name.padEnd(20)} {String(r.durationMs).padStart(5)} ms</Text>
      {/* On its own line: beside the name it would get no width at all on a narrow terminal. */}
      {r.reason ? <Box paddingLeft={8}><Text dimColor wrap="wrap">{r.reason}</Text></Box> : null}
      {r.findings.map((f, i) => (
        <Box key={i} flexDirection="column" paddingLeft={8}>
          <Text wrap="wrap"><Text color={f.severity === 'error' ? 'red' : 'yellow'}>{f.severity}</Text> {f.file}{f.line ? `:${f.line}` : ''}: {f.message}</Text>
          <Text dimColor wrap="wrap">fix: {f.fix}</Text>
        </Box>
      ))}
    </Box>
  );
}
