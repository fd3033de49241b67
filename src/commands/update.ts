/**
 * `create-api-endpoint update [dir ...]`: re-render generated folders with this version and
 * merge the owner's edits; `--check` only says whether an update is pending (exit 1), for a
 * fleet's nightly CI; `--dry-run` shows the diff and the merge outcome per file.
 */
import { createTwoFilesPatch } from 'diff';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT, UsageError } from '../core/errors.js';
import type { Source } from '../catalog/resolve-answers.js';
import { loadPreset, loadRecordedPreset, type LoadedPreset } from '../app/preset-file.js';
import type { Io } from '../app/options.js';
import { parseCliArgs, RUN_OPTIONS } from './args.js';
import { commandHelp } from './help.js';
import { commandByName, parseOptions } from './registry.js';
import { pathsFrom, recordedValues } from './read-answers-file.js';
import { legacyAnswers } from '../catalog/legacy-answers.js';
import { safeText } from '../core/safe-text.js';
import type { ConflictStyle } from '../app/merge.js';

export async function updateCommand(argv: string[], io: Io, version: string): Promise<number> {
  // update's own options are the ones its help documents (the run options and question flags come with parseCliArgs).
  const shared = new Set(['help', ...RUN_OPTIONS.map((o) => o.flag), ...RUN_OPTIONS.map((o) => `no-${o.flag}`)]);
  const own = Object.fromEntries(Object.entries(parseOptions(commandByName.get('update')!)).filter(([k]) => !shared.has(k) && !k.startsWith('no-')));
  const { run: flags, values, positionals, extra } = parseCliArgs(argv, { positionals: true, extra: own });
  if (flags.help) return void io.stdout.write(commandHelp(commandByName.get('update')!, version)), EXIT.ok;
  for (const [flag, given] of [['out', flags.out], ['from', flags.from], ['answers', flags.answers], ['yes', flags.yes || undefined], ['force', flags.force || undefined], ['replace', flags.replace.length || undefined], ['replace-api', flags.replaceApi || undefined], ['keep-failed', flags.keepFailed || undefined]] as const)
    if (given) throw new UsageError([`update does not take --${flag}: it writes back into the folder it updates, merging instead of replacing. Give answer flags (e.g. --no-waf) to change answers.`]);
  const check = extra.check === true;
  const detailed = extra['detailed-exitcode'] === true;
  const summary = extra.summary as string | undefined;
  const style = extra['conflict-style'];
  if (style !== undefined && style !== 'inline' && style !== 'rej') throw new UsageError([`update --conflict-style ${safeText(String(style))}: not a conflict style; give inline (markers in the file, the default) or rej (your side kept in the file, the render's in <file>.rej).`]);
  const conflictStyle = (style ?? 'inline') as ConflictStyle;
  if (summary === '') throw new UsageError(['update --summary needs a file to write the Markdown summary to (e.g. --summary update-summary.md).']);
  // Refused before any folder is touched, and checked again just before writing.
  if (summary) await summaryTarget(summary);
  const given = positionals.length ? positionals : ['.'];
  for (const d of given) if (d === '') throw new UsageError(['update: an empty folder name; give the folder of a generated root module (e.g. update infra/api).']);
  // --all: every generated folder (one with a manifest) under the paths given, for a bot that updates a monorepo.
  const dirs = extra.all === true ? await findGenerated(given) : given;
  if (extra.all === true && !dirs.length) throw new UsageError([`update --all: no folder with a .create-api-endpoint.json under ${given.join(', ')}.`]);
  if (dirs.length > 1 && !check && flags.interactive) throw new UsageError(['update --interactive asks about one folder at a time; give one folder, or drop --interactive to update several.']);
  if (dirs.length > 1 && !check && Object.keys(values).length) throw new UsageError(['update: answer flags change one folder\'s answers; give one folder with them (several folders are updated with their own recorded answers).']);

  const { readManifestAt, planUpdate, applyUpdate, conflictAdvice } = await import('../app/update.js');
  const reports: object[] = [];
  const checkOnly = check ? { renders: new Map() } : undefined;
  let exitCode: number = EXIT.ok;
  async function updateOne(dir: string): Promise<'interrupted' | void> {
    const at = await readManifestAt(dir);
    const recorded = at.read.version === 2 ? (at.read.manifest.answers as unknown as Record<string, unknown>) : at.read.answers;
    const legacy = legacyAnswers(recorded);
    const byFlag = pathsFrom({ ...legacy.values, ...recordedValues(recorded) }, dir);
    const sources: Source[] = [];
    // The preset and overlays the manifest records, re-read from their source (flags given now win).
    let preset: LoadedPreset | undefined;
    const recordedPreset = at.read.version === 2 ? at.read.manifest.preset : null;
    if (flags.preset) preset = await loadPreset(flags.preset, { from: process.cwd() });
    else if (recordedPreset) preset = await loadRecordedPreset(dir, recordedPreset, `the preset recorded in ${join(dir, '.create-api-endpoint.json')}:`);
    if (preset) sources.push({ kind: 'preset', label: preset.label, values: preset.policy.defaults });
    sources.push({ kind: 'recorded', label: join(dir, '.create-api-endpoint.json'), values: byFlag, yieldsToLocks: true });
    sources.push({ kind: 'flags', label: 'flags', values });
    if (flags.interactive && !io.stdin.isTTY) throw new UsageError(['update --interactive needs a terminal on stdin to ask before writing; drop it (a pipeline writes without asking).']);
    const templates = flags.templates.length ? flags.templates : at.read.version === 2 ? at.read.manifest.templates.map((t) => t.name) : [];
    const runFlags = { ...flags, templates };
    let plan = await planUpdate({ at, sources, preset, flags: runFlags, env: io.env, version, answersChanged: Object.keys(values).length > 0, checkOnly, notes: legacy.notes, conflictStyle });
    const failed = plan.checks.some((c) => c.status === 'fail');
    const files = plan.files.map((f) => ({ path: f.path, status: f.status, ...(f.detail ? { detail: f.detail } : {}) }));
    const checks = plan.checks.map((c) => ({ name: c.name, status: c.status, durationMs: c.durationMs, ...(c.reason ? { reason: c.reason } : {}), findings: c.findings }));

    if (check) {
      const code = failed ? EXIT.checksFailed : plan.changes ? EXIT.checksFailed : EXIT.ok;
      exitCode = Math.max(exitCode, code);
      reports.push({ dir, status: plan.changes ? 'pending' : 'current', current: !plan.changes, reasons: plan.reasons, files, checks, exitCode: code });
      if (!flags.json) io.stdout.write(plan.changes ? `${dir}: update pending — ${plan.reasons.join('; ')}\n` : `${dir}: current\n`);
      return;
    }
    if (failed) {
      exitCode = EXIT.checksFailed;
      reports.push({ dir, status: 'checks-failed', written: false, files, checks, exitCode: EXIT.checksFailed });
      if (!flags.json) io.stdout.write(humanPlan(dir, plan, false) + 'Nothing was written: a check failed on the new render.\n' + failures(plan.checks));
      return;
    }
    if (flags.dryRun) {
      reports.push({ dir, status: plan.changes ? 'pending' : 'current', written: false, dryRun: true, files, checks, reasons: plan.reasons, notes: plan.notes, exitCode: EXIT.ok });
      if (!flags.json) io.stdout.write(humanPlan(dir, plan, true) + diffs(dir, plan.files));
      return;
    }
    // At a terminal, show the plan and ask before writing (default: no); a pipeline just writes.
    const ask = flags.interactive ?? (dirs.length === 1 && !!io.stdin.isTTY && !!io.stdout.isTTY && !flags.json);
    let cancelled = false;
    // A person may change answers in the wizard's screens ("e"), then sees the new plan.
    while (ask && plan.changes) {
      io.stdout.write(humanPlan(dir, plan, true));
      const answer = await confirm(io, `Write this update into ${dir}? [y/N, or e to change answers] `);
      if (answer === 'yes') break;
      if (answer === 'edit') {
        const { collectAnswers } = await import('../wizard/run-wizard.js');
        const answers = await collectAnswers({ sources, io, version, dir, preset });
        // Ctrl-C in the wizard: the same as anywhere else, exit 130 and nothing written.
        if (answers === 'interrupted') return 'interrupted';
        plan = await planUpdate({ at, sources: [...sources, { kind: 'flags', label: 'wizard', values: answers as unknown as Record<string, unknown> }], preset, flags: runFlags, env: io.env, version, answersChanged: true, conflictStyle });
        if (!plan.changes) io.stdout.write(`${dir} is current with these answers.\n`);
        continue;
      }
      cancelled = true;
      break;
    }
    if (cancelled) {
      io.stdout.write('Nothing was written.\n');
      reports.push({ dir, status: 'cancelled', written: false, files, checks, exitCode: EXIT.ok });
      return;
    }
    if (plan.checks.some((c) => c.status === 'fail')) {
      exitCode = EXIT.checksFailed;
      reports.push({ dir, status: 'checks-failed', written: false, files, checks, exitCode: EXIT.checksFailed });
      io.stdout.write('Nothing was written: a check failed on the new render.\n' + failures(plan.checks));
      return;
    }
    const done = { files: plan.files.map((f) => ({ path: f.path, status: f.status, ...(f.detail ? { detail: f.detail } : {}) })), checks: plan.checks.map((c) => ({ name: c.name, status: c.status, durationMs: c.durationMs, ...(c.reason ? { reason: c.reason } : {}), findings: c.findings })) };
    const result = await applyUpdate(plan, at, runFlags, version);
    const code = result.conflicts.length ? EXIT.conflicts : EXIT.ok;
    exitCode = Math.max(exitCode, code);
    reports.push({ dir, status: result.conflicts.length ? 'conflicts' : plan.changes ? 'updated' : 'current', written: true, ...done, reasons: plan.reasons, notes: [...plan.notes, ...result.notes], conflicts: result.conflicts, ...(result.rejects.length ? { rejects: result.rejects } : {}), ...(result.conflicts.length ? { advice: conflictAdvice(plan.files) } : {}), exitCode: code });
    if (!flags.json) {
      io.stdout.write(humanPlan(dir, plan, false));
      io.stdout.write(
        !result.conflicts.length
          ? 'Updated; nothing else in the folder was touched.\n'
          : `Wrote the update with conflicts (exit ${EXIT.conflicts}):\n${conflictAdvice(plan.files).map((l) => `  ${l}\n`).join('')}`,
      );
    }
  }

  // Each folder is reported on its own: one that cannot be read does not lose the others' results.
  for (const dir of dirs) {
    try {
      if ((await updateOne(dir)) === 'interrupted') return EXIT.interrupted;
    } catch (err) {
      if (dirs.length === 1 || typeof (err as { exitCode?: unknown }).exitCode !== 'number') throw err;
      const code = (err as { exitCode: number }).exitCode;
      exitCode = Math.max(exitCode, code);
      const message = (err instanceof UsageError ? err.problems : [(err as Error).message]).map(safeText).join('\n');
      reports.push({ dir, status: 'error', error: { kind: code === EXIT.usage ? 'input' : code === EXIT.refusedOverwrite ? 'refused' : 'tool', message }, exitCode: code });
      if (!flags.json) io.stdout.write(`${dir}: error: ${message}\n`);
    }
  }
  // --detailed-exitcode: "nothing to do" (0), "updated" (6) and "conflicts" (5) tell a bot what to do next.
  if (detailed && exitCode === EXIT.ok && reports.some((r) => (r as { status?: string }).status === 'updated')) exitCode = EXIT.updated;
  if (summary) await writeSummary(summary, markdownSummary(reports as FolderReport[], version, check));
  if (flags.json) io.stdout.write(JSON.stringify(dirs.length === 1 && !check && extra.all !== true ? reports[0] : { exitCode, folders: reports }, null, 2) + '\n');
  return exitCode;
}

