import { Box, Text, useStdout } from 'ink';
import { keysHint } from './keys-hint.js';
import { useBack } from './use-back.js';
import { Frame } from './Frame.js';
import { Choose, type Item } from './Choose.js';

export type ReviewAction = 'generate' | 'folder' | 'back';

export function ReviewScreen({ rows, endpointType, outDir, files, conflicts, notice, actionLabel, onAction }: {
  rows: [string, string][];
  endpointType: string;
  outDir: string;
  files: string[];
  conflicts: string[];
  notice?: string;
  /** The main action's label, when it is not "generate and write" (update's answer editing). */
  actionLabel?: string;
  onAction: (action: ReviewAction) => void;
}) {
  useBack(() => onAction('back'));
  const { stdout } = useStdout();
  // On a short terminal the file list becomes one line, so the title stays on screen.
  const tall = (stdout.rows ?? 50) >= rows.length + 20;
  const byFolder = new Map<string, string[]>();
  for (const f of files) {
    const cut = f.lastIndexOf('/');
    const dir = cut < 0 ? '.' : f.slice(0, cut);
    byFolder.set(dir, [...(byFolder.get(dir) ?? []), f.slice(cut + 1)]);
  }
  const items: Item<ReviewAction>[] = conflicts.length
    ? [{ label: 'Go back and change an answer', value: 'back' }]
    : [
        { label: actionLabel ?? `Generate, check and write to ${outDir}`, value: 'generate' },
        ...(actionLabel ? [] : [{ label: 'Change the output folder', value: 'folder' as const }]),
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
      <Box>
        <Box width={26} flexShrink={0}><Text dimColor>Output folder</Text></Box>
        <Text wrap="wrap">{outDir}{tall ? '' : ` (${files.length} files, in ${[...byFolder.keys()].map((d) => (d === '.' ? 'it' : `${d}/`)).join(' and ')})`}</Text>
      </Box>
      {tall ? (
        <Box marginTop={1} flexDirection="column">
          <Text bold>{files.length} files:</Text>
          {[...byFolder].map(([dir, names]) => (
            <Box key={dir} paddingLeft={2}><Text wrap="wrap">{dir === '.' ? '' : `${dir}/: `}{names.join(', ')}</Text></Box>
          ))}
        </Box>
      ) : null}
      {conflicts.map((c) => <Text key={c} color="red" wrap="wrap">✗ {c}</Text>)}
      {notice ? <Text color="yellow" wrap="wrap">! {notice}</Text> : null}
      <Box marginTop={tall ? 1 : 0}><Choose items={items} onSelect={onAction} /></Box>
    </Frame>
  );
}
