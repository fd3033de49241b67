/**
 * The check use case: read any Terraform tree (a root folder, the local modules it calls,
 * variable defaults, terraform.tfvars and *.auto.tfvars), parse each file on its own (the
 * text is not known to be canonical, so no merged parse), and run the rules that apply to
 * any tree. Returns the outcome; the command prints it.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, normalize, relative, resolve } from 'node:path';
import { UsageError, errnoText } from '../core/errors.js';
import { isHcl, ToolStartError, type HclTools } from '../hcl/tools.js';
import { syntaxFindings } from '../checks/check-parse.js';
import { splitParsedExactly } from '../checks/split-parsed.js';
import { bodies, dirOf, knownValues, treeOf, type Json } from '../analysis/tree.js';
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
export async function checkTrees(dirs: string[], tools: HclTools, rules: Rule[] = CHECK_RULES, rulesByDir: ReadonlyMap<string, Rule[]> = new Map()): Promise<CheckOutcome> {
  const started = performance.now();
  const run = new Set(rules.map((r) => r.id));
  for (const dir of dirs) for (const r of rulesByDir.get(dir) ?? []) run.add(r.id);
  const all: CheckOutcome = { findings: [], suppressed: [], skipped: [], rulesRun: [...run], filesRead: [], notAnalysed: [], durationMs: 0 };
  for (const dir of dirs) {
    const one = await checkTree(dir, tools, rulesByDir.get(dir) ?? rules);
    all.findings.push(...one.findings);
    all.suppressed.push(...one.suppressed);
    all.skipped.push(...one.skipped);
    all.filesRead.push(...one.filesRead);
    all.notAnalysed.push(...one.notAnalysed);
  }
  all.durationMs = Math.round(performance.now() - started);
  return all;
}

async function checkTree(root: string, tools: HclTools, rules: Rule[]): Promise<Omit<CheckOutcome, 'durationMs'>> {
  const s = await stat(root).catch((err: NodeJS.ErrnoException) => {
    throw new UsageError([`check ${root}: ${err.code === 'ENOENT' ? 'no such folder' : `cannot read it (${errnoText(err)})`}.`]);
  });
  if (!s.isDirectory()) throw new UsageError([`check ${root}: not a folder. Give the folder of a Terraform root module (check reads its .tf files and the local modules it calls).`]);

  const texts = new Map<string, string>(); // relative to root
  const parsed = new Map<string, Json>();
  const notAnalysed: CheckOutcome['notAnalysed'] = [];
  const problems: string[] = [];
  const moduleArgs = new Map<string, { args: Json; from: string }>(); // folder → the arguments its caller passes, and the caller's folder
  const queue: string[] = [''];
  const seen = new Set<string>();
  while (queue.length) {
    const dir = queue.shift()!;
    if (seen.has(dir)) continue;
    seen.add(dir);
    const entries = await readdir(join(root, dir), { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
      throw new UsageError([`check: cannot read ${join(root, dir)} (${errnoText(err)}).`]);
    });
    // .json files too: a policy written as file("${path.module}/policy.json") is read from them.
    const relevant = entries.filter((e) => e.name.endsWith('.tf') || e.name.endsWith('.json') || (dir === '' && (e.name === 'terraform.tfvars' || e.name.endsWith('.auto.tfvars'))));
    // A FIFO or a device named *.tf would block the read: regular files (or links to them) only.
    for (const e of relevant) if (!e.isFile() && !e.isSymbolicLink()) problems.push(`${join(root, dir, e.name)}: not a regular file.`);
    const wanted = relevant.filter((e) => e.isFile() || e.isSymbolicLink()).map((e) => e.name).sort();
    if (dir === '' && !wanted.some((n) => n.endsWith('.tf')))
      throw new UsageError([`check ${root}: no .tf files there. Give the folder of a Terraform root module (the one you run terraform plan in).`]);
    const folder = new Map<string, string>();
    for (const name of wanted) {
      const rel = dir ? `${dir}/${name}` : name;
      try {
        folder.set(rel, await readFile(join(root, rel), 'utf8'));
      } catch (err) {
        problems.push(`${join(root, rel)}: cannot read it (${errnoText(err)}).`);
      }
    }
    for (const [rel, text] of folder) texts.set(rel, text);
    // One parse for the folder's .tf files when the split back into files is certain (every
    // declaration found at the start of a line); otherwise, and for a syntax error's line,
    // each file on its own.
    const tf = new Map([...folder].filter(([rel]) => rel.endsWith('.tf')));
    // .tf.json configuration is not read (hcl2json reads HCL); a plain .json file is data.
    let together: Map<string, Json> | undefined;
    if (tf.size > 1) {
      try {
        together = splitParsedExactly((await tools.parse([...tf.keys()][0]!, [...tf.values()].join('\n'))) as Json, tf);
      } catch (err) {
        if (err instanceof ToolStartError) throw err;
      }
    }
    for (const [rel, text] of folder) {
      if (!isHcl(rel)) continue;
      const part = together?.get(rel);
      if (part) {
        parsed.set(rel, part);
        continue;
      }
      try {
        parsed.set(rel, (await tools.parse(rel, text)) as Json);
      } catch (err) {
        if (err instanceof ToolStartError) throw err;
        for (const f of syntaxFindings(rel, (err as Error).message)) problems.push(`${join(root, f.file)}${f.line ? `:${f.line}` : ''}: ${f.message}`);
      }
    }
    // Follow local module calls; list the others as not analysed.
    for (const [rel, doc] of parsed) {
      if (!rel.endsWith('.tf') || dirOf(rel) !== dir) continue;
      for (const [name, list] of Object.entries((doc.module ?? {}) as Json)) {
        const call = bodies(list)[0];
        const source = String(call?.source ?? '');
        if (/^\.\.?\//.test(source)) {
          // A local module, even outside the folder given (an example calling ../../): read it too.
          const target = normalize(join(dir, source)).replace(/\/$/, '');
          moduleArgs.set(target === '.' ? '' : target, { args: call!, from: dir });
          queue.push(target === '.' ? '' : target);
        } else notAnalysed.push({ module: name, source, file: join(root, rel) });
      }
    }
  }
  if (problems.length) throw new UsageError([...problems, 'check reads every .tf file of the tree: fix these (or check a folder without them) and run again.']);

  const tree = treeOf(texts, parsed, knownValues(parsed, moduleArgs));
  const outcome = runRules(rules, tree);
  const shown = (f: string) => relative(process.cwd(), resolve(root, f)) || f;
  return {
    ...outcome,
    findings: outcome.findings.map((f) => ({ ...f, file: shown(f.file) })),
    suppressed: outcome.suppressed.map((f) => ({ ...f, file: shown(f.file) })),
    skipped: outcome.skipped.map((f) => ({ ...f, file: shown(f.file) })),
    filesRead: [...texts.keys()].map(shown),
    notAnalysed,
  };
}
