/**
 * schema: every resource and data source type exists in the pinned AWS provider schema,
 * every argument and nested block is known, and required ones are present.
 */
import type { Finding } from '../core/types.js';
import { didYouMean } from '../core/closest.js';
import { bodies, declaredBlocks, escapeRe, lineOf, statusOf, type Check, type Json } from './model.js';
import { providerSchema, type BlockSchema, type ProviderSchema } from './provider-schema.js';

const META = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'provisioner', 'connection', 'dynamic']);

export function schemaCheck(load: () => ProviderSchema = providerSchema): Check {
  return {
    name: 'schema',
    run(input) {
      const schema = load();
      const findings: Finding[] = [];
      const files = [...input.parsed.keys()].filter((f) => f.endsWith('.tf'));
      for (const d of declaredBlocks(input.parsed, files)) {
        const text = input.files.get(d.file);
        const header = new RegExp(`^\\s*${d.kind}\\s+"${escapeRe(d.type)}"\\s+"${escapeRe(d.name)}"`);
        const where = `${d.kind === 'data' ? 'data.' : ''}${d.type}.${d.name}`;
        const types = d.kind === 'resource' ? schema.resources : schema.dataSources;
        const typeSchema = d.type.startsWith('aws_') ? types[d.type] : undefined;
        if (!d.type.startsWith('aws_')) continue; // other providers are not pinned here
        if (!typeSchema) {
          findings.push({
            file: d.file,
            line: lineOf(text, header),
            severity: 'error',
            message: `${d.kind === 'data' ? 'Data source' : 'Resource'} type "${d.type}" does not exist in AWS provider ${schema.providerVersion}.${didYouMean(d.type, Object.keys(types))}`,
            fix: 'Use a type the provider has (see the Terraform Registry docs for hashicorp/aws).',
          });
          continue;
        }
        checkBody(d.body, typeSchema, where, d.file, text, header, findings, schema.providerVersion);
      }
      return { status: statusOf(findings), findings };
    },
  };
}

function checkBody(
  body: Json,
  schema: BlockSchema,
  where: string,
  file: string,
  text: string | undefined,
  header: RegExp,
  findings: Finding[],
  version: string,
): void {
  if (schema.open) return;
  const dynamic = (body.dynamic && typeof body.dynamic === 'object' && !Array.isArray(body.dynamic) ? body.dynamic : bodies(body.dynamic)[0] ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(body)) {
    if (META.has(key)) continue;
    if (key in schema.args) continue;
    const block = schema.blocks?.[key];
    if (block) {
      for (const b of bodies(value)) checkBody(b, block, `${where}.${key}`, file, text, header, findings, version);
      continue;
    }
    findings.push({
      file,
      line: lineOf(text, new RegExp(`^\\s*${escapeRe(key)}\\s*(=|\\{)`), header),
      severity: 'error',
      message: `${where}: unknown argument or block "${key}" (AWS provider ${version}).${didYouMean(key, [...Object.keys(schema.args), ...Object.keys(schema.blocks ?? {})])}`,
      fix: 'Use an argument the provider documents for this type, or remove it.',
    });
  }
  // Blocks given through `dynamic "name" { content { … } }` count as present and are checked too.
  for (const [name, list] of Object.entries(dynamic)) {
    const block = schema.blocks?.[name];
    if (!block) {
      findings.push({
        file,
        line: lineOf(text, new RegExp(`^\\s*dynamic\\s+"${escapeRe(name)}"`), header),
        severity: 'error',
        message: `${where}: unknown dynamic block "${name}".`,
        fix: 'Name a nested block this type has.',
      });
      continue;
    }
    for (const d of bodies(list)) for (const c of bodies(d.content)) checkBody(c, block, `${where}.${name}`, file, text, header, findings, version);
  }
  for (const [arg, required] of Object.entries(schema.args)) {
    if (required && !(arg in body)) {
      findings.push({
        file,
        line: lineOf(text, header),
        severity: 'error',
        message: `${where}: required argument "${arg}" is missing.`,
        fix: `Set ${arg} in this block.`,
      });
    }
  }
  for (const [name, block] of Object.entries(schema.blocks ?? {})) {
    if (block.req && !(name in body) && !(name in dynamic)) {
      findings.push({
        file,
        line: lineOf(text, header),
        severity: 'error',
        message: `${where}: required block "${name}" is missing.`,
        fix: `Add a ${name} { … } block.`,
      });
    }
  }
}
