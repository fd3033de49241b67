import { useState } from 'react';
import { Box, Text } from 'ink';
import { keysHint } from './keys-hint.js';
import { LineInput } from './LineInput.js';
import { useBack } from './use-back.js';
import { Frame } from './Frame.js';

export function FolderScreen({ current, onDone, onBack }: { current: string; onDone: (dir: string) => void; onBack: () => void }) {
  const [error, setError] = useState<string>();
  useBack(onBack);
  return (
    <Frame title="Output folder" keys={keysHint('text')}>
      <Text dimColor>Where the root module, modules/ and the docs are written (relative to here).</Text>
      <Box marginTop={1}>
        <Text color="cyan">{'› '}</Text>
        <LineInput initial={current} onSubmit={(v) => (v.trim() ? onDone(v.trim()) : setError('Give a folder, e.g. ./infra/api.'))} onChange={() => setError(undefined)} />
      </Box>
      {error ? <Text color="red">✗ {error}</Text> : null}
    </Frame>
  );
}
