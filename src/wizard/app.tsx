/**
 * The wizard: questions (from the catalog, through the flow), recommendation, review,
 * overwrite confirmation, progress, summary. All decisions come from the pure core through
 * `deps`; this component only keeps the place in the flow and what was entered.
 */
import { useEffect, useRef, useState } from 'react';
import { Text, useApp, useInput } from 'ink';
import { questionByFlag, type Env } from '../catalog/questions.js';
import type { Source } from '../catalog/resolve-answers.js';
import type { Policy } from '../catalog/preset.js';
import { recommend } from '../core/recommend.js';
import type { Answers, CheckResult, EndpointChoice, FileTree } from '../core/types.js';
import type { Progress } from '../checks/run-checks.js';
import type { Blueprint } from '../plan/plan.js';
import type { Inspect } from './QuestionScreen.js';
import { otherApi, writeDecision, type FolderFacts } from '../app/settle.js';
import { answerRows, enteredDefault, equivalentCommand, expandHome, nextStep, previewChoice, type Entry } from './flow.js';
import {
  FolderScreen,
  OverwriteScreen,
  ProgressScreen,
  QuestionScreen,
  RecommendScreen,
  ReviewScreen,
  SummaryScreen,
  type Outcome,
  type StepState,
} from './screens.js';

export interface WizardDeps {
  sources: Source[];
  /** An organisation preset's policy: locked answers shown not asked, allowed values, required tags. */
  policy?: Policy;
  /** The --preset given, for the equivalent pipeline command. */
  presetSpec?: string;
  env: Env;
  /** The home folder, for `~` in the output folder. */
  home: string;
  /** --out, when given; otherwise ./<name>. */
  out?: string;
  force: boolean;
  dryRun: boolean;
  keepFailed: boolean;
  /** Names of the steps the progress screen lists, in order (render first). */
  steps: string[];
  /** The paths a run with these answers writes. */
  preview: (answers: Answers) => string[];
  /** `answers`: a folder holding only the OpenAPI document (and files it references) counts as empty. */
  targetState: (dir: string, answers?: Answers) => Promise<'missing' | 'empty' | 'non-empty' | 'file'>;
  /** What a non-empty folder holds (the API its manifest records, state beside it); none: nothing known. */
  folderFacts?: (dir: string) => Promise<FolderFacts>;
  /** `dir`: the output folder chosen (the OpenAPI document's path in the root is relative to it). */
  generate: (answers: Answers, onProgress: Progress, dir: string) => Promise<Checked>;
  /** Reads the OpenAPI document a path names and says what it holds (the openapi question's preview). */
  inspectSpec?: Inspect;
  /** Writes what was checked into dir: only files the tool owns there are replaced; `replaceApi` when the person chose to replace another API. */
  write: (dir: string, answers: Answers, generated: Checked, opts?: { replaceApi: boolean }) => Promise<unknown>;
  /**
   * When set, the wizard only gathers answers (update: change the recorded ones): the review's
   * action hands them here, labelled `collect.label`, and the wizard closes.
   */
  collect?: { label: string; done: (answers: Answers) => void };
}

/** What a generate run hands to the write step. */
export interface Checked {
  files: FileTree;
  checks: CheckResult[];
  /** What the write records beside the files (the OpenAPI document's sources and hashes). */
  blueprint?: Pick<Blueprint, 'openapi'>;
}

type Phase =
  | { kind: 'ask' }
  | { kind: 'folder' }
  | { kind: 'overwrite'; facts?: FolderFacts; otherApi?: string }
  | { kind: 'progress'; steps: [string, StepState][] }
  | { kind: 'summary'; outcome: Outcome; command: string }
  | { kind: 'error'; message: string; code: number };

/**
 * `onExit` receives the exit code and, after a run, the equivalent pipeline command: the
 * shell prints that after Ink has finished, as one unwrapped line that copies cleanly.
 */
