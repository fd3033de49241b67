/**
 * Where presets come from, and reading a chain of them: a built-in name, a file or folder, or
 * an npm package in the local node_modules (`@acme/api-presets/private`: no network at run
 * time — platform teams publish presets as a package and pin its version in each API
 * repository). `extends` is followed relative to the file that says it; a cycle is an error.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { UsageError } from '../core/errors.js';
import { didYouMean } from '../core/closest.js';
import { packageRoot } from '../core/package-root.js';
import { mergePolicy, parsePreset, type Policy, type PresetDoc } from '../catalog/preset.js';
import { RULES } from '../rules/rules.js';
import { PRESET_RULE_IDS } from '../rules/preset-rules.js';
import { loadTemplates, overlayRecords } from '../render/templates-dir.js';
import type { SourceRecord } from '../manifest/manifest.js';
import type { Governance } from '../plan/plan.js';
import { readDataFile } from './read-data-file.js';

export const presetsDir = () => join(packageRoot(), 'templates', 'presets');
const FILE_NAMES = ['preset.yaml', 'preset.yml', 'preset.json'];
const EXTENSIONS = ['', '.yaml', '.yml', '.json'];

/** The built-in presets: name and description (its `description`, else the comment that opens the file). */
export function builtInPresets(): { name: string; summary: string; file: string }[] {
  return readdirSync(presetsDir())
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const file = join(presetsDir(), f);
      const text = readFileSync(file, 'utf8');
      const described = /^description:[ \t]*[>|]-?[ \t]*\n((?:[ \t]+.*(?:\n|$))+)/m.exec(text)?.[1] ?? /^description:[ \t]*(\S.*)$/m.exec(text)?.[1];
      const summary = described
        ? described.split('\n').map((l) => l.trim()).filter(Boolean).join(' ').replace(/^["']|["']$/g, '')
        : text.split('\n').filter((l) => l.startsWith('#') && !l.includes('yaml-language-server')).map((l) => l.replace(/^#\s?/, '')).join(' ');
      return { name: f.replace(/\.yaml$/, ''), summary, file };
    });
}

interface Located {
  file: string;
  /** built-in, file, or package (with its version). */
  kind: 'built-in' | 'file' | 'package';
  packageVersion?: string;
}

const isPathLike = (spec: string) => /^(\.{1,2}([\\/]|$)|[\\/]|~)/.test(spec) || /\.(ya?ml|json)$/i.test(spec) || isAbsolute(spec);

/** Resolve a preset spec from a folder (the working folder, or the folder of the file that extends). */
export function locatePreset(spec: string, from: string, flag: string): Located {
  const builtIns = builtInPresets().map((p) => p.name);
  if (builtIns.includes(spec)) return { file: join(presetsDir(), `${spec}.yaml`), kind: 'built-in' };
  if (isPathLike(spec) || existsSync(resolve(from, spec))) {
    const path = resolve(from, spec.startsWith('~/') ? join(homedir(), spec.slice(2)) : spec);
    const s = statSync(path, { throwIfNoEntry: false });
    if (s?.isDirectory()) {
      const inside = FILE_NAMES.map((n) => join(path, n)).find((f) => existsSync(f));
      if (!inside) throw new UsageError([`${flag} ${spec}: the folder ${path} has no ${FILE_NAMES.join(', ')}.`]);
      return { file: inside, kind: 'file' };
    }
    if (!s) throw new UsageError([`${flag} ${spec}: no such file (${path}).${didYouMean(spec, builtIns)} Built-in presets: ${builtIns.join(', ')}.`]);
    return { file: path, kind: 'file' };
  }
  // An npm package, maybe with a path inside it: @scope/name[/sub] or name[/sub].
  const m = /^((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*)(?:\/(.+))?$/i.exec(spec);
  if (!m) throw new UsageError([`${flag} ${spec}: not a built-in preset, a file or a package name.${didYouMean(spec, builtIns)} Built-in presets: ${builtIns.join(', ')}.`]);
  const [, pkg, sub] = m;
  const looked: string[] = [];
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const root = join(dir, 'node_modules', pkg!);
    looked.push(root);
    if (existsSync(join(root, 'package.json'))) {
      let version: string | undefined;
      try {
        version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string }).version;
      } catch {
        version = undefined;
      }
      const candidates = sub ? [...EXTENSIONS.map((e) => join(root, `${sub}${e}`)), ...EXTENSIONS.slice(1).map((e) => join(root, 'presets', `${sub}${e}`)), ...FILE_NAMES.map((n) => join(root, sub, n))] : FILE_NAMES.map((n) => join(root, n));
      const file = candidates.find((f) => statSync(f, { throwIfNoEntry: false })?.isFile());
      if (!file) throw new UsageError([`${flag} ${spec}: the package ${pkg}${version ? `@${version}` : ''} (${root}) has no preset ${sub ?? ''}; looked for ${candidates.map((c) => relative(root, c)).join(', ')}.`]);
      return { file, kind: 'package', packageVersion: version };
    }
    if (dirname(dir) === dir) break;
  }
  throw new UsageError([
    `${flag} ${spec}: no such preset.${didYouMean(spec, builtIns)} It is not a built-in preset (${builtIns.join(', ')}), not a file, and no package ${pkg} is installed; looked in ${looked.slice(0, 4).join(', ')}${looked.length > 4 ? ', …' : ''}.`,
    `Fix: give a path (./presets/team.yaml), or install the package that holds it (npm install --save-dev ${pkg}).`,
  ]);
}

