/**
 * format: the written files are in canonical `terraform fmt` form, and a template that
 * renders non-canonical text gets a warning naming the first line that differs — the guard
 * that keeps templates tidy. A file whose final text is the formatter's own output for it
 * is canonical as it stands; any other file is formatted again and compared.
 */
import type { Finding } from '../core/types.js';
import { hclTools, isHcl, type HclTools } from '../hcl/tools.js';
import { statusOf, type Check } from './model.js';

export function formatCheck(tools: HclTools = hclTools): Check {
  return {
    name: 'format',
    needsFinalText: true,
    async run(input) {
      const findings: Finding[] = [];
      const paths = [...input.files.keys()].filter((p) => isHcl(p) && input.parsed.has(p));
      await Promise.all(
        paths.map(async (path) => {
          const text = input.files.get(path)!;
          const canonical = input.canonical?.get(path) === text ? text : await tools.format(text);
          if (canonical !== text) {
            findings.push({
              file: path,
              line: firstDifference(text, canonical),
              severity: 'error',
              message: 'Not in canonical terraform fmt form.',
              fix: 'Run terraform fmt on this file (or fix the template that renders it).',
            });
          }
          const raw = input.raw.get(path);
          // What is written must be what was checked: the other checks read the rendered
          // text, and formatting may change only spaces within lines. Anything else (a
          // corrupt or tampered cache entry, a formatter bug) fails here, before writing.
          const drift = raw === undefined ? 0 : beyondWhitespace(raw, text);
          if (drift) {
            findings.push({
              file: path,
              line: drift,
              severity: 'error',
              message: 'The formatted text differs from the checked text beyond whitespace (a corrupt parse/format cache entry, or a formatter fault); it is not written.',
              fix: 'Run again with --no-cache; if it persists, report it. To clear the cache, delete $XDG_CACHE_HOME/create-api-endpoint (else ~/.cache/create-api-endpoint).',
            });
            return;
          }
          if (raw !== undefined && raw !== text) {
            findings.push({
              file: path,
              line: firstDifference(raw, text),
              severity: 'warning',
              message: 'The template renders non-canonical HCL here (fixed by formatting before writing).',
              fix: 'Align the template with terraform fmt so rendered output needs no reformatting.',
            });
          }
        }),
      );
      return { status: statusOf(findings), findings };
    },
  };
}

export function firstDifference(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return i + 1;
  return 1;
}

/** 1-based line where two texts differ in more than spaces and tabs within lines (0: they do not). */
export function beyondWhitespace(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  const squeeze = (l: string | undefined) => l?.replace(/[ \t]+/g, '');
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (squeeze(x[i]) !== squeeze(y[i])) return i + 1;
  return 0;
}
