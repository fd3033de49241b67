import { Box, Text, useStdout } from 'ink';
import { PROFILES } from '../core/knowledge.js';
import type { EndpointType } from '../core/types.js';
import { linesOf } from './fit.js';

export const TYPES: EndpointType[] = ['EDGE', 'REGIONAL', 'PRIVATE'];

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

/** The lines the comparison takes at `available` columns (what the recommendation screen budgets for it). */
export function comparisonLines(available: number): number {
  const cells: ((t: EndpointType) => string)[] = [(t) => PROFILES[t].visibility, (t) => PROFILES[t].optimizedFor, (t) => PROFILES[t].typicalUse, (t) => `+ ${PROFILES[t].pros[0]}`, (t) => `− ${PROFILES[t].cons[0]}`];
  if (available < 64) return TYPES.reduce((n, t) => n + 2 + cells.reduce((m, c) => m + linesOf(`Label: ${c(t)}`, available - 3), 0), 0);
  const column = Math.floor((Math.min(available, 120) - 1 - 14) / 3) - 1;
  return 1 + cells.reduce((n, c) => n + Math.max(...TYPES.map((t) => linesOf(c(t), column))), 0);
}
