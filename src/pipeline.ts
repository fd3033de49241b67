/**
 * The pipeline: answers → recommend → plan → render → format → check. No argv, no TTY,
 * no writes: the shells call this and decide what to do with the result.
 */
import type { Answers, CheckResult, FileTree, Finding, Recommendation } from './core/types.js';
import { recommend } from './core/recommend.js';
import { plan, NO_GOVERNANCE, type Blueprint, type Governance, type OpenApiPlan } from './plan/plan.js';
import { renderFiles } from './render/render.js';
import type { Templates } from './render/engine.js';
import { isHcl, type HclTools } from './hcl/tools.js';
import { runChecks, type Progress } from './checks/run-checks.js';
import { decisionProblems, integrationProblems, type SpecFacts } from './openapi/document.js';
import type { Check, Formatted } from './checks/model.js';

export interface Generated {
  recommendation: Recommendation;
  blueprint: Blueprint;
  /** Rendered, before formatting. */
  raw: FileTree;
  /** Final text of every file. */
  files: FileTree;
  checks: CheckResult[];
}

export interface GenerateOptions {
  templates: Templates;
  toolVersion: string;
  tools: HclTools;
  checks: Check[];
  onProgress?: Progress;
  /** What an organisation preset changes in the output. */
  governance?: Governance;
  /** The owner's OpenAPI document: what plan needs, the files Terraform reads, its facts (checked against the decision). */
  openapi?: { plan: OpenApiPlan; inputs: FileTree; facts: SpecFacts; lineOf(pointer: string): number | undefined };
}

/** The document's problems as findings of their rules, in the document's file (relative to the root). */
function openapiFindings(o: NonNullable<GenerateOptions['openapi']>, answers: Answers, recommendation: Recommendation): Finding[] {
  const problems = [...integrationProblems(o.facts), ...decisionProblems(o.facts, { type: recommendation.endpointType, domain: !!answers.domain })];
  return problems.map((p) => ({
    file: o.plan.source,
    ...(o.lineOf(p.pointer) ? { line: o.lineOf(p.pointer) } : {}),
    severity: p.severity,
    message: `${p.rule ? `${p.rule} ` : ''}${p.message}`,
    fix: p.fix,
    ...(p.rule ? { rule: p.rule } : {}),
  }));
}

export async function generate(answers: Answers, opts: GenerateOptions): Promise<Generated> {
  const governance = opts.governance ?? NO_GOVERNANCE;
  const recommendation = recommend(answers, governance.typeNote);
  const blueprint = plan(answers, recommendation, opts.toolVersion, governance, opts.openapi?.plan);
  opts.onProgress?.({ check: 'render', phase: 'start' });
  const started = performance.now();
  const raw = renderFiles(blueprint, opts.templates);
  opts.onProgress?.({ check: 'render', phase: 'end', result: { name: 'render', status: 'pass', durationMs: Math.round(performance.now() - started), findings: [] } });
  // Formatting (a worker thread) runs while the checks before `format` read the rendered
  // text (the main thread): formatting only changes spaces within lines, so what parses,
  // and on which line, is the same before and after.
  const formatted = formatTree(raw, opts.tools);
  const checks = await runChecks(opts.checks, raw, formatted, opts.onProgress, opts.openapi ? { inputs: opts.openapi.inputs, openapiFindings: openapiFindings(opts.openapi, answers, recommendation) } : {});
  return { recommendation, blueprint, raw, files: (await formatted).files, checks };
}


/** Canonical terraform fmt form for every HCL file; text that does not parse is left for the parse check to report. */
export async function formatTree(raw: FileTree, tools: HclTools): Promise<Formatted> {
  const canonical: FileTree = new Map();
  await Promise.all(
    [...raw].filter(([path]) => isHcl(path)).map(async ([path, text]) => {
      try {
        canonical.set(path, await tools.format(text));
      } catch {
        // Left as rendered: the parse check reports why.
      }
    }),
  );
  return { files: new Map([...raw].map(([path, text]) => [path, canonical.get(path) ?? text])), canonical };
}
