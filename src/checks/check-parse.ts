/** parse: every HCL file through @cdktf/hcl2json; syntax errors mapped to file and line. */
import { hclTools, isHcl, ToolStartError, type HclTools } from '../hcl/tools.js';
import type { Finding } from '../core/types.js';
import { statusOf, type Check, type Json } from './model.js';
import { splitParsed } from './split-parsed.js';

export function parseCheck(tools: HclTools = hclTools): Check {
  return {
    name: 'parse',
    async run(input) {
      const findings: Finding[] = [];
      const parseOne = async (path: string) => {
        try {
          input.parsed.set(path, (await tools.parse(path, input.files.get(path)!)) as Json);
        } catch (err) {
          if (err instanceof ToolStartError) throw err;
          findings.push(...syntaxFindings(path, (err as Error).message));
        }
      };
      // One document per module folder (fast); per file only to locate a syntax error.
      const groups = new Map<string, string[]>();
      for (const path of [...input.files.keys()].filter(isHcl)) {
        const key = path.endsWith('.tf') ? path.slice(0, Math.max(0, path.lastIndexOf('/'))) : path;
        groups.set(key, [...(groups.get(key) ?? []), path]);
      }
      for (const paths of groups.values()) {
        if (paths.length === 1) {
          await parseOne(paths[0]!);
          continue;
        }
        const texts = new Map(paths.map((p) => [p, input.files.get(p)!]));
        let merged: Json | undefined;
        try {
          merged = (await tools.parse(`${paths[0]}`, [...texts.values()].join('\n'))) as Json;
        } catch (err) {
          if (err instanceof ToolStartError) throw err;
          for (const p of paths) await parseOne(p);
          continue;
        }
        for (const [p, part] of splitParsed(merged, texts)) input.parsed.set(p, part);
      }
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