interface FolderReport {
  dir: string;
  status: string;
  reasons?: string[];
  conflicts?: string[];
  rejects?: string[];
  /** One sentence per kind of conflict, naming the files. */
  advice?: string[];
  files?: { path: string; status: string }[];
  notes?: string[];
  error?: { message: string };
}

/** The run in Markdown, for a bot's pull request: a table of folders, then what changed where. */
export function markdownSummary(reports: FolderReport[], version: string, check: boolean): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
  const count = (st: string) => reports.filter((r) => r.status === st).length;
  const out = [`## create-api-endpoint ${check ? 'update --check' : 'update'} ${version}`, ''];
  const totals = ['updated', 'conflicts', 'pending', 'current', 'checks-failed', 'error'].filter((st) => count(st)).map((st) => `${count(st)} ${st}`);
  out.push(`${reports.length} folder${reports.length === 1 ? '' : 's'}: ${totals.join(', ') || 'nothing to report'}.`, '');
  out.push('| Folder | Status | Why |', '|---|---|---|');
  for (const r of reports) out.push(`| \`${cell(r.dir)}\` | ${r.status} | ${cell(r.error?.message ?? (r.reasons ?? []).join('; '))} |`);
  for (const r of reports) {
    const changed = (r.files ?? []).filter((f) => f.status !== 'unchanged');
    if (!changed.length && !r.conflicts?.length && !r.notes?.length) continue;
    out.push('', `### \`${cell(r.dir)}\``);
    if (r.conflicts?.length) out.push('', `**Conflicts** in ${r.conflicts.map((c) => `\`${cell(c)}\``).join(', ')}: resolve them before merging.`, ...(r.advice ?? []).map((a) => `- ${cell(a)}`));
    if (changed.length) out.push('', ...changed.map((f) => `- ${f.status}: \`${cell(f.path)}\``));
    if (r.notes?.length) out.push('', ...r.notes.map((n) => `> ${cell(n)}`));
  }
  return out.join('\n') + '\n';
}

