/**
 * terraform validate: when a terraform or tofu binary is available, copy the tree to a
 * temporary folder, `init -backend=false`, `validate -json`, and turn its diagnostics into
 * findings. Anything that stops it from running is a skip with the reason in plain words —
 * never a pass. The only place that spawns a process.
 */
import { mkdtemp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { Finding } from '../core/types.js';
import type { Check } from './model.js';

export interface TerraformOptions {
  /** Binary named by --terraform; otherwise terraform, then tofu, on PATH. */
  binary?: string;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  /**
   * A folder of providers in Terraform's filesystem-mirror layout (--terraform-plugin-dir, or
   * $CREATE_API_ENDPOINT_TERRAFORM_PLUGIN_DIR): init reads providers from it only, offline.
   */
  pluginDir?: string;
  /**
   * The tool's cache folder (absent with --no-cache): Terraform's plugin cache lives under it
   * unless $TF_PLUGIN_CACHE_DIR names one, so the AWS provider is downloaded once, not on every
   * run; and an init that failed because the registry was unreachable is remembered for an
   * hour for this binary and CLI configuration, instead of being tried on every run.
   */
  cacheDir?: string;
}

/** How long a failed init (registry unreachable) is remembered. */
const INIT_FAILURE_TTL_MS = 60 * 60 * 1000;

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
  // Each "Error:" with its whole message, up to the next error: the cause is often on the
  // last line ("no available releases match the given constraints ~> 6.66").
  const errors: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('Error:')) continue;
    let j = i + 1;
    while (j < lines.length && !lines[j]!.startsWith('Error:') && !/^(Terraform|OpenTofu) (has been|failed)/.test(lines[j]!)) j++;
    const body = lines.slice(i + 1, j).filter((l) => l !== '').join(' ');
    errors.push(`${lines[i]}${body ? ` — ${body}` : ''}`);
    i = j - 1;
  }
  const whole = errors.join('; ');
  const quoted = whole ? (whole.length > 1200 ? `${whole.slice(0, 1200)}… (${whole.length} characters)` : whole) : text.trim().split('\n').pop() || 'no error message';
  const offline = /no such host|dial tcp|could not connect|connection refused|i\/o timeout|network is unreachable/i.test(text);
  return `terraform init failed: ${quoted}${offline ? ' (the provider registry looks unreachable: give --terraform-plugin-dir <a provider mirror>, or set TF_PLUGIN_CACHE_DIR to a filled plugin cache, to enable this check)' : ''}`;
}

