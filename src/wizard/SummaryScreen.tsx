import { Box, Text } from 'ink';
import type { Answers, CheckResult } from '../core/types.js';
import { Frame } from './Frame.js';
import { CheckLine } from './CheckLine.js';

export interface Outcome {
  answers: Answers;
  endpointType: string;
  outDir: string;
  files: string[];
  checks: CheckResult[];
  written: boolean;
  dryRun: boolean;
  failed: boolean;
  /** The recommendation's warnings: what to know before the first apply. */
  warnings: string[];
}

export function SummaryScreen({ outcome: o }: { outcome: Outcome }) {
  const title = o.failed
    ? o.written ? `Checks failed; wrote ${o.files.length} files to ${o.outDir} anyway (--keep-failed)` : 'A check failed: nothing was written'
    : o.dryRun ? `Dry run: ${o.files.length} files checked, nothing written` : `Wrote ${o.files.length} files to ${o.outDir}`;
  return (
    <Frame title={title}>
      <Text bold>{o.endpointType} endpoint for {o.answers.name}</Text>
      <Box flexDirection="column" marginTop={1}>
        {o.checks.map((c) => <CheckLine key={c.name} name={c.name} state={{ status: 'done', result: c }} />)}
      </Box>
      {o.warnings.length && !(o.failed && !o.written) ? (
        <Box flexDirection="column" marginTop={1}>
          <Text bold>Before you apply:</Text>
          {o.warnings.map((w) => <Text key={w} color="yellow" wrap="wrap">! {w}</Text>)}
        </Box>
      ) : null}
      <Box flexDirection="column" marginTop={1}>
        {o.failed && !o.written ? (
          <Text wrap="wrap">Fix the findings above (they name the template or answer at fault), or run again with --keep-failed to write anyway.</Text>
        ) : o.written ? (
          <>
            <Text bold>Next:</Text>
            <Text>  cd {o.outDir}</Text>
            <Text>  cp terraform.tfvars.example terraform.tfvars   # fill in what it lists</Text>
            <Text>  terraform init && terraform plan</Text>
            <Text wrap="wrap">{o.outDir}/README.md explains the choice and how to call the API; {o.outDir}/TROUBLESHOOTING.md covers 403s, timeouts and DNS.</Text>
          </>
        ) : (
          <Text>Run again without --dry-run to write them.</Text>
        )}
      </Box>
    </Frame>
  );
}