/** A run under a preset: the preset (if any) and, when its allowed types overrode the recommendation, why. */
export interface Governed {
  preset?: LoadedPreset;
  typeNote?: string;
}

export interface LoadedPreset {
  policy: Policy;
  /** For the manifest: as given, where it was found (relative to `recordFrom`), version, hash of the chain and its overlays. */
  record: SourceRecord;
  /** Overlay folders the chain names (the base's first). */
  overlays: string[];
  /** The last preset's name, for messages. */
  label: string;
}

const RULE_IDS = [...RULES.map((r) => r.id), ...PRESET_RULE_IDS];

/**
 * Read a preset and everything it extends. `from`: the folder a relative spec is read from;
 * `recordFrom`: the folder the manifest lives in (a file preset is recorded relative to it).
 */
export async function loadPreset(spec: string, opts: { from: string; recordFrom?: string; flag?: string }): Promise<LoadedPreset> {
  const flag = opts.flag ?? '--preset';
  const chain: PresetDoc[] = [];
  const texts: string[] = [];
  const seen: string[] = [];
  let located = locatePreset(spec, opts.from, flag);
  const top = located;
  let given = spec;
  for (;;) {
    if (seen.includes(located.file)) throw new UsageError([`${flag} ${spec}: extends makes a cycle: ${[...seen, located.file].map((f) => relative(opts.from, f) || f).join(' → ')}. Remove one of the extends.`]);
    seen.push(located.file);
    if (seen.length > 16) throw new UsageError([`${flag} ${spec}: extends is more than 16 presets deep.`]);
    const { value, text } = await readDataFile(located.file, flag, 'a preset');
    const shown = located.kind === 'built-in' ? `built-in ${given}.yaml` : relative(process.cwd(), located.file) || located.file;
    const { doc, problems } = parsePreset(value, shown, text, given, RULE_IDS);
    if (!doc) throw new UsageError(problems);
    if (located.kind === 'package' && !doc.version && located.packageVersion) doc.version = located.packageVersion;
    if (doc.templates) {
      const dir = resolve(dirname(located.file), doc.templates);
      if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError([`${shown}: templates: ${doc.templates} is not a folder (${dir}); it is read relative to the preset file.`]);
      try {
        loadTemplates([dir]);
      } catch (err) {
        if (!(err instanceof UsageError)) throw err;
        throw new UsageError(err.problems.map((p) => `${shown}: templates: ${p.replace(/^--templates /, '')}`));
      }
      doc.templates = dir;
    }
    chain.unshift(doc);
    texts.unshift(text);
    if (!doc.extends) break;
    given = doc.extends;
    located = locatePreset(doc.extends, dirname(located.file), `${shown}: extends`);
  }
  const { policy, problems } = mergePolicy(chain);
  if (problems.length) throw new UsageError(problems);
  const overlays = chain.flatMap((d) => (d.templates ? [d.templates] : []));
  const hash = createHash('sha256');
  for (const t of texts) hash.update(`${t}\0`);
  for (const o of overlayRecords(overlays)) hash.update(`${o.sha256}\0`);
  const last = chain[chain.length - 1]!;
  const source =
    top.kind === 'file' ? (opts.recordFrom ? relative(opts.recordFrom, top.file) || top.file : top.file) : top.kind === 'package' ? `npm:${spec}${top.packageVersion ? `@${top.packageVersion}` : ''}` : `built-in:${spec}`;
  return {
    policy,
    record: { name: spec, sha256: hash.digest('hex'), source, ...(last.version ? { version: last.version } : {}) },
    overlays,
    label: `preset ${last.name}`,
  };
}

/** What a loaded preset changes in the output (none without one); `typeNote` from the answers' resolution. */
export function governanceOf(preset: LoadedPreset | undefined, typeNote?: string): Governance {
  if (!preset) return typeNote ? { typeNote } : {};
  const { policy, record } = preset;
  const last = policy.chain[policy.chain.length - 1]!;
  const why = (r: { preset: string; reason?: string }) => `preset ${r.preset}${r.reason ? `: ${r.reason}` : ''}`;
  const retention = policy.require.filter((r) => r.kind === 'log-retention-days').sort((a, b) => b.days - a.days)[0];
  const kms = policy.require.find((r) => r.kind === 'log-kms');
  return {
    preset: { name: last.name, spec: record.name, version: record.version, description: last.description, docs: last.docs },
    ...(retention ? { minLogRetention: { days: retention.days, why: why(retention) } } : {}),
    ...(kms ? { logKms: { why: why(kms) } } : {}),
    ...(typeNote ? { typeNote } : {}),
  };
}

/**
 * The preset a folder's manifest records, re-read from its source: a file preset is recorded
 * relative to the folder (so a repository can move), a package is found from the folder (its
 * repository's node_modules), a built-in by name.
 */
export async function loadRecordedPreset(dir: string, record: { name: string; source?: string }, flag: string): Promise<LoadedPreset> {
  const source = record.source;
  const asFile = source && !/^(built-in|npm):/.test(source) ? (isAbsolute(source) ? source : resolve(dir, source)) : undefined;
  const preset = await loadPreset(asFile && existsSync(asFile) ? asFile : record.name, { from: asFile ? process.cwd() : resolve(dir), flag });
  preset.record.name = record.name;
  return preset;
}