/** "4 minutes", "1 hour" — how long ago, in words. */
export function ago(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const [n, unit] = s < 60 ? [s, 'second'] : s < 3600 ? [Math.round(s / 60), 'minute'] : [Math.round(s / 3600), 'hour'];
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** The AWS provider versions a filesystem mirror holds (said when init finds none that fits). */
async function mirrorVersions(dir: string): Promise<string> {
  const versions = await readdir(join(dir, 'registry.terraform.io', 'hashicorp', 'aws')).catch(() => [] as string[]);
  return versions.length ? `, which holds hashicorp/aws ${versions.sort().join(', ')}` : ', which holds no hashicorp/aws provider (registry.terraform.io/hashicorp/aws/<version>/<os_arch>/)';
}

/** A key for this binary and CLI configuration: a remembered init failure holds only for them. */
async function initKey(binary: string, env: NodeJS.ProcessEnv, pluginDir: string | undefined): Promise<string> {
  const hash = createHash('sha256');
  const s = await stat(binary).catch(() => undefined);
  hash.update(`${binary}\0${s?.size ?? ''}\0${s?.mtimeMs ?? ''}\0${pluginDir ?? ''}\0${env.TF_PLUGIN_CACHE_DIR ?? ''}\0`);
  const config = env.TF_CLI_CONFIG_FILE ?? env.TERRAFORM_CONFIG;
  if (config) hash.update(await readFile(config, 'utf8').catch(() => `(missing ${config})`));
  return hash.digest('hex').slice(0, 16);
}

/** Whether a plugin cache folder already holds the AWS provider (a first run downloads it). */
async function cachedAws(dir: string): Promise<boolean> {
  return (await readdir(join(dir, 'registry.terraform.io', 'hashicorp', 'aws')).catch(() => [])).length > 0;
}

export function terraformCheck(opts: TerraformOptions = {}): Check {
  return {
    name: 'terraform validate',
    needsFinalText: true,
    async run(input) {
      const binary = findTerraform(opts);
      if (!binary) return { status: 'skip', reason: 'no terraform or tofu binary on PATH (name one with --terraform <path>)', findings: [] };
      const base = opts.env ?? process.env;
      const pluginDir = opts.pluginDir ?? base.CREATE_API_ENDPOINT_TERRAFORM_PLUGIN_DIR;
      const env: NodeJS.ProcessEnv = { ...base, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' };
      // Terraform's plugin cache: the user's, else one under our cache folder.
      const pluginCache = env.TF_PLUGIN_CACHE_DIR || (opts.cacheDir && !pluginDir ? join(opts.cacheDir, 'terraform-plugins') : undefined);
      if (pluginCache && !env.TF_PLUGIN_CACHE_DIR) {
        await mkdir(pluginCache, { recursive: true }).catch(() => undefined);
        env.TF_PLUGIN_CACHE_DIR = pluginCache;
      }
      const memo = opts.cacheDir ? join(opts.cacheDir, 'terraform-init-failures.json') : undefined;
      const key = await initKey(binary, env, pluginDir);
      if (memo) {
        const remembered = (JSON.parse(await readFile(memo, 'utf8').catch(() => '{}')) as Record<string, { at: number; reason: string }>)[key];
        if (remembered && Date.now() - remembered.at < INIT_FAILURE_TTL_MS)
          return { status: 'skip', reason: `${remembered.reason} [remembered from a run ${ago(Date.now() - remembered.at)} ago; tried again an hour after it, or now with --no-cache]`, findings: [] };
      }
      const firstDownload = pluginCache && !pluginDir ? !(await cachedAws(pluginCache)) : false;
      const { execa } = await import('execa');
      const work = await mkdtemp(join(tmpdir(), 'create-api-endpoint-validate-'));
      const timeout = opts.timeoutMs ?? 120_000;
      try {
        // Files the configuration reads that the run does not write (the owner's OpenAPI
        // document) sit where they are relative to the root: the root goes as many folders
        // deep in the copy as they are above it.
        const inputs = [...(input.inputs ?? new Map<string, string>())];
        const up = Math.max(0, ...inputs.map(([p]) => p.split('/').findIndex((seg) => seg !== '..')));
        const root = join(work, ...Array.from({ length: up }, (_, i) => `r${i}`));
        for (const [path, text] of [...[...input.files].filter(([p]) => p.endsWith('.tf') || p.endsWith('.json')), ...inputs]) {
          await mkdir(dirname(join(root, path)), { recursive: true });
          await writeFile(join(root, path), text);
        }
        const init = await execa(binary, ['init', '-backend=false', '-input=false', '-no-color', ...(pluginDir ? [`-plugin-dir=${pluginDir}`] : [])], { cwd: root, env, timeout, reject: false });
        if (init.timedOut) return { status: 'skip', reason: `terraform init timed out after ${timeout / 1000} s`, findings: [] };
        if (init.failed) {
          if ((init as { code?: string }).code === 'ENOENT') return { status: 'skip', reason: `${binary} could not be started (not found)`, findings: [] };
          const reason = whyInitFailed(`${init.stderr}\n${init.stdout}`);
          if (memo && /registry looks unreachable|Failed to query available provider packages/.test(reason)) {
            const all = JSON.parse(await readFile(memo, 'utf8').catch(() => '{}')) as Record<string, unknown>;
            await writeFile(memo, JSON.stringify({ ...all, [key]: { at: Date.now(), reason } })).catch(() => undefined);
          }
          return { status: 'skip', reason: pluginDir ? `${reason} (providers from --terraform-plugin-dir ${pluginDir}${await mirrorVersions(pluginDir)})` : reason, findings: [] };
        }
        const validate = await execa(binary, ['validate', '-json', '-no-color'], { cwd: root, env, timeout, reject: false });
        if (validate.timedOut) return { status: 'skip', reason: `terraform validate timed out after ${timeout / 1000} s`, findings: [] };
        let findings: Finding[];
        try {
          findings = diagnosticsToFindings(validate.stdout);
        } catch {
          return { status: 'skip', reason: `terraform validate gave no JSON: ${validate.stderr.trim().split('\n').pop() ?? ''}`, findings: [] };
        }
        if (firstDownload && pluginCache && (await cachedAws(pluginCache)))
          findings.push({ file: '(run)', severity: 'info', message: `First run: terraform init downloaded the AWS provider into the plugin cache ${pluginCache}; later runs reuse it.`, fix: 'Nothing to do; set TF_PLUGIN_CACHE_DIR to share a cache, or --terraform-plugin-dir to stay offline.' });
        return { status: findings.some((f) => f.severity === 'error') ? 'fail' : 'pass', findings };
      } finally {
        // The copy (with its .terraform folder) never reaches the user's output.
        await rm(work, { recursive: true, force: true });
      }
    },
  };
}
