import { Box, Text } from 'ink';
import { keysHint } from './keys-hint.js';
import { useBack } from './use-back.js';
import { Frame } from './Frame.js';
import { Choose } from './Choose.js';

export function OverwriteScreen({ outDir, onAnswer }: { outDir: string; onAnswer: (overwrite: boolean) => void }) {
  useBack(() => onAnswer(false));
  return (
    <Frame title={`${outDir} is not empty`} keys={keysHint('select')}>
      <Text wrap="wrap">Write into it? Only files this tool wrote there and you have not edited are replaced; new files are added beside yours. State, tfvars, lock files, .terraform/, .git and your own files are never touched, and a file in the way stops the write.</Text>
      <Box marginTop={1}>
        <Choose items={[{ label: 'No, leave it', value: false }, { label: 'Yes, write the generated files into it', value: true }]} initial={false} onSelect={onAnswer} />
      </Box>
    </Frame>
  );
}
