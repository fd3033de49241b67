/** `create-api-endpoint schema answers|preset|manifest`: a JSON Schema on stdout. */
import { EXIT, UsageError } from '../core/errors.js';
import { didYouMean } from '../core/closest.js';
import type { Io } from '../app/options.js';
import { answersSchema } from '../catalog/answers-schema.js';
import { presetSchema } from '../catalog/preset-schema.js';
import { manifestSchema } from '../manifest/manifest-schema.js';
import { commandHelp } from './help.js';
import { commandByName } from './registry.js';

const SCHEMAS: Record<string, () => object> = {
  answers: () => answersSchema('answers'),
  preset: presetSchema,
  manifest: manifestSchema,
};

export async function schemaCommand(argv: string[], io: Io, version: string): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) return void io.stdout.write(commandHelp(commandByName.get('schema')!, version)), EXIT.ok;
  const names = Object.keys(SCHEMAS);
  const unknownFlag = argv.find((a) => a.startsWith('-'));
  if (unknownFlag) throw new UsageError([`schema: unknown option ${unknownFlag}. Usage: create-api-endpoint schema ${names.join('|')}`]);
  if (argv.length !== 1) throw new UsageError([`schema takes one name: ${names.join(', ')} (e.g. create-api-endpoint schema answers > answers.schema.json).`]);
  const make = SCHEMAS[argv[0]!];
  if (!make) throw new UsageError([`schema ${argv[0]}: no such schema.${didYouMean(argv[0]!, names)} Choose one of ${names.join(', ')}.`]);
  io.stdout.write(JSON.stringify(make(), null, 2) + '\n');
  return EXIT.ok;
}
