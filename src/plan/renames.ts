/**
 * Resource addresses the templates renamed, so that `update` writes `moved {}` blocks and
 * `terraform plan` shows a move instead of a destroy and a create. The table is ours; a
 * template overlay folder may add its own in `renames.json` ([{"module": "modules/rest-api",
 * "from": "aws_x.old", "to": "aws_x.new"}]). Pure.
 */
import { escapeRe } from '../core/text.js';
import type { FileTree } from '../core/types.js';

export interface Rename {
  /** Module folder the address lives in ('' for the root). */
  module: string;
  from: string;
  /** The new address; null: no longer generated, and must not be destroyed (a `removed` block that forgets it). */
  to: string | null;
  /** The tool version whose templates made the rename (documentation). */
  since?: string;
  /** Only when the new render does not declare this address (a fallback for when a move has nowhere to go). */
  onlyWithout?: string;
}

/**
 * The first release's layout (0.1.0, manifest version 1) kept the VPC's network baseline inside
 * the API module; it now is a module of its own (module "endpoint", modules/vpc-endpoint), and
 * the account's logging role one too (module "account", when asked for). Moved from the root,
 * which calls both modules, these resources keep their identity: the endpoint and its security
 * group are not replaced (callers keep their private DNS names and rules), and the flow-log
 * group keeps its logs. Resources whose keys changed shape are either moved per instance from
 * the recorded answers (instanceRenames) or replaced (flow logs now attach to the endpoint's
 * network interfaces, a different resource).
 */
const NETWORK_BASELINE_MOVES: [string, string][] = [
  ['aws_vpc_endpoint.execute_api', 'aws_vpc_endpoint.execute_api'],
  ['aws_security_group.endpoint', 'aws_security_group.endpoint'],
  ['aws_vpc_security_group_ingress_rule.endpoint_from_cidrs', 'aws_vpc_security_group_ingress_rule.endpoint_from_cidrs'],
  ['aws_network_acl.endpoint', 'aws_network_acl.endpoint'],
  ['aws_network_acl_rule.https_in', 'aws_network_acl_rule.https_in'],
  ['aws_network_acl_rule.ephemeral_out', 'aws_network_acl_rule.ephemeral_out'],
  ['aws_cloudwatch_log_group.flow_logs', 'aws_cloudwatch_log_group.flow_logs'],
  ['aws_iam_role.flow_logs', 'aws_iam_role.flow_logs'],
  ['aws_iam_role_policy.flow_logs', 'aws_iam_role_policy.flow_logs'],
  // Created only when something is forwarded to it now (count): the single one becomes [0].
  ['aws_security_group.resolver', 'aws_security_group.resolver[0]'],
  ['aws_vpc_security_group_ingress_rule.resolver_dns', 'aws_vpc_security_group_ingress_rule.resolver_dns'],
  ['aws_route53_resolver_endpoint.inbound', 'aws_route53_resolver_endpoint.inbound[0]'],
];

