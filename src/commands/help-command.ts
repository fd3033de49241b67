/** `create-api-endpoint help [command]`. */
import { EXIT, UsageError } from '../core/errors.js';
import { didYouMean } from '../core/closest.js';
import type { Io } from '../app/options.js';
import { commandHelp, helpText } from './help.js';
import { COMMANDS, commandByName } from './registry.js';

export async function helpCommand(argv: string[], io: Io, version: string): Promise<number> {
  if (argv[0] === '--help' || argv[0] === '-h') return void io.stdout.write(commandHelp(commandByName.get('help')!, version)), EXIT.ok;
  const [name, ...extra] = argv;
  if (extra.length) throw new UsageError([`help takes one command name; got ${argv.join(' ')}.`]);
  if (name === undefined || name === 'generate') return void io.stdout.write(helpText(version)), EXIT.ok;
  const spec = commandByName.get(name);
  if (!spec) throw new UsageError([`help ${name}: no such command.${didYouMean(name, COMMANDS.map((c) => c.name))} Commands: ${COMMANDS.map((c) => c.name).join(', ')}.`]);
  io.stdout.write(commandHelp(spec, version));
  return EXIT.ok;
}
