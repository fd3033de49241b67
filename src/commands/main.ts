/**
 * The dispatcher: `create-api-endpoint [command] [options]`, generate when no command is
 * named (so `npx create-api-endpoint --yes …` keeps working). It maps every error to its exit
 * code and message — and, under --json, to one JSON document on stdout. Only the entry file
 * calls process.exit.
 */
import { EXIT, UsageError } from '../core/errors.js';
import { didYouMean } from '../core/closest.js';
import { toolVersion } from '../core/package-root.js';
import { ToolStartError } from '../hcl/tools.js';
import type { Io } from '../app/options.js';
import { safeText } from '../core/safe-text.js';
import { COMMANDS, commandByName } from './registry.js';
import { generateCommand } from './generate.js';

export type { Io } from '../app/options.js';

export async function main(argv: string[], io: Io): Promise<number> {
  const json = argv.includes('--json');
  try {
    const version = toolVersion();
    const [first, ...rest] = argv;
    if (first === undefined || first.startsWith('-')) return await generateCommand(argv, io, version);
    const spec = commandByName.get(first);
    if (!spec) {
      const names = COMMANDS.map((c) => c.name);
      throw new UsageError([
        `Unknown command "${safeText(first)}".${didYouMean(first, names)} Commands: ${names.join(', ')}; with no command, create-api-endpoint generates (every input is a flag, e.g. --name ${safeText(first)}).`,
      ]);
    }
    if (rest.includes('--version') || rest.includes('-v')) return void io.stdout.write(`${version}\n`), EXIT.ok;
    return await (await spec.load())(rest, io, version);
  } catch (err) {
    const known = err instanceof UsageError || err instanceof ToolStartError || typeof (err as { exitCode?: unknown }).exitCode === 'number';
    if (!known) {
      io.stderr.write(`internal error: ${(err as Error).stack ?? String(err)}\nPlease report this with the command you ran.\n`);
      if (json) io.stdout.write(JSON.stringify({ exitCode: EXIT.internal, error: { kind: 'internal', message: (err as Error).message ?? String(err) } }, null, 2) + '\n');
      return EXIT.internal;
    }
    const code = (err as { exitCode: number }).exitCode;
    const lines = (err instanceof UsageError ? err.problems : [(err as Error).message]).map(safeText);
    io.stderr.write(lines.map((l) => `error: ${l}`).join('\n') + '\n');
    // Every message names its fix (an unknown flag points to --help itself): no generic footer.
    if (json) {
      const kind = code === EXIT.usage ? 'input' : code === EXIT.refusedOverwrite ? 'refused' : 'tool';
      io.stdout.write(JSON.stringify({ exitCode: code, error: { kind, message: lines.join('\n'), problems: lines } }, null, 2) + '\n');
    }
    return code;
  }
}
