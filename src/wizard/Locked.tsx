import { Box, Text } from 'ink';
import type { LockedLine } from './flow.js';

/** Answers an organisation preset fixes, each with its reason: shown, not asked (`compact`: one line each, on a short terminal). */
export function Locked({ lines, compact = false }: { lines: LockedLine[]; compact?: boolean }) {
  return (
    <Box flexDirection="column" marginBottom={1}>
      <Text dimColor>Fixed by preset {lines[0]!.preset}{lines.some((l) => l.preset !== lines[0]!.preset) ? ' (and the presets it extends)' : ''}:</Text>
      {lines.map((l) => (
        <Text key={l.flag} wrap={compact ? 'truncate-end' : 'wrap'}>
          {'  '}🔒 {l.flag} {l.value} <Text dimColor>— {l.reason}</Text>
        </Text>
      ))}
    </Box>
  );
}

/** The text of the locked lines as shown in full (for a screen's layout budget). */
export const lockedText = (lines: LockedLine[]) => ['Fixed by preset', ...lines.map((l) => `  🔒 ${l.flag} ${l.value} — ${l.reason}`)];
