/** Runs the checks in order, timing each; parse feeds the others its parsed files. */
import type { CheckResult, FileTree } from '../core/types.js';
import type { Check, CheckInput, Formatted } from './model.js';

export type Progress = (event: { check: string; phase: 'start' } | { check: string; phase: 'end'; result: CheckResult }) => void;

/**
 * `final` is the formatted tree, or a promise of it: checks read the rendered text and run
 * while formatting finishes, until one that needs the final text (see Check.needsFinalText).
 */
export async function runChecks(checks: Check[], raw: FileTree, final: FileTree | Promise<Formatted>, onProgress?: Progress, extra: Pick<CheckInput, 'inputs' | 'openapiFindings'> = {}): Promise<CheckResult[]> {
  const input: CheckInput = { files: raw, raw, parsed: new Map(), ...extra };
  let ready = false;
  const results: CheckResult[] = [];
  let parseFailed = false;
  for (const check of checks) {
    onProgress?.({ check: check.name, phase: 'start' });
    const started = performance.now();
    if (!ready && check.needsFinalText) {
      const f = await final;
      if (f instanceof Map) input.files = f;
      else Object.assign(input, { files: f.files, canonical: f.canonical });
      ready = true;
    }
    let result: CheckResult;
    if (parseFailed && check.name !== 'parse') {
      result = { name: check.name, status: 'skip', reason: 'files did not parse', durationMs: 0, findings: [] };
    } else {
      const r = await check.run(input);
      result = { name: check.name, durationMs: Math.round(performance.now() - started), ...r };
      if (check.name === 'parse' && result.status === 'fail') parseFailed = true;
    }
    results.push(result);
    onProgress?.({ check: check.name, phase: 'end', result });
  }
  return results;
}