/** Renames made by our own templates, oldest first. */
export const RENAMES: Rename[] = [
  ...NETWORK_BASELINE_MOVES.map(([from, to]) => ({ module: '', from: `module.api.${from}`, to: `module.endpoint.${to}`, since: '0.1.0 (manifest version 2)' })),
  // The account's logging role, opted into in the API module then (count), is the account
  // baseline's now: moved when the new render has that module; else forgotten (below).
  { module: '', from: 'module.api.aws_iam_role.cloudwatch[0]', to: 'module.account.aws_iam_role.cloudwatch', since: '0.1.0 (manifest version 2)' },
  { module: '', from: 'module.api.aws_iam_role_policy_attachment.cloudwatch[0]', to: 'module.account.aws_iam_role_policy_attachment.cloudwatch', since: '0.1.0 (manifest version 2)' },
  { module: '', from: 'module.api.aws_api_gateway_account.this[0]', to: 'module.account.aws_api_gateway_account.this', since: '0.1.0 (manifest version 2)' },
  // 0.2.0 moved the account's API Gateway CloudWatch role out of the API module (it was opt-in
  // there, as manage_account_cloudwatch_role): destroying it would reset the account setting and
  // stop every API's logs, so the update forgets it instead (set it with --account-baseline).
  { module: 'modules/rest-api', from: 'aws_api_gateway_account.this', to: null, since: '0.2.0' },
  { module: 'modules/rest-api', from: 'aws_iam_role_policy_attachment.cloudwatch', to: null, since: '0.2.0' },
  { module: 'modules/rest-api', from: 'aws_iam_role.cloudwatch', to: null, since: '0.2.0' },
  // The same resources when the new render has no module.endpoint to move them to (the 0.1.0
  // folder updated with --vpc-endpoint-id at once): the endpoint other APIs in the VPC may use
  // is forgotten here, never destroyed. A fallback: written only when no move above applies.
  ...[...NETWORK_BASELINE_MOVES.map(([from]) => from), 'aws_vpc_security_group_ingress_rule.endpoint_from_security_groups', 'aws_flow_log.endpoint_subnets'].map((from) => ({ module: '', from: `module.api.${from}`, to: null, onlyWithout: 'module.endpoint', since: '0.1.0 (manifest version 2)' })),
  // An API root that created the VPC's network baseline and now uses the shared endpoint
  // (update --vpc-endpoint-id, after the baseline moved to a root of its own): the endpoint
  // every private API in the VPC uses must be forgotten here, never destroyed.
  { module: '', from: 'module.endpoint', to: null, since: '0.2.0' },
  // The same for the account baseline, handed to a root of its own (--account-baseline-only):
  // destroying it would reset the logging setting of every API in the account and Region.
  { module: '', from: 'module.account', to: null, since: '0.2.0' },
];

/**
 * Moves of single instances whose keys changed shape in the first release's layout: the rules
 * admitting client security groups were keyed by the group's ID and are keyed by its position
 * now (IDs unknown at plan time cannot be keys). Each group the folder recorded moves to its
 * position among the groups of the answers now; a group no longer listed is not moved (its rule
 * goes), and a rule that the owner's terraform.tfvars made for other groups is not matched and
 * is replaced, as before.
 */
export function instanceRenames(recorded: Record<string, unknown>, now: readonly string[]): Rename[] {
  const groups = Array.isArray(recorded.clientSecurityGroupIds) ? recorded.clientSecurityGroupIds.filter((g): g is string => typeof g === 'string' && /^sg-[0-9a-f]+$/.test(g)) : [];
  return groups.flatMap((id) => {
    const at = now.indexOf(id);
    return at < 0
      ? []
      : [{ module: '', from: `module.api.aws_vpc_security_group_ingress_rule.endpoint_from_security_groups["${id}"]`, to: `module.endpoint.aws_vpc_security_group_ingress_rule.endpoint_from_security_groups["${at}"]`, since: '0.1.0 (manifest version 2)' }];
  });
}

export const MOVED_FILE = 'moved.tf';

/** The module folder a call names (`module "<name>" { source = "./…" }` in the folder `module`), if local. */
function calledFolder(tree: FileTree, module: string, name: string): string | undefined {
  const header = new RegExp(`^module\\s+"${escapeRe(name)}"\\s*\\{[^}]*?\\bsource\\s*=\\s*"\\./([^"]+)"`, 'm');
  for (const [path, text] of tree) {
    if (!path.endsWith('.tf') || (module ? !path.startsWith(`${module}/`) || path.slice(module.length + 1).includes('/') : path.includes('/'))) continue;
    const m = header.exec(text);
    if (m) return (module ? `${module}/${m[1]!}` : m[1]!).replace(/\/$/, '');
  }
  return undefined;
}

