/**
 * argv → question values and run options. The question flags come from the catalog; the
 * run options are declared here once and also feed --help.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { QUESTIONS } from '../catalog/questions.js';
import { UsageError } from '../core/errors.js';
import { didYouMean } from '../core/closest.js';
import type { RunFlags } from '../app/options.js';

export interface RunOption {
  flag: string;
  short?: string;
  valueName?: string;
  multiple?: boolean;
  help: string;
}

export const RUN_OPTIONS: RunOption[] = [
  { flag: 'answers', valueName: '<file>', help: 'Read answers from a JSON or YAML file (keys are the flag names); flags override it.' },
  { flag: 'preset', valueName: '<name|file|package>', help: 'Follow a preset: a built-in one (listed below), a YAML/JSON file or folder, or an npm package in the local node_modules (@acme/api-presets/private). Its defaults give way to --from, --answers and flags; its locked answers and allowed values do not (exit 2, with the reason); its requirements are checked on the output before anything is written. See create-api-endpoint schema preset.' },
  { flag: 'list-presets', help: 'List the built-in presets (or, with --preset, that preset and what it extends, locks, allows and requires) and exit.' },
  { flag: 'from', valueName: '<dir>', help: 'Re-generate a folder this tool wrote: its .create-api-endpoint.json gives the answers (an --answers file and flags override them), and --out defaults to that folder (add --force to replace it).' },
  { flag: 'out', valueName: '<dir>', help: 'Folder to write the Terraform into (default ./<name>).' },
  { flag: 'yes', short: 'y', help: 'Take defaults for every unanswered question (and do not start the wizard).' },
  { flag: 'force', help: 'Write into a non-empty --out folder: re-generate the files this tool wrote there and you have not edited, and add new ones. Nothing else is touched (state, tfvars, lock files, .terraform/, .git, your own files); an existing file in the way is refused unless named by --replace.' },
  { flag: 'replace', valueName: '<path>', multiple: true, help: 'With --force: also replace this existing file (a path relative to --out) although this tool did not write it or you edited it since (repeatable). Only the named paths are touched.' },
  { flag: 'replace-api', help: 'With --force: write into a folder whose .create-api-endpoint.json records another API (another name or endpoint type), replacing it. Without it that is refused, because the next terraform apply there would destroy the old API; to change an API\'s answers, use update.' },
  { flag: 'dry-run', help: 'Do everything but write: list the files that would be written.' },
  { flag: 'json', help: 'Print one JSON report on stdout; human text goes to stderr.' },
  { flag: 'interactive', help: 'Ask with the wizard (the default when stdin and stdout are terminals, unless --yes or --json is given).' },
  { flag: 'no-interactive', help: 'Never prompt; missing answers are errors that name their flags.' },
  { flag: 'keep-failed', help: 'Write the files even when a check fails (exit code stays 1).' },
  { flag: 'terraform', valueName: '<path>', help: 'terraform or tofu binary for the validate check (default: found on PATH).' },
  { flag: 'terraform-plugin-dir', valueName: '<dir>', help: 'Providers for terraform validate in Terraform\'s filesystem-mirror layout (registry.terraform.io/hashicorp/aws/<version>/<os_arch>/…): init reads only these, offline (also $CREATE_API_ENDPOINT_TERRAFORM_PLUGIN_DIR). Without it, init downloads the AWS provider once into Terraform\'s plugin cache ($TF_PLUGIN_CACHE_DIR, else the tool\'s cache folder) and reuses it.' },
  { flag: 'require-terraform', help: 'Fail instead of skipping when terraform validate cannot run.' },
  { flag: 'no-terraform', help: 'Do not run terraform validate.' },
  { flag: 'no-cache', help: 'Do not read or write the cache of parse and format results ($XDG_CACHE_HOME/create-api-endpoint, else ~/.cache/create-api-endpoint).' },
  { flag: 'templates', valueName: '<dir>', multiple: true, help: 'Template overlay folder: its .hbs files replace or add to the built-in ones (repeatable).' },
  { flag: 'help', short: 'h', help: 'Show this help.' },
  { flag: 'version', short: 'v', help: 'Print the version.' },
];

export type { RunFlags } from '../app/options.js';

export interface ParsedArgs {
  run: RunFlags;
  /** Folder arguments (update); empty for generate, which takes none. */
  positionals: string[];
  /** Question values by question id, as given (strings and booleans). */
  values: Record<string, unknown>;
}

/**
 * `extra`: options of another command on top of the question flags and run options (update's
 * --check); with `positionals`, folder arguments are allowed.
 */
