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
  load: () => Promise<(argv: string[], io: Io, version: string) => Promise<number>>;
}

/** Options every command takes, declared once. */
export const SHARED_OPTIONS: CommandOption[] = [
  { usage: '-h, --help', help: 'Show this help.' },
  { usage: '-v, --version', help: 'Print the version.' },
];

export const COMMANDS: CommandSpec[] = [
  {
    name: 'generate',
    summary: 'Ask, recommend an endpoint type, write checked Terraform (the default command).',
    usage: ['create-api-endpoint [generate] [options]'],
    about: 'See create-api-endpoint --help for its questions and options.',
    options: [],
    load: async () => (await import('./generate.js')).generateCommand,
  },
  {
    name: 'check',
    summary: 'Find API Gateway endpoint misconfigurations in any Terraform tree, before apply.',
    usage: ['create-api-endpoint check [dir ...] [--json | --format sarif] [--severity error|warning|info]', 'create-api-endpoint check --list-rules'],
    about:
      'Reads each folder as a root module (default .): its .tf files, the local modules it calls (source = "./…"), variable defaults, terraform.tfvars and *.auto.tfvars. Remote modules are listed as not analysed; what cannot be evaluated statically is skipped (counted), never a false error. A finding is suppressed by `# create-api-endpoint:ignore <RULE-ID> <reason>` on or above its block (the reason is required). Exit 1 when a finding is at or above --severity (default error), 0 otherwise, 2 for bad input (no .tf files, unparsable HCL with its file and line, unreadable files).',
    options: [
      { usage: '--json', help: 'One JSON document: findings, rules run, skipped evaluations, suppressions, files read, timing.' },
      { usage: '--format <human|json|sarif>', help: 'Output format; sarif is SARIF 2.1.0 for code-scanning UIs (default human).' },
      { usage: '--severity <error|warning|info>', help: 'The lowest severity that fails the run (default error).' },
      { usage: '--list-rules', help: 'Every rule: ID, severity, what it detects, the section of the domain notes it comes from.' },
      { usage: '--no-cache', help: 'Do not read or write the parse cache.' },
    ],
    load: async () => (await import('./check.js')).checkCommand,
  },
  {
    name: 'update',
    summary: 'Re-render a generated folder with this version and merge the owner\'s edits (coming: exits 2 until it lands).',
    usage: ['create-api-endpoint update [dir]'],
    about: 'Not available in this version: it exits 2 and says so. Until then, `create-api-endpoint --from <dir> --force` re-generates the files the tool owns and refuses to replace any you edited.',
    options: [],
    load: async () => (await import('./coming.js')).coming('update'),
  },
  {
    name: 'schema',
    summary: 'Print the JSON Schema of answers files, presets or the manifest.',
    usage: ['create-api-endpoint schema answers|preset|manifest'],
    about: 'Derived from the question catalog (answers, preset) and from the manifest writer (manifest). Point an editor at it with `# yaml-language-server: $schema=<file>` in a YAML answers file.',
    options: [],
    load: async () => (await import('./schema.js')).schemaCommand,
  },
  {
    name: 'help',
    summary: 'Show the help of a command.',
    usage: ['create-api-endpoint help [command]'],
    about: 'Without a command, the help of generate (the default), which lists the commands too.',
    options: [],
    load: async () => (await import('./help-command.js')).helpCommand,
  },
];

export const commandByName = new Map(COMMANDS.map((c) => [c.name, c]));
