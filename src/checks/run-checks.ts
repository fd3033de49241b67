/** Runs the checks in order, timing each; parse feeds the others its parsed files. */
import type { CheckResult, FileTree } from '../core/types.js';
import type { Check, CheckInput } from './model.js';

export type Progress = (event: { check: string; phase: 'start' } | { check: string; phase: 'end'; result: CheckResult }) => void;

export async function runChecks(checks: Check[], files: FileTree, raw: FileTree, onProgress?: Progress): Promise<CheckResult[]> {
  const input: CheckInput = { files, raw, parsed: new Map() };
  const results: CheckResult[] = [];
  let parseFailed = false;
  for (const check of checks) {
    onProgress?.({ check: check.name, phase: 'start' });
    const started = performance.now();
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
