/** A command whose issue has not landed yet: it says so and exits 2, never pretending to work. */
import { EXIT, UsageError } from '../core/errors.js';
import type { Io } from '../app/options.js';
import { commandHelp } from './help.js';
import { commandByName } from './registry.js';

export function coming(name: string) {
  return async (argv: string[], io: Io, version: string): Promise<number> => {
    if (argv.includes('--help') || argv.includes('-h')) return void io.stdout.write(commandHelp(commandByName.get(name)!, version)), EXIT.ok;
    throw new UsageError([`create-api-endpoint ${name} is not available in ${version} yet. ${commandByName.get(name)!.about}`]);
  };
}
