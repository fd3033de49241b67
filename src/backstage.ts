/**
 * The Backstage scaffolder action (create-api-endpoint/backstage): create-api-endpoint:generate
 * runs the programmatic API in-process — no shell — into the task's workspace, with dry-run
 * support, and gives the recommendation, its reasons and warnings and the files written as step
 * outputs. Register it in the scaffolder backend:
 *
 *   import { createApiEndpointAction } from 'create-api-endpoint/backstage';
 *   scaffolder.addActions(createApiEndpointAction());
 *
 * @backstage/plugin-scaffolder-node is a peer dependency: the backend's own copy is used.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { generate, CreateApiEndpointError } from './api.js';
import { BACKSTAGE_ACTION } from './catalog/backstage-template.js';

/** The form's values as answers: required tags come as a mapping (the CLI takes key=value). */
function answersOf(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null || v === '') continue;
    out[k] = k === 'tags' && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v as Record<string, unknown>).map(([t, x]) => `${t}=${String(x)}`) : v;
  }
  return out;
}

export function createApiEndpointAction() {
  return createTemplateAction({
    id: BACKSTAGE_ACTION,
    description: 'Recommends the API Gateway endpoint type (EDGE, REGIONAL or PRIVATE) for the answers and writes checked Terraform into the workspace (create-api-endpoint, in-process).',
    supportsDryRun: true,
    schema: {
      input: {
        answers: (z) => z.record(z.string(), z.unknown()).describe('The answers, keyed like an answers file (the template passes its parameters).'),
        targetPath: (z) => z.string().optional().describe('Folder in the workspace to write into (default: the API name).'),
        preset: (z) => z.string().optional().describe('An organisation preset: a built-in name, a file or a package.'),
      },
      output: {
        endpointType: (z) => z.string(),
        recommended: (z) => z.string(),
        reasons: (z) => z.array(z.string()),
        warnings: (z) => z.array(z.string()),
        files: (z) => z.array(z.string()),
        targetPath: (z) => z.string(),
      },
    },
    async handler(ctx) {
      const answers = answersOf(ctx.input.answers);
      const target = ctx.input.targetPath ?? String(answers.name ?? '.');
      const out = resolve(ctx.workspacePath, target);
      const inside = relative(ctx.workspacePath, out);
      if (isAbsolute(target) || inside.startsWith('..') || isAbsolute(inside)) throw new Error(`targetPath ${target} is outside the task's workspace; give a folder inside it.`);
      let r;
      try {
        r = await generate({ answers, out, dryRun: ctx.isDryRun ?? false, cwd: ctx.workspacePath, ...(ctx.input.preset ? { preset: ctx.input.preset } : {}), onProgress: (line) => ctx.logger.info(line) });
      } catch (err) {
        if (err instanceof CreateApiEndpointError) throw new Error(err.problems.join('\n'));
        throw err;
      }
      const failed = r.checks.filter((c) => c.status === 'fail');
      if (failed.length) throw new Error(`The generated Terraform failed its checks, so nothing was written:\n${failed.flatMap((c) => c.findings.map((f) => `${c.name}: ${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}`)).join('\n')}`);
      for (const w of r.recommendation.warnings) ctx.logger.warn(w);
      ctx.output('endpointType', r.endpointType);
      ctx.output('recommended', r.recommendation.recommended);
      ctx.output('reasons', r.recommendation.reasons);
      ctx.output('warnings', r.recommendation.warnings);
      ctx.output('files', r.files);
      ctx.output('targetPath', inside || '.');
    },
  });
}
