/**
 * `create-api-endpoint [generate]`: gather answers (preset, --from, answers file, flags, or
 * the wizard), then the generate use case and its report. Returns the exit code.
 */
import type { Source } from '../catalog/resolve-answers.js';
import { settleAnswers } from '../app/settle.js';
import { EXIT, UsageError } from '../core/errors.js';
import { warmUp } from '../hcl/tools.js';
import { toolsWillRun } from '../hcl/cache.js';
import { loadTemplates } from '../render/templates-dir.js';
import { parseCliArgs } from './args.js';
import { safeText } from '../core/safe-text.js';
import { helpText } from './help.js';
import { pathsFrom, readAnswersFile, readManifestAnswers } from './read-answers-file.js';
import { dirname } from 'node:path';
import type { Io } from '../app/options.js';
import { loadPreset, type LoadedPreset } from '../app/preset-file.js';

export async function generateCommand(argv: string[], io: Io, version: string): Promise<number> {
  const { run: flags, values } = parseCliArgs(argv);
  if (flags.help) return void io.stdout.write(helpText(version)), EXIT.ok;
  if (flags.version) return void io.stdout.write(`${version}\n`), EXIT.ok;
  if (flags.listPresets) return void io.stdout.write(flags.json ? await listPresets(flags.preset, true) : safeText(await listPresets(flags.preset, false))), EXIT.ok;
  await checkTerraformPath(flags.terraform);
  if (flags.terraformPluginDir) {
    const { stat } = await import('node:fs/promises');
    const s = await stat(flags.terraformPluginDir).catch(() => undefined);
    if (!s?.isDirectory()) throw new UsageError([`--terraform-plugin-dir ${flags.terraformPluginDir}: ${s ? 'not a folder' : 'no such folder'}. Give a folder of providers in Terraform's filesystem-mirror layout (registry.terraform.io/hashicorp/aws/<version>/<os_arch>/terraform-provider-aws_…).`]);
  }

  const interactive = flags.interactive ?? (!!io.stdin.isTTY && !!io.stdout.isTTY && !flags.json && !flags.yes);
  // On the flag path, when the WASM tools will surely be needed (no cache, or none yet),
  // start them now, overlapped with everything before the checks; otherwise they start on
  // the first cache miss, and a warm cache never starts them. The wizard starts them after
  // its first screen.
  if (!interactive && toolsWillRun(flags.noCache, io.env)) warmUp({ parse: true, format: true });

  // Overlay folders are checked up front, so a typo stops the run before any question.
  if (flags.templates.length) loadTemplates(flags.templates);

  const sources: Source[] = [];
  let preset: LoadedPreset | undefined;
  if (flags.preset) {
    preset = await loadPreset(flags.preset, { from: process.cwd() });
    sources.push({ kind: 'preset', label: preset.label, values: preset.policy.defaults });
  }
  if (flags.from) {
    const recorded = await readManifestAnswers(flags.from);
    sources.push({ kind: 'recorded', label: recorded.label, values: pathsFrom(recorded.values, flags.from) });
    if (recorded.version && recorded.version !== version)
      io.stderr.write(`note: ${flags.from} was written by create-api-endpoint ${recorded.version}; re-generating with ${version}.\n`);
  }
  if (flags.answers) sources.push({ kind: 'file', label: flags.answers, values: pathsFrom(await readAnswersFile(flags.answers), dirname(flags.answers)) });
  sources.push({ kind: 'flags', label: 'flags', values });

  if (interactive) {
    if (!io.stdin.isTTY) throw new UsageError(['--interactive needs a terminal on stdin; drop it, or pass answers as flags with --no-interactive.']);
    // The first question is on screen before the wizard's screens (Ink, React) load.
    const first = (await import('../wizard/first-frame.js')).startWizard(sources, io, preset?.policy);
    const { runWizard } = await import('../wizard/run-wizard.js');
    return runWizard({ sources, flags, io, version, preset, first });
  }
  const { answers, typeNote } = settleAnswers(sources, io.env, flags.yes, preset?.policy);
  const { produce } = await import('./produce.js');
  return produce(answers, flags, io, version, { preset, typeNote });
}

