/**
 * The pipeline: answers → recommend → plan → render → format → check. No argv, no TTY,
 * no writes: the shells call this and decide what to do with the result.
 */
import type { Answers, CheckResult, FileTree, Recommendation } from './core/types.js';
import { recommend } from './core/recommend.js';
import { plan, type Blueprint } from './plan/plan.js';
import { renderFiles } from './render/render.js';
import type { Templates } from './render/engine.js';
import { isHcl, type HclTools } from './hcl/tools.js';
import { runChecks, type Progress } from './checks/run-checks.js';
import type { Check } from './checks/model.js';

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
}

export async function generate(answers: Answers, opts: GenerateOptions): Promise<Generated> {
  const recommendation = recommend(answers);
  const blueprint = plan(answers, recommendation, opts.toolVersion);
  opts.onProgress?.({ check: 'render', phase: 'start' });
  const started = performance.now();
  const raw = renderFiles(blueprint, opts.templates);
  const files = await formatTree(raw, opts.tools);
  opts.onProgress?.({ check: 'render', phase: 'end', result: { name: 'render', status: 'pass', durationMs: Math.round(performance.now() - started), findings: [] } });
  const checks = await runChecks(opts.checks, files, raw, opts.onProgress);
  return { recommendation, blueprint, raw, files, checks };
}

/** Canonical terraform fmt form for every HCL file; text that does not parse is left for the parse check to report. */
export async function formatTree(raw: FileTree, tools: HclTools): Promise<FileTree> {
  const out: FileTree = new Map();
  await Promise.all(
    [...raw].map(async ([path, text]) => {
      if (!isHcl(path)) return void out.set(path, text);
      try {
        out.set(path, await tools.format(text));
      } catch {
        out.set(path, text);
      }
    }),
  );
  // Keep the planned order.
  return new Map([...raw.keys()].map((k) => [k, out.get(k)!]));
}
