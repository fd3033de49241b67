import { Box, Text, useStdout } from 'ink';
import { keysHint } from './keys-hint.js';
import { useBack } from './use-back.js';
import { Frame } from './Frame.js';
import { Choose, type Item } from './Choose.js';
import { linesOf } from './fit.js';

export type ReviewAction = 'generate' | 'folder' | 'back';

/**
 * Every answer under the flag that gives it, the endpoint type, the folder and its files, and
 * the action. Laid out to the terminal: a table when it fits, else the answers as one
 * paragraph (`--flag value · --flag value …`), and the file list as a count.
 */
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
  const cols = stdout.columns || 80;
  // No size (not a terminal): no limit.
  const height = stdout.rows || Number.POSITIVE_INFINITY;
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
  const keys = keysHint('select');
  const all: [string, string][] = [...rows, ['Endpoint type', endpointType]];
  const labelWidth = Math.min(26, Math.max(...all.map(([k]) => k.length)) + 2);
  const valueWidth = Math.max(10, cols - labelWidth - 1);
  const fileLines = [...byFolder].map(([dir, names]) => `  ${dir === '.' ? '' : `${dir}/: `}${names.join(', ')}`);
  const folderCount = `${outDir} (${files.length} files, in ${[...byFolder.keys()].map((d) => (d === '.' ? 'it' : `${d}/`)).join(' and ')})`;
  const fixed =
    1 + 1 + conflicts.reduce((n, c) => n + linesOf(`✗ ${c}`, cols), 0) + (notice ? linesOf(`! ${notice}`, cols) : 0) + 1 + items.reduce((n, i) => n + linesOf(`❯ ${i.label}`, cols), 0) + 1 + linesOf(keys, cols) + 1;
  const table = all.reduce((n, [, v]) => n + linesOf(v, valueWidth), 0);
  // The paragraph forms: every answer (a lock's reason left to the question screens), or, when
  // even that is too long, only the answers that say yes or give a value.
  const short = (v: string) => v.replace(/ 🔒 .*/, ' 🔒');
  const empty = (v: string) => v === 'no' || v.startsWith('(none');
  const paragraph = all.map(([k, v]) => `${k.startsWith('--') ? k : `${k}:`} ${short(v)}`).join(' · ');
  const hidden = all.filter(([, v]) => empty(v)).length;
  const terse = `${all.filter(([, v]) => !empty(v)).map(([k, v]) => `${k.startsWith('--') ? k : `${k}:`} ${short(v)}`).join(' · ')} (${hidden} more: no or none)`;
  const folderLine = `Output folder: ${outDir} (${files.length} files)`;
  const listed = 1 + fileLines.reduce((n, l) => n + linesOf(l, cols), 0);
  const roomFor = (answers: number, files: 'list' | 'count' | 'line') => fixed + answers + (files === 'list' ? linesOf(outDir, valueWidth) + 1 + listed : files === 'count' ? linesOf(folderCount, valueWidth) : linesOf(folderLine, cols)) <= height;
  const layout = roomFor(table, 'list')
    ? { answers: 'table', files: 'list' }
    : roomFor(table, 'count')
      ? { answers: 'table', files: 'count' }
      : roomFor(linesOf(paragraph, cols), 'line')
        ? { answers: 'paragraph', files: 'line' }
        : { answers: 'terse', files: 'line' };
  return (
    <Frame title="Review" keys={keys}>
      {layout.answers === 'table' ? (
        all.map(([k, v]) => (
          <Box key={k}>
            <Box width={labelWidth} flexShrink={0}><Text dimColor>{k}</Text></Box>
            {k === 'Endpoint type' ? <Text bold>{v}</Text> : <Text wrap="wrap">{v}</Text>}
          </Box>
        ))
      ) : (
        <Text wrap="wrap">{layout.answers === 'terse' ? terse : paragraph}</Text>
      )}
      {layout.files === 'line' ? (
        <Text wrap="wrap">{folderLine}</Text>
      ) : (
        <Box>
          <Box width={labelWidth} flexShrink={0}><Text dimColor>Output folder</Text></Box>
          <Text wrap="wrap">{layout.files === 'list' ? outDir : folderCount}</Text>
        </Box>
      )}
      {layout.files === 'list' ? (
        <Box marginTop={1} flexDirection="column">
          <Text bold>{files.length} files:</Text>
          {fileLines.map((l) => <Text key={l} wrap="wrap">{l}</Text>)}
        </Box>
      ) : null}
      {conflicts.map((c) => <Text key={c} color="red" wrap="wrap">✗ {c}</Text>)}
      {notice ? <Text color="yellow" wrap="wrap">! {notice}</Text> : null}
      <Box marginTop={1}><Choose items={items} onSelect={onAction} /></Box>
    </Frame>
  );
}
