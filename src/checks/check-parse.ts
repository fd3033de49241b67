/** parse: every HCL file through @cdktf/hcl2json; syntax errors mapped to file and line. */
import { hclTools, isHcl, type HclTools } from '../hcl/tools.js';
import type { Finding } from '../core/types.js';
import { statusOf, type Check, type Json } from './model.js';

export function parseCheck(tools: HclTools = hclTools): Check {
  return {
    name: 'parse',
    async run(input) {
      const findings: Finding[] = [];
      const paths = [...input.files.keys()].filter(isHcl);
      await Promise.all(
        paths.map(async (path) => {
          try {
            input.parsed.set(path, (await tools.parse(path, input.files.get(path)!)) as Json);
          } catch (err) {
            findings.push(...syntaxFindings(path, (err as Error).message));
          }
        }),
      );
      return { status: statusOf(findings), findings };
    },
  };
}

/** hcl2json reports `parse config: [file:line,col-line,col: Summary; Detail.]`; one finding per diagnostic. */
export function syntaxFindings(path: string, message: string): Finding[] {
  const diags = [...message.matchAll(/([^\s[\]]+):(\d+),(\d+)(?:-\d+(?:,\d+)?)?: ([^;\]]+);?\s*((?:(?!,?\s\S+:\d+,\d+)[^\]])*)/g)];
  if (diags.length === 0) return [{ file: path, severity: 'error', message: message.trim(), fix: 'Fix the HCL syntax of this file (or the template that renders it).' }];
  return diags.map((m) => ({
    file: path,
    line: Number(m[2]),
    severity: 'error' as const,
    message: `${m[4]!.trim()}${m[5] ? `: ${m[5].trim()}` : ''} (column ${m[3]})`,
    fix: 'Fix the HCL syntax at this line (or in the template that renders it).',
  }));
}
