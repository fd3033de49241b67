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
    summary: "Find API Gateway endpoint misconfigurations in a Terraform tree (coming: exits 2 until it lands).",
    usage: ['create-api-endpoint check [dir ...]'],
    about: 'Not available in this version: it exits 2 and says so. The checks generate runs on its own output are listed under "Checks" in the README.',
    options: [],
    load: async () => (await import('./coming.js')).coming('check'),
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
