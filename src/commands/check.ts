/**
 * `create-api-endpoint check [dir ...]`: the domain's misconfigurations in any Terraform tree.
 * Human output grouped by file (readable without colour), --json, or --format sarif.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { EXIT, UsageError } from '../core/errors.js';
import { didYouMean } from '../core/closest.js';
import type { Severity } from '../core/types.js';
import type { Rule } from '../rules/model.js';
import type { Io } from '../app/options.js';
import { commandHelp } from './help.js';
import { safeText } from '../core/safe-text.js';
import { commandByName, parseOptions } from './registry.js';

const SEVERITIES: Severity[] = ['info', 'warning', 'error'];
const FORMATS = ['human', 'json', 'sarif'] as const;

export async function checkCommand(argv: string[], io: Io, version: string): Promise<number> {
  // The HCL reader is ours (analysis/hcl-expr.ts); hcl2json's WASM starts only for a file it
  // cannot read, so nothing is warmed up here.
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: parseOptions(commandByName.get('check')!) });
  } catch (err) {
    const unknown = /Unknown option '(-{1,2})([^']+)'/.exec((err as Error).message);
    throw new UsageError([unknown ? `check: unknown option ${unknown[1]}${unknown[2]}.${didYouMean(unknown[2]!, Object.keys(parseOptions(commandByName.get('check')!)))} Run create-api-endpoint help check.` : `check: ${(err as Error).message}`]);
  }
  const v = parsed.values as Record<string, string | boolean | undefined> & { format?: string; severity?: string; preset?: string; 'sarif-category'?: string };
  if (v.help) return void io.stdout.write(commandHelp(commandByName.get('check')!, version)), EXIT.ok;
  const format = v.json ? 'json' : (v.format ?? 'human');
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError([`check --format ${format}: choose one of ${FORMATS.join(', ')}.`]);
  if (v.json && v.format && v.format !== 'json') throw new UsageError([`check: --json and --format ${v.format} contradict each other; give one.`]);
  const threshold = (v.severity ?? 'error') as Severity;
  if (!SEVERITIES.includes(threshold)) throw new UsageError([`check --severity ${v.severity}: choose one of ${SEVERITIES.join(', ')} (findings at or above it fail the run).`]);
  for (const p of parsed.positionals) if (p === '') throw new UsageError(['check: an empty folder name; give the path of a Terraform root module (e.g. check .).']);

  if (v.preset === '') throw new UsageError(['check --preset needs a value: a built-in preset, a file or a package.']);
  if (v.preset && v['no-preset']) throw new UsageError(['check: --preset and --no-preset contradict each other; give one.']);
  const { CHECK_RULES, checkTrees } = await import('../app/check.js');
  if (v['sarif-category'] !== undefined && format !== 'sarif') throw new UsageError(['check --sarif-category goes with --format sarif.']);
  if (v['sarif-category'] === '') throw new UsageError(['check --sarif-category needs a value, e.g. create-api-endpoint/services/orders.']);
  // A changed file stands for the root module that holds it (what pre-commit and a pull request give).
  const dirs = await rootsOf(parsed.positionals.length ? parsed.positionals : ['.']);
  if (v['list-folders']) return void io.stdout.write(dirs.map((d) => `${d}\n`).join('')), EXIT.ok;
  // A preset's requirements become rules too, its rule settings applied, disabled rules said:
  // --preset for every folder; without it, each folder generated with a preset is checked
  // against the one its manifest records.
  let rules = CHECK_RULES;
  const rulesByDir = new Map<string, Rule[]>();
  const disabledNotes: string[] = [];
  const recordedIn: { dir: string; preset: string; manifest: string }[] = [];
  const found = v.preset || v['no-preset'] || v['list-rules'] ? [] : await recordedPresets(dirs);
  if (v.preset || found.length) {
    const [{ loadPreset, loadRecordedPreset }, { policyRules }, { applySettings }] = await Promise.all([import('../app/preset-file.js'), import('../app/generate.js'), import('../rules/preset-rules.js')]);
    const withPreset = (preset: Awaited<ReturnType<typeof loadPreset>>): Rule[] => {
      const applied = applySettings([...CHECK_RULES, ...policyRules(preset)], preset.policy.checks);
      for (const d of applied.disabled) {
        const note = `${d.rule} disabled by preset ${d.preset}: ${d.reason}`;
        if (!disabledNotes.includes(note)) disabledNotes.push(note);
      }
      return applied.rules;
    };
    if (v.preset) rules = withPreset(await loadPreset(v.preset, { from: process.cwd(), flag: 'check --preset' }));
    const loaded = new Map<string, Rule[]>();
    for (const { dir, record } of found) {
      const manifest = join(dir, '.create-api-endpoint.json');
      const key = `${record.name}\0${record.source ?? ''}`;
      if (!loaded.has(key)) loaded.set(key, withPreset(await loadRecordedPreset(dir, record, `check: the preset recorded in ${manifest}:`)));
      rulesByDir.set(dir, loaded.get(key)!);
      recordedIn.push({ dir, preset: record.name, manifest });
    }
  }
  if (v['list-rules']) {
    if (format === 'json') io.stdout.write(JSON.stringify(rules.map(({ id, title, severity, seed, explanation }) => ({ id, title, severity, seed, explanation })), null, 2) + '\n');
    else io.stdout.write(rules.map((r) => `${r.id}  ${r.severity.padEnd(7)}  ${r.title}\n        ${r.explanation}\n        From the domain notes: ${r.seed}.\n`).join('\n'));
    return EXIT.ok;
  }
  const { toolsFor } = await import('../hcl/tools-for.js');
  let outcome: Awaited<ReturnType<typeof checkTrees>>;
  try {
    outcome = await checkTrees(dirs, toolsFor({ noCache: !!v['no-cache'] }, io.env), rules, rulesByDir, (line) => io.stderr.write(`${line}\n`));
  } catch (err) {
    // A run that could not check still writes a valid SARIF document saying why (then the error, exit code as usual).
    if (format === 'sarif' && err instanceof UsageError) {
      const { failedRunSarif } = await import('../report/sarif.js');
      io.stdout.write(JSON.stringify(failedRunSarif(err.problems.map(safeText), version), null, 2) + '\n');
    }
    throw err;
  }
  const failing = outcome.findings.filter((f) => SEVERITIES.indexOf(f.severity) >= SEVERITIES.indexOf(threshold));
  const exitCode = failing.length ? EXIT.checksFailed : EXIT.ok;

  if (format === 'sarif') {
    const { toSarif } = await import('../report/sarif.js');
    const every = new Map([...rules, ...[...rulesByDir.values()].flat()].map((r) => [r.id, r]));
    // One run per folder set, with a stable category: code scanning keeps one analysis per category and refuses two uploads that share one.
    const category = v['sarif-category'] ?? `create-api-endpoint/${dirs.join(',')}`;
    io.stdout.write(JSON.stringify(toSarif(outcome, [...every.values()], version, category), null, 2) + '\n');
  } else if (format === 'json') {
    const presets = { ...(v.preset ? { preset: v.preset } : {}), ...(recordedIn.length ? { recordedPresets: recordedIn } : {}), ...(v.preset || recordedIn.length ? { disabled: disabledNotes } : {}) };
    io.stdout.write(JSON.stringify({ exitCode, threshold, ...outcome, ...presets }, null, 2) + '\n');
  } else {
    const said = recordedIn.map((r) => `Checked ${r.dir} against preset ${r.preset}, recorded in ${r.manifest} (--preset checks every folder against one).`);
    io.stdout.write([...said, ...disabledNotes].map((n) => `${n}\n`).join('') + humanCheck(outcome, threshold, exitCode));
  }
  return exitCode;
}

function humanCheck(o: Awaited<ReturnType<typeof import('../app/check.js').checkTrees>>, threshold: Severity, exitCode: number): string {
  const out: string[] = [];
  const byFile = new Map<string, typeof o.findings>();
  for (const f of [...o.findings].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  for (const [file, findings] of byFile) {
    out.push(file);
    for (const f of findings) {
      out.push(`  ${String(f.line ?? '').padStart(4)}  ${f.severity.padEnd(7)}  ${f.message}`);
      out.push(`        fix:`);
      for (const line of f.fix.split('\n')) out.push(`          ${line}`);
    }
    out.push('');
  }
  for (const s of o.suppressed) out.push(`suppressed ${s.rule} at ${s.file}:${s.line} (${s.address}): ${s.reason}`);
  for (const m of o.notAnalysed) out.push(`not analysed: module "${m.module}" (${m.source}) in ${m.file}`);
  if (o.suppressed.length || o.notAnalysed.length) out.push('');
  const count = (sev: Severity) => o.findings.filter((f) => f.severity === sev).length;
  out.push(
    `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'note')} in ${byFile.size} of ${o.filesRead.length} files; ${o.rulesRun.length} rules, ${plural(o.skipped.length, 'evaluation')} skipped (not static), ${o.suppressed.length} suppressed; ${o.durationMs} ms.`,
  );
  out.push(exitCode ? `Failed: findings at or above "${threshold}" (--severity).` : `Passed (threshold: ${threshold}).`);
  return out.join('\n') + '\n';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The folders to check: a folder as given; a file (a changed .tf, an OpenAPI document) stands
 * for the nearest folder above it that create-api-endpoint generated (it holds a
 * .create-api-endpoint.json), else its own folder. A folder inside a generated folder also
 * given is left out: checking that root reads the modules it calls.
 */