/** Whether `address` (module.<call>.… prefixes followed, instance keys ignored) is declared in `module`. */
export const declares = (tree: FileTree, module: string, address: string): boolean => {
  const parts = address.replace(/\[[^\]]*\]/g, '').split('.');
  if (parts[0] === 'module' && parts.length > 2) {
    const folder = calledFolder(tree, module, parts[1]!);
    return folder !== undefined && declares(tree, folder, parts.slice(2).join('.'));
  }
  const [type, name] = parts as [string, string];
  const header = type === 'module' ? new RegExp(`^module\\s+"${escapeRe(name)}"`, 'm') : new RegExp(`^resource\\s+"${escapeRe(type)}"\\s+"${escapeRe(name)}"`, 'm');
  return [...tree].some(([path, text]) => path.endsWith('.tf') && (module ? path.startsWith(`${module}/`) && !path.slice(module.length + 1).includes('/') : !path.includes('/')) && header.test(text));
};

/** moved and removed blocks already written (kept: a copy of the module not applied yet still needs them). */
export function movedBlocksIn(text: string | undefined): { from: string; to: string | null }[] {
  const t = text ?? '';
  return [
    ...[...t.matchAll(/moved\s*\{\s*from\s*=\s*([\w.[\]"-]+)\s*to\s*=\s*([\w.[\]"-]+)\s*\}/g)].map((m) => ({ from: m[1]!, to: m[2]! })),
    ...[...t.matchAll(/removed\s*\{\s*from\s*=\s*([\w.[\]"-]+)/g)].map((m) => ({ from: m[1]!, to: null })),
  ];
}

/**
 * The moved.tf of each module folder for an update: the blocks of the base's moved.tf, plus a
 * block for each rename whose old address the base declares and whose new one the new render
 * declares (and the old one no longer).
 */
export function movedFiles(base: FileTree, next: FileTree, renames: Rename[]): FileTree {
  const byModule = new Map<string, { from: string; to: string | null }[]>();
  for (const [path, text] of base) if (path.endsWith(`/${MOVED_FILE}`) || path === MOVED_FILE) byModule.set(path === MOVED_FILE ? '' : path.slice(0, -MOVED_FILE.length - 1), movedBlocksIn(text));
  const candidates = renames.filter((r) => declares(base, r.module, r.from) && (r.to === null || declares(next, r.module, r.to)) && !declares(next, r.module, r.from) && !(r.onlyWithout && declares(next, r.module, r.onlyWithout)));
  // A removed block is the fallback for an address some move already carries elsewhere.
  const applies = candidates.filter((r) => r.to !== null || !candidates.some((m) => m.to !== null && m.module === r.module && m.from.replace(/\[[^\]]*\]/g, '') === r.from));
  // A resource moved out of a child module by its caller is not also forgotten inside it.
  const movedOut = applies.filter((r) => r.to !== null && r.from.startsWith('module.')).map((r) => {
    const parts = r.from.replace(/\[[^\]]*\]/g, '').split('.');
    return { folder: calledFolder(base, r.module, parts[1]!), address: parts.slice(2).join('.') };
  });
  for (const r of applies) {
    if (r.to === null && movedOut.some((m) => m.folder === r.module && m.address === r.from)) continue;
    const list = byModule.get(r.module) ?? [];
    if (!list.some((m) => m.from === r.from && m.to === r.to)) list.push({ from: r.from, to: r.to });
    byModule.set(r.module, list);
  }
  const out: FileTree = new Map();
  for (const [module, moves] of byModule) {
    if (!moves.length) continue;
    const body = moves
      .map((m) => (m.to === null ? `removed {\n  from = ${m.from}\n\n  lifecycle {\n    destroy = false\n  }\n}\n` : `moved {\n  from = ${m.from}\n  to   = ${m.to}\n}\n`))
      .join('\n');
    out.set(
      module ? `${module}/${MOVED_FILE}` : MOVED_FILE,
      `# Written by create-api-endpoint update: resources its templates renamed move instead of being\n# destroyed and created, and resources it no longer generates that must outlive it (removed,\n# destroy = false) are forgotten, not destroyed. Keep these blocks until every copy of this\n# module has been applied.\n\n${body}`,
    );
  }
  return out;
}
