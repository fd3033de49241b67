/**
 * The sub-commands: name, one line for the command list, usage, options for their help, and
 * how to load each (lazily: the default command, generate, loads nothing else).
 */
import type { Io } from '../app/options.js';

export interface CommandOption {
  usage: string;
  help: string;
}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string[];
  /** A paragraph under the usage in `help <command>`. */
  about: string;
  options: CommandOption[];
  /** Every exit code the command returns, with what it means there. */
  exitCodes: [number, string][];
  load: () => Promise<(argv: string[], io: Io, version: string) => Promise<number>>;
}

/** Exit codes every command shares. */
const COMMON_EXITS: [number, string][] = [
  [2, 'bad input: an unknown option, an invalid value, a file that cannot be read (named, with the fix)'],
  [4, 'internal error (please report it), or an install that cannot start its tools'],
  [130, 'interrupted (SIGINT); 143 terminated (SIGTERM)'],
];

/** Options every command takes, declared once. */
export const SHARED_OPTIONS: CommandOption[] = [
  { usage: '-h, --help', help: 'Show this help.' },
  { usage: '-v, --version', help: 'Print the version.' },
];

/**
 * The parser's options of a command, read from its documented options (their usage), so the
 * parser, did-you-mean and the help cannot disagree: `--json` is a switch, `--format <…>` takes
 * a value, `--a, --b` declares both; `-h, --help` is every command's. `--<answer flag>` stands
 * for the question flags, which the caller adds.
 */
export function parseOptions(spec: CommandSpec): Record<string, { type: 'boolean' | 'string'; short?: string }> {
  const out: Record<string, { type: 'boolean' | 'string'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const o of spec.options)
    for (const part of o.usage.split(/,\s*/)) {
      const m = /^--([a-z][a-z-]*)(\s+<[^>]+>)?$/.exec(part.trim());
      if (m) out[m[1]!] = { type: m[2] ? 'string' : 'boolean' };
    }
  return out;
}

