import { useState } from 'react';
import { Box, Text, useStdout } from 'ink';

/** Rows below which the recommendation leaves out the comparison table, so the headline stays on screen. */
const TALL_ENOUGH = 45;
import { ENDPOINT_TYPES, type EndpointChoice, type Recommendation } from '../core/types.js';
import { keysHint } from './keys-hint.js';
import { useBack } from './use-back.js';
import { Frame } from './Frame.js';
import { Choose } from './Choose.js';
import { Comparison } from './Comparison.js';
import { Details } from './Details.js';

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
  const tall = (stdout.rows ?? TALL_ENOUGH) >= TALL_ENOUGH;
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
    <Frame title={forced ? `Recommended endpoint type: ★ ${rec.recommended} — not allowed by the preset; ${rec.endpointType} is used` : `Recommended endpoint type: ★ ${rec.recommended}`} keys={keysHint('select', !!onBack)}>
      <Text bold>Why:</Text>
      {rec.reasons.map((r) => <Text key={r} wrap="wrap">• {r}</Text>)}
      {rec.warnings.length ? <Box marginTop={1}><Text bold>Watch out:</Text></Box> : null}
      {rec.warnings.map((w) => <Text key={w} color="yellow" wrap="wrap">! {w}</Text>)}
      {/* The side-by-side table needs room; on a short terminal the headline must not scroll off. */}
      {tall ? <Box marginTop={1}><Comparison recommended={rec.recommended} /></Box> : null}
      <Details type={ENDPOINT_TYPES[highlighted]} compact={!tall} />
      {tall ? null : <Text dimColor wrap="wrap">(All three side by side: {TALL_ENOUGH}+ rows, or the generated README.md.)</Text>}
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
