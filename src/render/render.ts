/** render(): Blueprint + templates → file tree. Pure and synchronous; formatting is its own step. */
import type { FileTree } from '../core/types.js';
import { DEFAULT_STAGE, PINS, PROFILES } from '../core/knowledge.js';
import type { Blueprint } from '../plan/plan.js';
import { renderTemplate, type Templates } from './engine.js';
import { hclValue } from './hcl.js';
import { ZONE_VARIABLES, type VarSpec } from '../plan/variables.js';
import { MANIFEST } from '../manifest/manifest.js';
import { partitionOf } from '../core/partition.js';

/** A variable as templates see it: every field present, defaults already HCL. */
function varView(v: VarSpec, defaultHcl: string | null) {
  const multiline = defaultHcl?.includes('\n') ?? false;
  return { name: v.name, type: v.type, description: v.description, defaultHcl, multiline, validations: v.validations ?? [], sensitive: v.sensitive ?? false };
}

export function renderFiles(bp: Blueprint, templates: Templates): FileTree {
  const context = templateContext(bp);
  const tree: FileTree = new Map();
  for (const file of bp.files) {
    if (file.content !== undefined) {
      tree.set(file.path, file.content);
      continue;
    }
    const vars = file.scope === 'root' ? context.rootVars : file.scope === 'endpoint' ? context.endpointVars : context.moduleVars;
    const text = renderTemplate(templates, file.template, { ...context, vars, file: file.path });
    tree.set(file.path, tidy(text, file.path));
  }
  return tree;
}

/** The values every template sees. Optional answers are present as null so strict mode can tell "unset" from "typo". */
export function templateContext(bp: Blueprint) {
  const a = bp.answers;
  const rec = bp.recommendation;
  return {
    tool: { name: 'create-api-endpoint', version: bp.toolVersion },
    /** The Region's partition, for ARNs and host names the docs spell out (Terraform reads aws_partition). */
    partition: (({ name, dnsSuffix }) => ({ name, dnsSuffix }))(partitionOf(a.region)),
    pins: PINS,
    stage: DEFAULT_STAGE,
    answers: { ...a, domain: a.domain ?? null, vpcId: a.vpcId ?? null, endpointType: a.endpointType ?? null },
    rec,
    f: bp.features,
    governance: { preset: bp.governance.preset ?? null },
    moduleDir: bp.moduleDir,
    consumerDir: bp.consumerDir ?? null,
    accountDir: bp.accountDir ?? null,
    outputs: bp.outputs,
    variables: bp.variables,
    rootVariables: bp.rootVariables,
    requiredRootVariables: bp.requiredRootVariables,
    moduleVars: bp.variables.map((v) => varView(v, v.default ?? null)),
    endpointVars: bp.endpointVariables.map((v) => varView(v, v.default ?? null)),
    /** The private domain's DNS inputs, for the consumer module (the per-API module has them in moduleVars). */
    zoneVars: ZONE_VARIABLES.map((v) => varView(v, v.default ?? null)),
    endpointDir: bp.endpointDir ?? null,
    endpointOutputs: bp.endpointOutputs,
    rootOutputs: bp.rootOutputs.map((o) => ({ ...o, from: o.module === 'endpoint' ? 'endpoint' : 'api' })),
    rootVars: bp.rootVariables.map((v) => varView(v, v.rootDefaultHcl ?? (v.hasRootDefault ? hclValue(v.rootDefault, '  ') : null))),
    /** Module arguments set by the root: every exposed variable passed through, and other modules' outputs. */
    moduleArgs: argsView(bp.moduleArgs.api),
    endpointArgs: argsView(bp.moduleArgs.endpoint),
    tfvarsExample: bp.exampleRootVariables.map((v) => ({ name: v.name, description: v.description, example: (v.example ?? '""').replace('{region}', a.region) })),
    chosen: PROFILES[rec.endpointType],
    profiles: (['EDGE', 'REGIONAL', 'PRIVATE'] as const).map((t) => ({ type: t, chosen: t === rec.endpointType, ...PROFILES[t] })),
    /** The owner's OpenAPI document (null: the sample method). */
    openapi: bp.openapi ? { source: bp.openapi.source, bundled: bp.openapi.bundled !== undefined, title: bp.openapi.title, version: bp.openapi.version, operations: bp.openapi.operations, integrated: bp.openapi.integrated, swagger: bp.openapi.specVersion === '2.0', hasSecurity: bp.openapi.hasSecurity } : null,
    /** The path the README's examples call, without the leading slash. */
    callPath: bp.openapi ? bp.openapi.examplePath : bp.features.proxy ? 'anything' : 'health',
    /** Every file of the run, the manifest (written by code, not a template) included. */
    fileList: [...bp.files.map((f) => f.path), MANIFEST],
  };
}

function argsView(args: { name: string; expr: string }[]) {
  const width = Math.max(0, ...args.map((a) => a.name.length));
  return args.map((a) => ({ ...a, padded: a.name.padEnd(width) }));
}

/** Drop trailing spaces and runs of blank lines that conditionals leave behind; end with one newline. */
function tidy(text: string, path: string): string {
  const lines = text.split('\n').map((l) => l.replace(/[ \t]+$/, ''));
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (line === '' && (prev === '' || prev === undefined)) continue;
    if (line === '' && path.endsWith('.tf') && prev !== undefined && /[{[(]$/.test(prev)) continue;
    if (/^\s*[}\])]/.test(line) && prev === '' && path.endsWith('.tf')) out.pop();
    out.push(line);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}