async function rootsOf(paths: string[]): Promise<string[]> {
  const { stat } = await import('node:fs/promises');
  const { existsSync } = await import('node:fs');
  const { dirname, relative, resolve, isAbsolute, sep } = await import('node:path');
  const out: string[] = [];
  for (const p of paths) {
    const st = await stat(p).catch(() => undefined);
    if (!st?.isFile()) {
      out.push(p);
      continue;
    }
    let dir = dirname(p);
    const top = resolve('/');
    for (let d = resolve(dir); ; d = dirname(d)) {
      if (existsSync(join(d, '.create-api-endpoint.json'))) {
        dir = isAbsolute(p) ? d : relative(process.cwd(), d) || '.';
        break;
      }
      if (d === top || existsSync(join(d, '.git'))) break;
    }
    out.push(dir);
  }
  const unique = [...new Set(out)];
  const inside = (a: string, b: string) => a !== b && resolve(a).startsWith(resolve(b) + sep);
  return unique.filter((d) => !unique.some((o) => inside(d, o) && existsSync(join(o, '.create-api-endpoint.json'))));
}

/** The presets the folders' manifests record (folders without one, or with an unreadable manifest, are left out). */
async function recordedPresets(dirs: string[]): Promise<{ dir: string; record: { name: string; source?: string } }[]> {
  const { loadManifest } = await import('../app/manifest-file.js');
  const found: { dir: string; record: { name: string; source?: string } }[] = [];
  for (const dir of dirs) {
    // An unreadable manifest is update's business; check reads any tree.
    const at = await loadManifest(dir).catch(() => undefined);
    const record = at?.read.version === 2 ? at.read.manifest.preset : null;
    if (record) found.push({ dir, record });
  }
  return found;
}