/** --terraform names a binary that must exist and be executable: a wrong path is bad input, not a silent skip. */
async function checkTerraformPath(path: string | undefined): Promise<void> {
  if (path === undefined) return;
  const { access, stat } = await import('node:fs/promises');
  const { constants } = await import('node:fs');
  const s = await stat(path).catch(() => undefined);
  if (!s) throw new UsageError([`--terraform ${path}: no such file. Give the path of a terraform or tofu binary, or drop --terraform to use the one on PATH.`]);
  if (!s.isFile()) throw new UsageError([`--terraform ${path}: not a file. Give the path of a terraform or tofu binary.`]);
  if (await access(path, constants.X_OK).then(() => false, () => true)) throw new UsageError([`--terraform ${path}: not executable (chmod +x it), or give another binary.`]);
}

/** --list-presets: the built-in presets, or one preset's chain and policy, in words. */
async function listPresets(spec: string | undefined, json: boolean): Promise<string> {
  const { builtInPresets } = await import('../app/preset-file.js');
  if (!spec) {
    const list = builtInPresets();
    if (json) return JSON.stringify(list.map(({ name, summary }) => ({ name, description: summary })), null, 2) + '\n';
    return list.map((p) => `${p.name}\n  ${p.summary}\n`).join('\n') + '\nShow one with --list-presets --preset <name|file|package>.\n';
  }
  const preset = await loadPreset(spec, { from: process.cwd() });
  const { policy, record } = preset;
  if (json)
    return (
      JSON.stringify(
        {
          ...record,
          chain: policy.chain.map((d) => ({ name: d.name, file: d.file, version: d.version, description: d.description, docs: d.docs })),
          defaults: policy.defaults,
          locked: Object.fromEntries([...policy.locked].map(([k, l]) => [k, { value: l.value, reason: l.reason, preset: l.preset }])),
          allowed: Object.fromEntries([...policy.allowed].map(([k, a]) => [k, a.values])),
          require: policy.require.map(({ file: _file, line: _line, ...r }) => r),
          checks: Object.fromEntries([...policy.checks].map(([id, c]) => [id, { severity: c.severity, disabled: c.disabled, reason: c.reason, preset: c.preset }])),
        },
        null,
        2,
      ) + '\n'
    );
  const last = policy.chain[policy.chain.length - 1]!;
  const show = (v: unknown) => (Array.isArray(v) ? v.join(', ') : String(v));
  const out = [`${last.name}${record.version ? ` v${record.version}` : ''} (${record.source})`];
  if (last.description) out.push(`  ${last.description}`);
  if (last.docs) out.push(`  Docs: ${last.docs}`);
  if (policy.chain.length > 1) out.push(`  Extends: ${policy.chain.slice(0, -1).map((d) => d.name).reverse().join(' → ')}`);
  if (Object.keys(policy.defaults).length) out.push('Defaults:', ...Object.entries(policy.defaults).map(([k, v]) => `  --${k} ${show(v)}`));
  if (policy.locked.size) out.push('Locked:', ...[...policy.locked].map(([k, l]) => `  --${k} ${show(l.value)} — ${l.reason} (${l.preset})`));
  if (policy.allowed.size) out.push('Allowed:', ...[...policy.allowed].map(([k, a]) => `  --${k}: ${a.values.join(', ')} (${a.preset})`));
  if (policy.require.length)
    out.push('Required:', ...policy.require.map((r) => `  ${r.kind === 'tag' ? `tag ${r.key} matching ${r.pattern}` : r.kind === 'name' ? `name matching ${r.pattern}` : r.kind === 'domain-suffix' ? `custom domains under ${r.suffix}` : r.kind === 'log-retention-days' ? `logs kept at least ${r.days} days` : r.kind === 'private-dns' ? `private DNS ${r.value ? 'on' : 'off'}` : r.kind === 'waf' ? 'AWS WAF on public stages' : 'log groups encrypted with a KMS key'}${r.reason ? ` — ${r.reason}` : ''} (${r.preset})`));
  if (policy.checks.size) out.push('Rule settings:', ...[...policy.checks].map(([id, s]) => `  ${id}: ${s.disabled ? `disabled — ${s.reason}` : `severity ${s.severity}`} (${s.preset})`));
  return out.join('\n') + '\n';
}
