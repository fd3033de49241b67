import { Box, Text } from 'ink';
import type { LockedLine } from './flow.js';

/** Answers an organisation preset fixes, one line each with its reason: shown, not asked. */
export function Locked({ lines }: { lines: LockedLine[] }) {
  return (
    <Box flexDirection="column" marginBottom={1}>
      <Text dimColor>Fixed by preset {lines[0]!.preset}{lines.some((l) => l.preset !== lines[0]!.preset) ? ' (and the presets it extends)' : ''}:</Text>
      {lines.map((l) => (
        <Text key={l.flag} wrap="truncate-end">
          {'  '}🔒 {l.flag} {l.value} <Text dimColor>— {l.reason}</Text>
        </Text>
      ))}
    </Box>
  );
}