/**
 * The Markdown summary, written only where it cannot hurt: a new file, or one an earlier run
 * wrote; never a link, a state, lock or variables file, or a file inside .git or .terraform.
 */
async function summaryTarget(path: string): Promise<void> {
  const { lstat, readFile } = await import('node:fs/promises');
  const { basename, resolve, sep } = await import('node:path');
  const { STATE_LOCK_OR_VARIABLES } = await import('../manifest/manifest.js');
  const refuse = (why: string) => new UsageError([`update --summary ${path}: ${why}; nothing was written there. Give a new file, e.g. --summary update-summary.md.`]);
  if (STATE_LOCK_OR_VARIABLES.test(basename(path)) || resolve(path).split(sep).some((s) => s === '.git' || s === '.terraform')) throw refuse('a state, lock or variables file, or a path inside .git or .terraform');
  const st = await lstat(path).catch(() => undefined);
  if (st?.isSymbolicLink()) throw refuse('a symbolic link');
  if (st && !st.isFile()) throw refuse('not a file');
  if (st && !(await readFile(path, 'utf8')).startsWith('## create-api-endpoint update')) throw refuse('an existing file this tool did not write');
}

async function writeSummary(path: string, text: string): Promise<void> {
  const { writeFile } = await import('node:fs/promises');
  await summaryTarget(path);
  try {
    await writeFile(path, text);
  } catch (err) {
    throw new UsageError([`update --summary ${path}: cannot write it (${(err as Error).message}).`]);
  }
}

