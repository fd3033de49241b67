import type { ReactNode } from 'react';
import { Box, Text } from 'ink';

export function Frame({ title, children, keys }: { title: string; children: ReactNode; keys?: string }) {
  return (
    <Box flexDirection="column">
      <Text bold color="cyan">{title}</Text>
      <Box flexDirection="column" marginTop={1}>{children}</Box>
      {keys ? <Box marginTop={1}><Text dimColor>{keys}</Text></Box> : null}
    </Box>
  );
}
