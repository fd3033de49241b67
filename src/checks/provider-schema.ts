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

/** Types are stored as JSON strings and decoded on first use (see the extractor). */
function lazyTypes(raw: Record<string, string>): Record<string, TypeSchema> {
  const decoded = new Map<string, TypeSchema>();
  return new Proxy({} as Record<string, TypeSchema>, {
    get: (_, key) => {
      if (typeof key !== 'string' || !Object.hasOwn(raw, key)) return undefined;
      let t = decoded.get(key);
      if (!t) decoded.set(key, (t = JSON.parse(raw[key]!) as TypeSchema));
      return t;
    },
    has: (_, key) => typeof key === 'string' && Object.hasOwn(raw, key),
    ownKeys: () => Object.keys(raw),
    getOwnPropertyDescriptor: (_, key) => (typeof key === 'string' && Object.hasOwn(raw, key) ? { enumerable: true, configurable: true } : undefined),
  });
}

export function providerSchema(): ProviderSchema {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(join(packageRoot(), 'src', 'schema', 'aws-provider-schema.json'), 'utf8'));
  return (cached = { ...file, resources: lazyTypes(file.resources), dataSources: lazyTypes(file.dataSources) });
}
