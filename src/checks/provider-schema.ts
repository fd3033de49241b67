/** The pinned AWS provider schema (src/schema/aws-provider-schema.txt, made by scripts/extract-provider-schema.mjs). */
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

type Spans = Map<string, [start: number, end: number]>;

/** Types are decoded from their line on first use (see the extractor for the format). */
function lazyTypes(text: string, spans: Spans): Record<string, TypeSchema> {
  const decoded = new Map<string, TypeSchema>();
  return new Proxy({} as Record<string, TypeSchema>, {
    get: (_, key) => {
      const span = typeof key === 'string' ? spans.get(key) : undefined;
      if (!span) return undefined;
      let t = decoded.get(key as string);
      if (!t) decoded.set(key as string, (t = JSON.parse(text.slice(span[0], span[1])) as TypeSchema));
      return t;
    },
    has: (_, key) => typeof key === 'string' && spans.has(key),
    ownKeys: () => [...spans.keys()],
    getOwnPropertyDescriptor: (_, key) => (typeof key === 'string' && spans.has(key) ? { enumerable: true, configurable: true } : undefined),
  });
}

export function providerSchema(): ProviderSchema {
  if (cached) return cached;
  const text = readFileSync(join(packageRoot(), 'src', 'schema', 'aws-provider-schema.txt'), 'utf8');
  const headerEnd = text.indexOf('\n');
  const header = JSON.parse(text.slice(0, headerEnd)) as Pick<ProviderSchema, 'source' | 'providerVersion'>;
  // One scan for line breaks: `resource|data <type> <JSON>` per line.
  const spans: Record<string, Spans> = { resource: new Map(), data: new Map() };
  for (let pos = headerEnd + 1; pos < text.length; ) {
    const kindEnd = text.indexOf(' ', pos);
    const typeEnd = text.indexOf(' ', kindEnd + 1);
    const lineEnd = text.indexOf('\n', typeEnd);
    const end = lineEnd < 0 ? text.length : lineEnd;
    spans[text.slice(pos, kindEnd)]?.set(text.slice(kindEnd + 1, typeEnd), [typeEnd + 1, end]);
    pos = end + 1;
  }
  return (cached = { ...header, resources: lazyTypes(text, spans.resource!), dataSources: lazyTypes(text, spans.data!) });
}
