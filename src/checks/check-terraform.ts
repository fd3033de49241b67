/**
 * terraform validate: when a terraform or tofu binary is available, copy the tree to a
 * temporary folder, `init -backend=false`, `validate -json`, and turn its diagnostics into
 * findings. Anything that stops it from running is a skip with the reason in plain words —
 * never a pass. The only place that spawns a process.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import type { Finding } from '../core/types.js';
import type { Check } from './model.js';

export interface TerraformOptions {
  /** Binary named by --terraform; otherwise terraform, then tofu, on PATH. */
  binary?: string;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

export function findTerraform(opts: TerraformOptions): string | undefined {
  if (opts.binary) return opts.binary;
  const path = (opts.env ?? process.env).PATH ?? '';
  for (const name of ['terraform', 'tofu']) {
    for (const dir of path.split(delimiter)) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

export interface Diagnostic {
  severity: 'error' | 'warning';
  summary: string;
  detail?: string;
  range?: { filename: string; start: { line: number } };
}

/** `terraform validate -json` output → findings (paths relative to the module root). */
export function diagnosticsToFindings(json: string): Finding[] {
  const parsed = JSON.parse(json) as { diagnostics?: Diagnostic[] };
  return (parsed.diagnostics ?? []).map((d) => ({
    file: d.range?.filename ?? '(configuration)',
    line: d.range?.start.line,
    severity: d.severity === 'error' ? 'error' : 'warning',
    message: d.detail ? `${d.summary}: ${d.detail}` : d.summary,
    fix: 'See the message; fix the template or the inputs that produced this file.',
  }));
}

/**
 * Why init failed, for the skip reason: terraform's own first error (its summary and first
 * detail line), and a hint when it looks like the provider registry could not be reached.
 */
export function whyInitFailed(stderr: string): string {
  // eslint-disable-next-line no-control-regex -- strips ANSI colour codes
  const text = stderr.replace(/\u001b\[[0-9;]*m/g, '');
  const lines = text.split('\n').map((l) => l.replace(/^[│╷╵\s]+/, '').trim());
  const at = lines.findIndex((l) => l.startsWith('Error:'));
  const detail = at >= 0 ? lines.slice(at + 1).find((l) => l !== '') : undefined;
  const quoted = at >= 0 ? `${lines[at]}${detail ? ` — ${detail}` : ''}` : text.trim().split('\n').pop() || 'no error message';
  const offline = /no such host|dial tcp|could not connect|connection refused|i\/o timeout|network is unreachable/i.test(text);
  return `terraform init failed: ${quoted}${offline ? ' (the provider registry looks unreachable: configure a provider mirror or plugin cache to enable this check)' : ''}`;
}

export function terraformCheck(opts: TerraformOptions = {}): Check {
  return {
    name: 'terraform validate',
    needsFinalText: true,
    async run(input) {
      const binary = findTerraform(opts);
      if (!binary) return { status: 'skip', reason: 'no terraform or tofu binary on PATH (name one with --terraform <path>)', findings: [] };
      const { execa } = await import('execa');
      const work = await mkdtemp(join(tmpdir(), 'create-api-endpoint-validate-'));
      const timeout = opts.timeoutMs ?? 120_000;
      try {
        for (const [path, text] of input.files) {
          if (!path.endsWith('.tf')) continue;
          await mkdir(dirname(join(work, path)), { recursive: true });
          await writeFile(join(work, path), text);
        }
        const env = { ...(opts.env ?? process.env), TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' };
        const init = await execa(binary, ['init', '-backend=false', '-input=false', '-no-color'], { cwd: work, env, timeout, reject: false });
        if (init.timedOut) return { status: 'skip', reason: `terraform init timed out after ${timeout / 1000} s`, findings: [] };
        if (init.failed) {
          if ((init as { code?: string }).code === 'ENOENT') return { status: 'skip', reason: `${binary} could not be started (not found)`, findings: [] };
          return { status: 'skip', reason: whyInitFailed(`${init.stderr}\n${init.stdout}`), findings: [] };
        }
        const validate = await execa(binary, ['validate', '-json', '-no-color'], { cwd: work, env, timeout, reject: false });
        if (validate.timedOut) return { status: 'skip', reason: `terraform validate timed out after ${timeout / 1000} s`, findings: [] };
        let findings: Finding[];
        try {
          findings = diagnosticsToFindings(validate.stdout);
        } catch {
          return { status: 'skip', reason: `terraform validate gave no JSON: ${validate.stderr.trim().split('\n').pop() ?? ''}`, findings: [] };
        }
        return { status: findings.some((f) => f.severity === 'error') ? 'fail' : 'pass', findings };
      } finally {
        // The copy (with its .terraform folder) never reaches the user's output.
        await rm(work, { recursive: true, force: true });
      }
    },
  };
}
