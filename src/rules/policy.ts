/**
 * What an IAM-style policy attached to an API says, however it is written: an
 * aws_iam_policy_document data source, a literal (heredoc) JSON document, or jsonencode({…}).
 * `undefined` when the expression cannot be settled statically (file(), a variable, a module
 * output): the rule then skips that block.
 */
import { bodies, ofType, type Block, type Tree } from '../analysis/tree.js';

export interface Statement {
  effect: string;
  actions: string[];
  /** Condition keys with their test, e.g. StringNotEquals aws:SourceVpce. */
  conditions: { test: string; variable: string }[];
  /** The resources it names, when written literally (undefined: not known). */
  resources?: string[];
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);

export function statementsOf(expr: unknown, tree: Tree, dir: string): Statement[] | undefined {
  if (typeof expr !== 'string') return undefined;
  const doc = /^\$\{data\.aws_iam_policy_document\.([\w-]+)\.json\}$/.exec(expr.trim());
  if (doc) {
    const block = ofType(tree, 'data.aws_iam_policy_document', dir).find((b) => b.name === doc[1]);
    if (!block) return undefined;
    return bodies(block.body.statement).map((s) => ({
      effect: String(s.effect ?? 'Allow'),
      actions: list(s.actions),
      conditions: bodies(s.condition).map((c) => ({ test: String(c.test), variable: String(c.variable) })),
      resources: Array.isArray(s.resources) && s.resources.every((x) => typeof x === 'string' && !x.includes('${')) ? (s.resources as string[]) : undefined,
    }));
  }
  if (!expr.includes('${')) {
    try {
      const parsed = JSON.parse(expr) as { Statement?: unknown };
      const statements = Array.isArray(parsed.Statement) ? parsed.Statement : parsed.Statement ? [parsed.Statement] : [];
      return statements.map((s: Record<string, unknown>) => ({
        effect: String(s.Effect ?? ''),
        actions: list(s.Action),
        conditions: Object.entries((s.Condition ?? {}) as Record<string, Record<string, unknown>>).flatMap(([test, keys]) => Object.keys(keys ?? {}).map((variable) => ({ test, variable }))),
        resources: list(s.Resource),
      }));
    } catch {
      return undefined;
    }
  }
  // file("policy.json") or file("${path.module}/policy.json"): the local file, when it was read with the tree.
  const file = /^\$\{file\("(?:\$\{path\.module\}\/)?([^"$]+)"\)\}$/.exec(expr.trim());
  if (file) {
    const text = tree.files.get(dir ? `${dir}/${file[1]}` : file[1]!);
    return text === undefined ? undefined : statementsOf(text, tree, dir);
  }
  // jsonencode({...}): read the object's text. Good enough to see effects, actions and
  // condition keys; values behind references stay unknown, and no rule needs them.
  const enc = /^\$\{jsonencode\(([\s\S]*)\)\}$/.exec(expr.trim());
  if (enc) return textStatements(enc[1]!);
  return undefined;
}

/** Statements of a jsonencode() object literal, read from its text (one per `Effect`). */
function textStatements(text: string): Statement[] {
  const parts = text.split(/(?=["']?Effect["']?\s*[=:])/).slice(1);
  return parts.map((part) => {
    const effect = /Effect["']?\s*[=:]\s*"(\w+)"/.exec(part)?.[1] ?? '';
    const actions = [...part.matchAll(/"(execute-api:[\w*]+)"/g)].map((m) => m[1]!);
    const conditions = [...part.matchAll(/["']?(String\w+|Arn\w+|IpAddress|NotIpAddress|Bool)["']?\s*[=:]\s*\{\s*["']?(aws:[\w]+)["']?/g)].map((m) => ({ test: m[1]!, variable: m[2]! }));
    return { effect, actions, conditions };
  });
}

/** A Deny that applies unless the request came through the allowed endpoints or VPCs. */
export const deniesOutsideEndpoints = (statements: Statement[]) =>
  statements.some((s) => s.effect === 'Deny' && s.conditions.some((c) => /^StringNotEquals/.test(c.test) && /^aws:Source(Vpce|Vpc)$/.test(c.variable)));

/** Some statement allows execute-api:Invoke (or every action). */
export const allowsInvoke = (statements: Statement[]) =>
  statements.some((s) => s.effect === 'Allow' && s.actions.some((a) => a === '*' || a === 'execute-api:*' || a === 'execute-api:Invoke'));

/** The policy expression of a private REST API: its own `policy` argument, or a separate aws_api_gateway_rest_api_policy. */
export function policiesOf(api: Block, tree: Tree): { block: Block; expr: unknown }[] {
  const own = api.body.policy !== undefined ? [{ block: api, expr: api.body.policy }] : [];
  const separate = ofType(tree, 'aws_api_gateway_rest_api_policy', api.dir)
    .filter((p) => JSON.stringify(p.body.rest_api_id ?? '').includes(`${api.address}.id`))
    .map((p) => ({ block: p, expr: p.body.policy }));
  return [...own, ...separate];
}