export const COMMANDS: CommandSpec[] = [
  {
    name: 'generate',
    summary: 'Ask, recommend an endpoint type, write checked Terraform (the default command).',
    usage: ['create-api-endpoint [generate] [options]'],
    about: 'See create-api-endpoint --help for its questions and options.',
    options: [],
    exitCodes: [
      [0, 'done (or, with --dry-run, everything checked)'],
      [1, 'a check failed; nothing was written (unless --keep-failed)'],
      [2, 'bad input: unknown flag, invalid or missing value, contradicting answers'],
      [3, 'refused to write: a non-empty folder without --force, a file in the way, another API in the folder without --replace-api, a forbidden or locked folder, an untrustworthy rollback journal, or a folder that cannot be written (nothing was changed)'],
      [4, 'internal error, or an install that cannot start its tools'],
      [130, 'interrupted (SIGINT); 143 terminated (SIGTERM): files put back'],
    ],
    load: async () => (await import('./generate.js')).generateCommand,
  },
  {
    name: 'check',
    summary: 'Find API Gateway endpoint misconfigurations in any Terraform tree, before apply.',
    usage: ['create-api-endpoint check [dir|file ...] [--preset <name|file|package> | --no-preset] [--json | --format sarif [--sarif-category <id>]] [--severity error|warning|info]', 'create-api-endpoint check --list-rules', 'create-api-endpoint check --list-folders [file ...]'],
    about:
      'Reads each folder as a root module (default .; a file given stands for the generated folder that holds it, else its own folder): its .tf files, the local modules it calls (source = "./…" or "../…"), variable defaults, terraform.tfvars and *.auto.tfvars. Remote modules are listed as not analysed; what cannot be evaluated statically is skipped (counted), never a false error. A finding is suppressed by `# create-api-endpoint:ignore <RULE-ID> <reason>` on or above its block (the reason is required).',
    options: [
      { usage: '--json', help: 'One JSON document: findings, rules run, skipped evaluations, suppressions, files read, timing.' },
      { usage: '--format <human|json|sarif>', help: 'Output format; sarif is SARIF 2.1.0 for code-scanning UIs (default human).' },
      { usage: '--severity <error|warning|info>', help: 'The lowest severity that fails the run (default error).' },
      { usage: '--preset <name|file|package>', help: 'Also enforce an organisation preset: its requirements (tags, name pattern, domain suffix, WAF, log retention, KMS for logs, private DNS, the shared execute-api endpoint, allowed ways to authenticate, API keys, mutual TLS) and allowed endpoint types as rules CAE201–CAE212, its rule settings (severity changes, disabled rules with their reason) applied. Without it, each folder generated with a preset is checked against the one its .create-api-endpoint.json records (said first).' },
      { usage: '--no-preset', help: 'Check with the plain rules only, ignoring the presets the folders record (e.g. where a recorded preset package is not installed).' },
      { usage: '--sarif-category <id>', help: 'The SARIF run\'s automationDetails.id (code scanning\'s category): one per folder, so uploads for several folders are not refused as duplicates (default create-api-endpoint/<folders>).' },
      { usage: '--list-rules', help: 'Every rule: ID, severity, what it detects, the section of the domain notes it comes from.' },
      { usage: '--list-folders', help: 'Print the folders the paths given stand for, one per line, and check nothing: a file stands for the nearest generated folder above it (one with a .create-api-endpoint.json), else its own folder (what a CI job passes from git diff --name-only).' },
      { usage: '--no-cache', help: 'Do not read or write the parse cache.' },
    ],
    exitCodes: [
      [0, 'no finding at or above --severity (default error)'],
      [1, 'a finding at or above --severity'],
      [2, 'bad input: no .tf files, HCL that does not parse (file and line), an unreadable or oversized file, a recorded preset that cannot be found'],
      ...COMMON_EXITS.slice(1),
    ],
    load: async () => (await import('./check.js')).checkCommand,
  },
  {
    name: 'update',
    summary: 'Re-render a generated folder with this version and merge the owner\'s edits; --check says whether an update is pending.',
    usage: ['create-api-endpoint update [dir ...] [answer flags] [--conflict-style inline|rej] [--dry-run] [--json]', 'create-api-endpoint update --check [dir ...] [--json]', 'create-api-endpoint update --all [path ...] [--summary <file.md>] [--detailed-exitcode] [--conflict-style rej] [--json]'],
    about:
      'Reads the folder\'s .create-api-endpoint.json (default .), renders its answers (plus any answer flags given now, e.g. --no-waf) with this version — the preset and template overlays it records re-read from their source — checks the render, and merges it into each file the tool owns: base = what was generated last time, yours = the file on disk, theirs = the new render. Unedited files are replaced; your edits are kept where the render did not change those lines; both changing the same lines writes conflict markers (exit 5). Files you deleted stay deleted; files no longer generated are removed unless you edited them; renamed resources get moved {} blocks. Files the tool does not own are never touched. With --json each folder has a status: current, pending, updated, conflicts, checks-failed, cancelled or error.',
    options: [
      { usage: '--check', help: 'Write nothing; exit 1 when an update would change anything, saying why (tool version, templates, preset, answers). Takes several folders.' },
      { usage: '--all', help: 'Every generated folder (one with a .create-api-endpoint.json) under the paths given (default .), each with its own recorded answers; .git, .terraform and node_modules are skipped. One JSON document with a result per folder under --json.' },
      { usage: '--summary <file.md>', help: 'Also write a Markdown summary of the run (a table of folders and statuses, then the files changed, the conflicts and notes per folder), for a pull request.' },
      { usage: '--detailed-exitcode', help: 'Exit 0 only when nothing was to do; 6 when folders were updated without conflicts; 5 with conflicts (as always).' },
      { usage: '--conflict-style <inline|rej>', help: 'How lines both you and the new render changed are written. inline (default): conflict markers in the file. rej: the file keeps your side (it still parses, so terraform fmt and validate in CI keep working) with every other change merged, and <file>.rej beside it holds the render\'s side as a unified diff (patch -p0 -r - < <file>.rej in the folder applies it; --binary for Windows line endings); the conflict stays open until you delete the .rej. A .rej of your own where one would go: that file is marked inline instead.' },
      { usage: '--interactive, --no-interactive', help: 'Show the plan and ask before writing (the default at a terminal, unless --json); --no-interactive writes without asking.' },
      { usage: '--dry-run', help: 'Write nothing; print the merge outcome per file and a unified diff of what would change.' },
      { usage: '--json', help: 'One JSON document: per file unchanged / updated / merged / conflict / kept / added / removed / kept-edited / deleted-by-owner, the checks, the reasons.' },
      { usage: '--<answer flag>', help: 'Any question flag of generate, validated the same way, overrides the recorded answer.' },
      { usage: '--preset <name|file>, --templates <dir>', help: 'Use another preset or overlay than the manifest records.' },
      { usage: '--no-terraform, --terraform <path>, --require-terraform, --no-cache', help: 'As for generate.' },
    ],
    exitCodes: [
      [0, 'written, or already current (--check: every folder is current)'],
      [1, 'a check failed on the new render, nothing written (--check: an update is pending in a folder; --check renders without checks)'],
      [2, 'bad input (a flag, an unreadable or corrupt manifest, a preset that cannot be found)'],
      [3, 'refused: no manifest, a file of yours in the way, an untrustworthy rollback journal, a folder that cannot be written'],
      [5, 'written with conflicts in the files it lists (markers in them, or with --conflict-style rej a .rej beside each)'],
      [6, 'with --detailed-exitcode: written, without conflicts (0 then means nothing was to do)'],
      ...COMMON_EXITS.slice(1),
    ],
    load: async () => (await import('./update.js')).updateCommand,
  },
  {
    name: 'backstage',
    summary: 'Write a Backstage Software Template whose form is these questions, narrowed by a preset.',
    usage: ['create-api-endpoint backstage template [--preset <name|file|package>] [--owner <entity>] > template.yaml'],
    about:
      'A scaffolder.backstage.io/v1beta3 Template: each question a field (its prompt as the title, its help as the description, its type, choices and pattern), a preset\'s locked answers shown fixed with their reason, its allowed lists as the only choices, its required tags as fields with their patterns. Its step runs the scaffolder action create-api-endpoint:generate, which the package exports for the scaffolder backend (create-api-endpoint/backstage: createApiEndpointAction) and which calls the programmatic API in-process, no shell; it supports dry runs and outputs the endpoint type, the reasons, the warnings and the files written. Regenerate the template when the tool or the preset changes.',
    options: [
      { usage: '--preset <name|file|package>', help: 'Narrow the form by this preset (locks, allowed lists, required tags) and pass it to the action.' },
      { usage: '--owner <entity>', help: 'The template entity\'s spec.owner (default platform-team).' },
    ],
    exitCodes: [[0, 'printed'], ...COMMON_EXITS.slice(0, 2)],
    load: async () => (await import('./backstage.js')).backstageCommand,
  },
  {
    name: 'schema',
    summary: 'Print the JSON Schema of answers files, presets or the manifest.',
    usage: ['create-api-endpoint schema answers|preset|manifest'],
    about: 'Derived from the question catalog (answers, preset) and from the manifest writer (manifest). Point an editor at it with `# yaml-language-server: $schema=<file>` in a YAML answers file.',
    options: [],
    exitCodes: [[0, 'printed'], ...COMMON_EXITS.slice(0, 2)],
    load: async () => (await import('./schema.js')).schemaCommand,
  },
  {
    name: 'help',
    summary: 'Show the help of a command.',
    usage: ['create-api-endpoint help [command]'],
    about: 'Without a command, the help of generate (the default), which lists the commands too.',
    options: [],
    exitCodes: [[0, 'printed'], [2, 'an unknown command']],
    load: async () => (await import('./help-command.js')).helpCommand,
  },
];

export const commandByName = new Map(COMMANDS.map((c) => [c.name, c]));
