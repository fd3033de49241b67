#!/usr/bin/env node
// Produces src/schema/aws-provider-schema.txt from the jsii assembly inside the
// prebuilt provider package on npm (@cdktn/provider-aws), which is generated from
// the AWS provider's own schema. Re-run with a newer package version to move the
// pinned provider: `npm run schema:update -- 25.8.0`.
//
// The output keeps only what the offline schema check needs: for every resource and
// data source, its arguments (required or optional), its nested blocks (recursively)
// and the names of its exported attributes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const version = process.argv[2] ?? '25.7.0';
const pkg = `@cdktn/provider-aws@${version}`;
const here = dirname(fileURLToPath(import.meta.url));
const outFile = join(here, '..', 'src', 'schema', 'aws-provider-schema.txt');

const work = mkdtempSync(join(tmpdir(), 'provider-schema-'));
try {
  process.stderr.write(`Fetching ${pkg} (large: ~150 MB assembly)…\n`);
  execFileSync('npm', ['pack', pkg, '--silent'], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
  const tgz = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (!tgz) throw new Error(`npm pack ${pkg} produced no tarball`);
  execFileSync('tar', ['xzf', tgz, 'package/.jsii'], { cwd: work });
  const assembly = JSON.parse(readFileSync(join(work, 'package', '.jsii'), 'utf8'));
  const schema = extract(assembly);
  // One line per type, `resource|data <type> <JSON>`, after a JSON header line: a run finds
  // the lines by scanning for line breaks and parses only the few types it uses (parsing all
  // ~2,400 up front costs ~150 ms; even one JSON document holding them as strings, ~9 ms).
  const lines = [JSON.stringify({ source: schema.source, providerVersion: schema.providerVersion })];
  for (const [kind, types] of [['resource', schema.resources], ['data', schema.dataSources]])
    for (const [type, body] of Object.entries(types)) lines.push(`${kind} ${type} ${JSON.stringify(body)}`);
  writeFileSync(outFile, lines.join('\n') + '\n');
  process.stderr.write(
    `Wrote ${outFile}: AWS provider ${schema.providerVersion}, ` +
      `${Object.keys(schema.resources).length} resources, ${Object.keys(schema.dataSources).length} data sources\n`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

function extract(assembly) {
  const types = assembly.types;
  const linkRe = /registry\.terraform\.io\/providers\/hashicorp\/aws\/([\d.]+)\/docs\/(resources|data-sources)\/(\w+) (aws_\w+)/;
  const result = { source: `${assembly.name}@${assembly.version}`, providerVersion: '', resources: {}, dataSources: {} };
  for (const type of Object.values(types)) {
    if (type.kind !== 'class') continue;
    const m = linkRe.exec(type.docs?.summary ?? '');
    if (!m) continue;
    result.providerVersion = m[1];
    // The constructor's config parameter names the Config struct (usually <Class>Config,
    // <Class>ConfigA where that name collides).
    const configFqn = type.initializer?.parameters?.find((p) => p.name === 'config')?.type?.fqn ?? `${type.fqn}Config`;
    const config = types[configFqn];
    if (!config) continue;
    const entry = block(config, types);
    entry.attrs = attributes(type, entry);
    (m[2] === 'resources' ? result.resources : result.dataSources)[m[4]] = entry;
  }
  sortKeys(result.resources);
  sortKeys(result.dataSources);
  return result;
}

/** A struct → { args: {name: 1 required | 0 optional}, blocks: {name: {…, req}} }. */
function block(struct, types, path = new Set()) {
  // Self-referencing structs (a few recursive schemas) are left open: checked by name
  // at the first level only.
  if (path.has(struct.fqn)) return { args: {}, open: 1 };
  path = new Set(path).add(struct.fqn);
  const args = {};
  const blocks = {};
  for (const prop of struct.properties ?? []) {
    const tfName = /#(\w+) /.exec(prop.docs?.summary ?? '')?.[1] ?? snake(prop.name);
    const nested = structOf(prop.type, types);
    if (nested) {
      const b = block(nested, types, path);
      if (!prop.optional) b.req = 1;
      blocks[tfName] = b;
    } else {
      args[tfName] = prop.optional ? 0 : 1;
    }
  }
  const out = { args };
  if (Object.keys(blocks).length) out.blocks = blocks;
  return out;
}

function structOf(typeRef, types) {
  if (!typeRef) return undefined;
  if (typeRef.fqn) {
    const t = types[typeRef.fqn];
    return t && t.datatype && t.assembly === '@cdktn/provider-aws' ? t : undefined;
  }
  if (typeRef.collection) return structOf(typeRef.collection.elementtype, types);
  if (typeRef.union) {
    for (const t of typeRef.union.types) {
      const s = structOf(t, types);
      if (s) return s;
    }
  }
  return undefined;
}

/** Names that can follow `aws_x.name.` — arguments plus computed attributes (getters). */
function attributes(cls, entry) {
  const names = new Set(Object.keys(entry.args));
  for (const b of Object.keys(entry.blocks ?? {})) names.add(b);
  for (const p of cls.properties ?? []) {
    if (p.static || p.name.endsWith('Input') || p.name.startsWith('terraform') || p.name === 'fqn') continue;
    names.add(snake(p.name));
  }
  return [...names].sort();
}

function snake(name) {
  return name.replace(/([A-Z])/g, '_$1').toLowerCase();
}

function sortKeys(obj) {
  const entries = Object.entries(obj).sort(([a], [b]) => a.localeCompare(b));
  for (const k of Object.keys(obj)) delete obj[k];
  for (const [k, v] of entries) obj[k] = v;
}