/** Every folder under the paths that holds a manifest; .git, .terraform, node_modules and links are not followed. */
async function findGenerated(paths: string[]): Promise<string[]> {
  const { readdir, lstat } = await import('node:fs/promises');
  const found: string[] = [];
  const visit = async (dir: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => undefined);
    if (!entries) return;
    if (entries.some((e) => e.name === '.create-api-endpoint.json' && e.isFile())) found.push(dir);
    if (depth >= 12) return;
    for (const e of entries) if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') await visit(join(dir, e.name), depth + 1);
  };
  for (const p of paths) {
    const st = await lstat(p).catch(() => undefined);
    if (!st?.isDirectory()) throw new UsageError([`update --all ${p}: ${st ? 'not a folder' : 'no such folder'}.`]);
    await visit(p, 0);
  }
  return [...new Set(found)].sort();
}

/** A question on the terminal: y/yes, e/edit, anything else (or the end of input) is no. */
async function confirm(io: Io, question: string): Promise<'yes' | 'no' | 'edit'> {
  const { createInterface } = await import('node:readline/promises');
  // After the wizard (Ink unrefs and pauses stdin when it closes), listen again.
  io.stdin.ref?.();
  io.stdin.resume();
  const rl = createInterface({ input: io.stdin, output: io.stdout });
  try {
    const answer = await Promise.race([rl.question(question), new Promise<string>((resolve) => rl.once('close', () => resolve('')))]);
    return /^y(es)?$/i.test(answer.trim()) ? 'yes' : /^e(dit)?$/i.test(answer.trim()) ? 'edit' : 'no';
  } finally {
    rl.close();
  }
}

function humanPlan(dir: string, plan: Awaited<ReturnType<typeof import('../app/update.js').planUpdate>>, dryRun: boolean): string {
  const out = [`${dryRun ? 'Update (dry run) of' : 'Update of'} ${dir}: ${plan.changes ? plan.reasons.join('; ') : 'already current'}`];
  for (const f of plan.files) if (f.status !== 'unchanged') out.push(`  ${f.status.padEnd(17)} ${f.path}${f.detail ? `  — ${f.detail}` : ''}`);
  const unchanged = plan.files.filter((f) => f.status === 'unchanged').length;
  if (unchanged) out.push(`  ${'unchanged'.padEnd(17)} ${unchanged} file${unchanged === 1 ? '' : 's'}`);
  for (const n of plan.notes) out.push(`  note: ${n}`);
  out.push(`Checks on the new render: ${plan.checks.map((c) => `${c.name} ${c.status}`).join(', ')}`);
  return out.join('\n') + '\n';
}

function failures(checks: { name: string; status: string; findings: { file: string; line?: number; message: string }[] }[]): string {
  return checks.filter((c) => c.status === 'fail').flatMap((c) => c.findings.map((f) => `  ${c.name}: ${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}\n`)).join('');
}

/** Unified diffs of what would change on disk. */
function diffs(dir: string, files: { path: string; status: string; text?: string }[]): string {
  let out = '';
  for (const f of files) {
    if (!['updated', 'merged', 'conflict', 'added', 'removed'].includes(f.status)) continue;
    const full = join(dir, f.path);
    const before = existsSync(full) ? readFileSync(full, 'utf8') : '';
    const after = f.status === 'removed' ? '' : (f.text ?? '');
    out += createTwoFilesPatch(`a/${f.path}`, `b/${f.path}`, before, after, undefined, undefined, { context: 3 });
  }
  return out;
}
