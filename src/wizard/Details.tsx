import { Box, Text } from 'ink';
import { PROFILES } from '../core/knowledge.js';
import type { EndpointType } from '../core/types.js';

/**
 * How the highlighted type works and the pros and cons the table leaves out — or, `compact`
 * (no table on a short terminal), its headline pro and con instead.
 */
export function Details({ type, compact = false }: { type: EndpointType; compact?: boolean }) {
  const p = PROFILES[type];
  if (compact)
    return (
      <Box flexDirection="column" marginTop={1}>
        <Text wrap="wrap"><Text bold>{p.label}:</Text> {p.howItWorks}</Text>
        <Box paddingLeft={2}><Text wrap="wrap">+ {p.pros[0]}</Text></Box>
        <Box paddingLeft={2}><Text wrap="wrap">− {p.cons[0]}</Text></Box>
      </Box>
    );
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text wrap="wrap"><Text bold>{p.label}:</Text> {p.howItWorks}</Text>
      {[...p.pros.slice(1).map((x) => `+ ${x}`), ...p.cons.slice(1).map((x) => `− ${x}`)].map((x) => (
        <Box key={x} paddingLeft={2}><Text wrap="wrap">{x}</Text></Box>
      ))}
    </Box>
  );
}

/** The lines Details shows (before wrapping), for the screen's layout budget. */
export function detailLines(type: EndpointType, compact: boolean): string[] {
  const p = PROFILES[type];
  const head = `${p.label}: ${p.howItWorks}`;
  if (compact) return [head, `+ ${p.pros[0]}`, `− ${p.cons[0]}`];
  return [head, ...p.pros.slice(1).map((x) => `+ ${x}`), ...p.cons.slice(1).map((x) => `− ${x}`)];
}
