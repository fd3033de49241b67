/** The pinned AWS provider schema (src/schema/aws-provider-schema.json, made by scripts/extract-provider-schema.mjs). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/package-root.js';

export interface BlockSchema {
  /** argument → 1 required, 0 optional */
  args: Record<string, 0 | 1>;
  blocks?: Record<string, BlockSchema & { req?: 1 }>;
  /** Recursive schema left unchecked below this level. */
  open?: 1;
}

export interface TypeSchema extends BlockSchema {
  /** Every name that may follow `type.name.` in a reference. */
  attrs: string[];
}

export interface ProviderSchema {
  source: string;
  providerVersion: string;
  resources: Record<string, TypeSchema>;
  dataSources: Record<string, TypeSchema>;
}

let cached: ProviderSchema | undefined;

export function providerSchema(): ProviderSchema {
  return (cached ??= JSON.parse(readFileSync(join(packageRoot(), 'src', 'schema', 'aws-provider-schema.json'), 'utf8')) as ProviderSchema);
}