export function parseCliArgs(argv: string[], command: { positionals?: boolean; extra?: NonNullable<ParseArgsConfig['options']> } = {}): ParsedArgs & { extra: Record<string, unknown> } {
  const options: NonNullable<ParseArgsConfig['options']> = { ...command.extra };
  for (const q of QUESTIONS) {
    if (q.kind === 'boolean') {
      options[q.flag] = { type: 'boolean' };
      options[`no-${q.flag}`] = { type: 'boolean' };
    } else options[q.flag] = { type: 'string', multiple: q.kind === 'list' };
  }
  for (const o of RUN_OPTIONS) {
    options[o.flag] = { type: o.valueName ? 'string' : 'boolean', ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  }

  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: !!command.positionals });
  } catch (err) {
    throw new UsageError([explain((err as Error).message, Object.keys(options))]);
  }
  const v = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const q of QUESTIONS) {
    if (q.kind === 'boolean') {
      if (v[q.flag] && v[`no-${q.flag}`]) problems.push(`--${q.flag} and --no-${q.flag} contradict each other; give one.`);
      else if (v[q.flag]) values[q.id] = true;
      else if (v[`no-${q.flag}`]) values[q.id] = false;
    } else if (v[q.flag] !== undefined) {
      const raw = v[q.flag];
      values[q.id] = Array.isArray(raw) ? raw.join(',') : raw;
    }
  }
  if (v.interactive && v['no-interactive']) problems.push('--interactive and --no-interactive contradict each other; give one.');
  if (problems.length) throw new UsageError(problems);

  const run: RunFlags = {
    preset: v.preset as string | undefined,
    answers: v.answers as string | undefined,
    from: v.from as string | undefined,
    // Re-generation writes back where the manifest came from unless told otherwise.
    out: (v.out ?? v.from) as string | undefined,
    yes: !!v.yes,
    force: !!v.force,
    dryRun: !!v['dry-run'],
    json: !!v.json,
    interactive: v.interactive ? true : v['no-interactive'] ? false : undefined,
    keepFailed: !!v['keep-failed'],
    replace: (v.replace as string[] | undefined) ?? [],
    replaceApi: !!v['replace-api'],
    terraform: v.terraform as string | undefined,
    terraformPluginDir: v['terraform-plugin-dir'] as string | undefined,
    requireTerraform: !!v['require-terraform'],
    noTerraform: !!v['no-terraform'],
    noCache: !!v['no-cache'],
    templates: (v.templates as string[] | undefined) ?? [],
    help: !!v.help,
    version: !!v.version,
    listPresets: !!v['list-presets'],
  };
  if (run.requireTerraform && run.noTerraform) throw new UsageError(['--require-terraform and --no-terraform contradict each other; give one.']);
  for (const [flag, value] of [['answers', run.answers], ['preset', run.preset], ['from', run.from], ['out', v.out], ['terraform', run.terraform], ['terraform-plugin-dir', run.terraformPluginDir], ...run.templates.map((t) => ['templates', t]), ...run.replace.map((r) => ['replace', r])] as [string, unknown][])
    if (value === '') throw new UsageError([`--${flag} needs a non-empty value; an empty path would mean the current folder, which is never implied. Give the path (e.g. --${flag} ./${flag === 'out' ? 'my-api' : '…'}).`]);
  if (run.replaceApi && !run.force) throw new UsageError(['--replace-api works with --force only: --force writes into a non-empty folder, --replace-api allows that folder to hold another API.']);
  if (run.replace.length && !run.force) throw new UsageError(['--replace works with --force only: --force writes into a non-empty folder, --replace names the existing files it may replace.']);
  if (run.interactive && run.yes) throw new UsageError(['--yes takes defaults instead of asking and --interactive asks: drop one of them.']);
  if (run.interactive && run.json) throw new UsageError(['--json is for pipelines and the wizard prints no report; drop --interactive, or drop --json.']);
  const extra = Object.fromEntries(Object.keys(command.extra ?? {}).map((k) => [k, v[k]]));
  return { run, values, positionals: parsed.positionals, extra };
}

/** Rewrite node:util's parse errors into ours: what was wrong and how to fix it. */
function explain(message: string, known: string[]): string {
  const unknown = /Unknown option '(-{1,2})([^']+)'/.exec(message);
  if (unknown) return `Unknown option ${unknown[1]}${unknown[2]}.${didYouMean(unknown[2]!, known).replace(/"([^"]+)"/, '"--$1"')} Run with --help for the list.`;
  const missing = /Option '(?:-\w, )?--([^ ]+) <value>' argument missing/.exec(message);
  if (missing) return `--${missing[1]} needs a value. Run with --help for its format.`;
  const positional = /Unexpected argument '([^']+)'/.exec(message);
  if (positional) return `Unexpected argument "${positional[1]}": every input is a flag (e.g. --name ${positional[1]}). Run with --help.`;
  const boolValue = /Option '(?:-\w, )?--([^ ]+)' does not take an argument/.exec(message);
  if (boolValue) {
    const name = boolValue[1]!;
    const negated = name.startsWith('no-') ? name.slice(3) : `no-${name}`;
    return known.includes(negated)
      ? `--${name} is a switch and takes no value; use --${name} or --${negated}.`
      : `--${name} is a switch and takes no value; give --${name} alone, or leave it out.`;
  }
  return message;
}