export function App({ deps, onExit }: { deps: WizardDeps; onExit: (code: number, command?: string) => void }) {
  const { exit } = useApp();
  const [entered, setEntered] = useState<Entry[]>([]);
  const [remembered, setRemembered] = useState<Partial<Record<keyof Answers, unknown>>>({});
  const [phase, setPhase] = useState<Phase>({ kind: 'ask' });
  const [outDir, setOutDir] = useState<string | undefined>(deps.out);
  const [notice, setNotice] = useState<string>();
  const cancelled = useRef(false);

  const finish = (code: number, command?: string) => {
    onExit(code, command);
    exit();
  };

  // Ink's own Ctrl-C handling is off (exitOnCtrlC: false) so that quitting is one code path:
  // exit 130 and write nothing, whatever screen is showing.
  useInput((input, key) => {
    if (key.ctrl && input === 'c') {
      cancelled.current = true;
      finish(130);
    }
  });
  const warnings = (a: Answers) => recommend(a).warnings;

  // Opened on a folder's recorded answers (--from), every question is answered; Esc on the
  // first screen asks them all again, the recorded answers pre-filled.
  const [reask, setReask] = useState(false);
  const recorded = deps.sources.find((s) => s.kind === 'recorded');
  const sources = reask ? deps.sources.filter((s) => s.kind !== 'recorded') : deps.sources;
  const prefilled = reask && recorded ? { ...recordedById(recorded.values), ...remembered } : remembered;
  const step = nextStep(sources, deps.env, entered, prefilled, deps.policy);
  const answers = step.kind === 'review' ? step.answers : undefined;
  const target = outDir ?? `./${answers?.name ?? 'my-api'}`;

  const enter = (id: keyof Answers, value: unknown) => {
    setNotice(undefined);
    setEntered((e) => [...e, [id, value]]);
  };
  const back = entered.length
    ? () => {
        const [id, value] = entered[entered.length - 1]!;
        // A suggestion taken as it was is not remembered: it follows the earlier answers again
        // (the description follows a renamed API).
        const taken = enteredDefault(sources, deps.env, entered, deps.policy);
        setRemembered((r) => {
          const { [id]: _, ...rest } = r;
          return taken ? rest : { ...rest, [id]: value };
        });
        setEntered((e) => e.slice(0, -1));
      }
    : recorded && !reask
      ? () => setReask(true)
      : undefined;

  async function start(a: Answers, replaceApi = false) {
    const names = deps.steps;
    const states = new Map<string, StepState>(names.map((n) => [n, { status: 'waiting' }]));
    const show = () => setPhase({ kind: 'progress', steps: [...states] });
    show();
    try {
      const generated = await deps.generate(a, (e) => {
        states.set(e.check, e.phase === 'start' ? { status: 'running' } : { status: 'done', result: e.result });
        show();
      }, target);
      if (cancelled.current) return;
      // The same write decision as the flag path (app/settle.ts).
      const { failed, write } = writeDecision(generated.checks, deps);
      let written = false;
      if (write) {
        await deps.write(target, a, generated, { replaceApi });
        written = true;
      }
      const outcome: Outcome = { answers: a, endpointType: recommend(a).endpointType, outDir: target, files: deps.preview(a), checks: generated.checks, written, dryRun: deps.dryRun, failed, warnings: warnings(a) };
      setPhase({ kind: 'summary', outcome, command: equivalentCommand(a, target, deps.presetSpec) });
    } catch (err) {
      setPhase({ kind: 'error', message: (err as Error).message, code: (err as { exitCode?: number }).exitCode ?? 4 });
    }
  }

  // The last frame stays on screen; leave once it has rendered.
  useEffect(() => {
    if (phase.kind === 'summary') finish(phase.outcome.failed ? 1 : 0, phase.command);
    if (phase.kind === 'error') finish(phase.code);
  });

  async function confirm(a: Answers) {
    if (deps.collect) {
      deps.collect.done(a);
      return finish(0);
    }
    const state = await deps.targetState(target, a);
    if (state === 'file') return setNotice(`${target} is a file; choose another output folder.`);
    if (state === 'non-empty' && !deps.dryRun) {
      let facts: FolderFacts | undefined;
      try {
        facts = await deps.folderFacts?.(target);
      } catch (err) {
        return setPhase({ kind: 'error', message: (err as Error).message, code: (err as { exitCode?: number }).exitCode ?? 4 });
      }
      const other = facts && otherApi(facts, a.name, recommend(a).endpointType);
      // --force answers "write into it?", never "replace another API".
      if (!deps.force || other) return setPhase({ kind: 'overwrite', facts, otherApi: other });
    }
    void start(a);
  }

  switch (phase.kind) {
    case 'progress':
      return <ProgressScreen steps={phase.steps} />;
    case 'summary':
      return <SummaryScreen outcome={phase.outcome} />;
    case 'error':
      return <Text color="red" wrap="wrap">error: {phase.message}</Text>;
    case 'folder':
      return (
        <FolderScreen
          current={target}
          onBack={() => setPhase({ kind: 'ask' })}
          onDone={(dir) => {
            setOutDir(expandHome(dir, deps.home));
            setNotice(undefined);
            setPhase({ kind: 'ask' });
          }}
        />
      );
    case 'overwrite':
      return (
        <OverwriteScreen
          outDir={target}
          facts={phase.facts}
          otherApi={phase.otherApi}
          onAnswer={(yes) => {
            if (yes) return void start(answers!, !!phase.otherApi);
            setNotice(`Left ${target} as it is. Choose another output folder, or go back.`);
            setPhase({ kind: 'ask' });
          }}
        />
      );
  }

  if (step.kind === 'question')
    return (
      <QuestionScreen
        key={`${step.question.id}-${entered.length}`}
        question={step.question}
        initial={step.initial}
        own={step.own}
        number={step.number}
        total={step.total}
        locked={step.locked}
        inspect={step.question.id === 'openapi' ? deps.inspectSpec : undefined}
        onAnswer={(v) => enter(step.question.id, v)}
        onBack={back}
      />
    );
  if (step.kind === 'recommend')
    return (
      <RecommendScreen
        key={`recommend-${entered.length}`}
        recommendation={step.recommendation}
        initial={step.initial}
        allowed={step.allowed}
        forced={step.forced}
        preview={(choice: EndpointChoice) => previewChoice(sources, deps.env, entered, choice, deps.policy)}
        onChoose={(choice) => enter('endpointType', choice)}
        onBack={back}
      />
    );
  return (
    <ReviewScreen
      rows={answerRows(step.answers, step.locked)}
      endpointType={recommend(step.answers).endpointType}
      outDir={target}
      files={deps.preview(step.answers)}
      actionLabel={deps.collect?.label}
      conflicts={step.conflicts}
      notice={notice}
      onAction={(action) => {
        if (action === 'back') back?.();
        else if (action === 'folder') setPhase({ kind: 'folder' });
        else void confirm(step.answers);
      }}
    />
  );
}

/** A manifest's recorded answers (keyed by flag) as question ids, for pre-filling. */
function recordedById(values: Record<string, unknown>): Partial<Record<keyof Answers, unknown>> {
  return Object.fromEntries(Object.entries(values).flatMap(([flag, v]) => {
    const q = questionByFlag.get(flag);
    return q ? [[q.id, v]] : [];
  }));
}
