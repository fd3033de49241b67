/**
 * The check use case: read any Terraform tree (a root folder, the local modules it calls,
 * variable defaults, terraform.tfvars and *.auto.tfvars, JSON syntax too; analysis/read-tree.ts)
 * and run the rules that apply to any tree. Returns the outcome; the command prints it.
 */
import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { UsageError, errnoText } from '../core/errors.js';
import type { HclTools } from '../hcl/tools.js';
import { treeOf } from '../analysis/tree.js';
import { readTree, TreeProblems } from '../analysis/read-tree.js';
import { RULES } from '../rules/rules.js';
import { runRules, type RulesOutcome } from '../rules/run-rules.js';
import type { Rule } from '../rules/model.js';

/** Rules `check` runs: those that hold for any tree. */
export const CHECK_RULES: Rule[] = RULES.filter((r) => r.scope === 'any');

export interface CheckOutcome extends RulesOutcome {
  /** Files read, relative to the working folder. */
  filesRead: string[];
  /** Module calls not followed (registry, git, …), with where they are. */
  notAnalysed: { module: string; source: string; file: string }[];
  durationMs: number;
}

/** Reads and checks each root folder (with its own rules where rulesByDir has them); findings name files as `<dir>/<path>`. */
export async function checkTrees(dirs: string[], tools: HclTools, rules: Rule[] = CHECK_RULES, rulesByDir: ReadonlyMap<string, Rule[]> = new Map(), progress?: (line: string) => void): Promise<CheckOutcome> {
  const started = performance.now();
  const run = new Set(rules.map((r) => r.id));
  for (const dir of dirs) for (const r of rulesByDir.get(dir) ?? []) run.add(r.id);
  const all: CheckOutcome = { findings: [], suppressed: [], skipped: [], rulesRun: [...run], filesRead: [], notAnalysed: [], durationMs: 0 };
  for (const dir of dirs) {
    const one = await checkTree(dir, tools, rulesByDir.get(dir) ?? rules, progress);
    all.findings.push(...one.findings);
    all.suppressed.push(...one.suppressed);
    all.skipped.push(...one.skipped);
    all.filesRead.push(...one.filesRead);
    all.notAnalysed.push(...one.notAnalysed);
  }
  all.durationMs = Math.round(performance.now() - started);
  return all;
}

/** A slow read says how far it is: after the first second, then each second. */
const PROGRESS_EVERY_MS = 1000;

async function checkTree(root: string, tools: HclTools, rules: Rule[], progress?: (line: string) => void): Promise<Omit<CheckOutcome, 'durationMs'>> {
  const s = await stat(root).catch((err: NodeJS.ErrnoException) => {
    throw new UsageError([`check ${root}: ${err.code === 'ENOENT' ? 'no such folder' : `cannot read it (${errnoText(err)})`}.`]);
  });
  if (!s.isDirectory()) throw new UsageError([`check ${root}: not a folder. Give the folder of a Terraform root module (check reads its .tf files and the local modules it calls).`]);
  let read;
  try {
    const began = performance.now();
    let said = began;
    read = await readTree(root, tools, (n, bytes) => {
      const now = performance.now();
      if (!progress || now - said < PROGRESS_EVERY_MS) return;
      said = now;
      progress(`check: ${root}: ${n} files read (${(bytes / 1e6).toFixed(1)} MB) in ${((now - began) / 1000).toFixed(0)} s…`);
    });
  } catch (err) {
    if (err instanceof TreeProblems) throw new UsageError(err.problems.length === 1 && err.problems[0]!.startsWith('check ') ? err.problems : [...err.problems, 'check reads every .tf file of the tree: fix these (or check a folder without them) and run again.']);
    throw err;
  }
  const tree = treeOf({ files: read.files, parsed: read.parsed, lines: read.lines, readFile: read.readFile });
  const outcome = runRules(rules, tree);
  const shown = (f: string) => relative(process.cwd(), resolve(root, f)) || f;
  return {
    ...outcome,
    findings: outcome.findings.map((f) => ({ ...f, file: shown(f.file) })),
    suppressed: outcome.suppressed.map((f) => ({ ...f, file: shown(f.file) })),
    skipped: outcome.skipped.map((f) => ({ ...f, file: shown(f.file) })),
    filesRead: [...read.files.keys()].map(shown),
    notAnalysed: read.notAnalysed.map(({ module, source, file }) => ({ module, source, file })),
  };
}
