import { useState } from 'react';
import { Box, Text, useInput, useStdout } from 'ink';
import { ENDPOINT_TYPES, type EndpointChoice, type Recommendation } from '../core/types.js';
import { keysHint } from './keys-hint.js';
import { useBack } from './use-back.js';
import { Frame } from './Frame.js';
import { Choose } from './Choose.js';
import { Comparison, comparisonLines } from './Comparison.js';
import { Details, detailLines } from './Details.js';
import { fitWarnings, linesOf, oneLine, type WarningsLayout } from './fit.js';

/**
 * The recommendation: why, what to watch out for, the three types compared, the highlighted
 * type's pros and cons, and the choice. Everything is laid out to the terminal's size: what
 * does not fit is shortened in order (the comparison, then the details, then the warnings to
 * one line each or a count that `w` opens), so the headline and the choice stay on screen.
 */
export function RecommendScreen({ recommendation: rec, initial, preview, onChoose, onBack, allowed = ['edge', 'regional', 'private'], forced = false }: {
  recommendation: Recommendation;
  initial: EndpointChoice;
  /** What choosing another type would warn about (the core's override warnings). */
  preview: (choice: EndpointChoice) => Recommendation;
  onChoose: (choice: EndpointChoice | undefined) => void;
  onBack?: () => void;
  /** The types a preset allows (all three without one). */
  allowed?: EndpointChoice[];
  /** Whether the recommendation is outside the allowed types (the closest allowed one is taken). */
  forced?: boolean;
}) {
  const { stdout } = useStdout();
  const cols = stdout.columns || 80;
  // No size (not a terminal; the shell gives the wizard one that is never 0): no limit.
  const rows = stdout.rows || Number.POSITIVE_INFINITY;
  const [pending, setPending] = useState<EndpointChoice>();
  const [highlighted, setHighlighted] = useState<EndpointChoice>(initial);
  const [showWarnings, setShowWarnings] = useState(false);
  useBack(showWarnings ? () => setShowWarnings(false) : pending ? () => setPending(undefined) : onBack);
  const recommended = rec.recommended.toLowerCase() as EndpointChoice;
  const overridden = pending ? preview(pending) : undefined;
  const shownWarnings = overridden?.warnings ?? rec.warnings;
  useInput((input) => {
    if (input === 'w' && shownWarnings.length) setShowWarnings((v) => !v);
  });

  if (showWarnings)
    return (
      <Frame title={overridden ? `What ${pending!.toUpperCase()} instead of ${rec.recommended} means` : `Before you choose: what to know about ${rec.endpointType}`} keys="w or Esc: back · Ctrl-C quit">
        <WarningList warnings={shownWarnings} layout="full" cols={cols} heading={false} />
      </Frame>
    );

  if (pending && overridden) {
    const title = `Use ${pending.toUpperCase()} instead of the recommended ${rec.recommended}?`;
    const layout = fitWarnings(overridden.warnings, cols, rows - 1 - linesOf(title, cols) - 1 - 3 - 1 - linesOf(keysHint('select'), cols) + 1) === 'full' ? 'full' : 'short';
    const keys = keysHint('select') + (layout === 'short' ? ' · w in full' : '');
    return (
      <Frame title={title} keys={keys}>
        <WarningList warnings={overridden.warnings} layout={layout} cols={cols} heading={false} />
        <Box marginTop={1}>
          <Choose
            items={[{ label: `Keep ${rec.recommended} (recommended)`, value: 'keep' }, { label: `Use ${pending.toUpperCase()} anyway`, value: 'override' }]}
            onSelect={(v) => (v === 'override' ? onChoose(pending) : (setPending(undefined), onChoose(undefined)))}
          />
        </Box>
      </Frame>
    );
  }

  const title = forced ? `Recommended endpoint type: ★ ${rec.recommended} — not allowed by the preset; ${rec.endpointType} is used` : `Recommended endpoint type: ★ ${rec.recommended}`;
  const warnKey = rec.warnings.length ? ' · w warnings' : '';
  const keys = keysHint('select', !!onBack) + warnKey;
  // Lines everything but the optional parts takes: the title, "Why:" and the reasons, the
  // choices, the key hint, the margins between them, and one spare line.
  const fixed = linesOf(title, cols) + 1 + 1 + rec.reasons.reduce((n, r) => n + linesOf(`• ${r}`, cols), 0) + 1 + allowed.length + 1 + linesOf(keys, cols) + 1;
  let room = rows - fixed;
  const warnLayout: WarningsLayout = fitWarnings(rec.warnings, cols, room - 1);
  const warnLines = !rec.warnings.length ? 0 : 1 + (warnLayout === 'full' ? 1 + rec.warnings.reduce((n, w) => n + linesOf(`! ${w}`, cols), 0) : warnLayout === 'short' ? 1 + rec.warnings.length : 0);
  room -= warnLines;
  const type = ENDPOINT_TYPES[highlighted];
  const detailFull = 1 + detailLines(type, false).reduce((n, l) => n + linesOf(l, cols - 2), 0);
  const detailCompact = 1 + detailLines(type, true).reduce((n, l) => n + linesOf(l, cols - 2), 0);
  const table = comparisonLines(cols) + 1;
  const withTable = room >= table + detailFull;
  const details: 'full' | 'compact' | 'none' = withTable || room >= detailFull + 1 ? 'full' : room >= detailCompact + 1 ? 'compact' : 'none';

  return (
    <Frame title={title} keys={keys}>
      <Text bold>Why:</Text>
      {rec.reasons.map((r) => <Text key={r} wrap="wrap">• {r}</Text>)}
      {rec.warnings.length ? (
        <Box marginTop={1} flexDirection="column">
          <WarningList warnings={rec.warnings} layout={warnLayout} cols={cols} heading />
        </Box>
      ) : null}
      {withTable ? <Box marginTop={1}><Comparison recommended={rec.recommended} /></Box> : null}
      {details !== 'none' ? <Details type={type} compact={details === 'compact'} /> : null}
      {!withTable && details !== 'none' && rows - fixed - warnLines > detailFull + 2 ? <Text dimColor wrap="wrap">(All three side by side: a taller terminal, or the generated README.md.)</Text> : null}
      <Box marginTop={1}>
        <Choose<EndpointChoice>
          onHighlight={setHighlighted}
          items={allowed.map((t) => ({
            label: t === recommended ? `Use ${t.toUpperCase()} (recommended)` : forced && t === rec.endpointType.toLowerCase() ? `Use ${t.toUpperCase()} (closest allowed by the preset)` : `Use ${t.toUpperCase()} instead`,
            value: t,
          }))}
          initial={initial}
          onSelect={(t) => (t === recommended || (forced && t === rec.endpointType.toLowerCase()) ? onChoose(undefined) : setPending(t))}
        />
      </Box>
    </Frame>
  );
}

/** Warnings in full, one line each, or counted (w opens them). */
function WarningList({ warnings, layout, cols, heading }: { warnings: string[]; layout: WarningsLayout; cols: number; heading: boolean }) {
  if (!warnings.length) return null;
  if (layout === 'count')
    return <Text color="yellow" wrap="wrap">! {warnings.length} thing{warnings.length === 1 ? '' : 's'} to know before you apply: press w to read {warnings.length === 1 ? 'it' : 'them'} (they are also on the summary and in README.md).</Text>;
  return (
    <Box flexDirection="column">
      {heading ? <Text bold>Watch out{layout === 'short' ? ' (w: in full)' : ''}:</Text> : null}
      {warnings.map((w) => (layout === 'full' ? <Text key={w} color="yellow" wrap="wrap">! {w}</Text> : <Text key={w} color="yellow">{oneLine(`! ${w}`, cols - 1)}</Text>))}
    </Box>
  );
}
