import { Frame } from './Frame.js';
import { CheckLine, type StepState } from './CheckLine.js';

export function ProgressScreen({ steps }: { steps: [string, StepState][] }) {
  return (
    <Frame title="Generating and checking (nothing is written until every check passes)">
      {steps.map(([name, state]) => <CheckLine key={name} name={name} state={state} />)}
    </Frame>
  );
}
