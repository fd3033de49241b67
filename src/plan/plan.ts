/**
 * plan(): from answers and recommendation to a Blueprint — which files exist, which
 * template renders each, and the variables and outputs of the modules. Templates make
 * no decisions beyond simple conditionals on `features`; growing the output means
 * adding a component here and a template there.
 */
import type { Answers, Recommendation } from '../core/types.js';
import { hclPattern } from '../core/patterns.js';
import { tagMap } from '../catalog/validators.js';
import { featuresFor, type Features } from './features.js';
import { OUTPUTS, type OutputSpec } from './outputs.js';
import { VARIABLES, type RootValue, type VarSpec } from './variables.js';
import { MOVED_FILE } from './renames.js';


export interface ModuleArg {
  name: string;
  expr: string;
}

export interface RootVariable extends VarSpec {
  /** Root default from the answers; undefined = required (placeholder in terraform.tfvars.example). */
  rootDefault: RootValue | undefined;
  hasRootDefault: boolean;
  /** Listed in terraform.tfvars.example though it has a default (a renamed input the user must set). */
  inExample?: boolean;
  /** The root's default as HCL, when it is the module's own (root: 'module default'). */
  rootDefaultHcl?: string;
}

export interface PlannedFile {
  path: string;
  template: string;
  /** Written as given instead of rendered from a template (the bundled OpenAPI document). */
  content?: string;
  /** Which variable list a shared template (common/variables.tf) renders. */
  scope: 'root' | 'module' | 'endpoint';
}

export interface Blueprint {
  toolVersion: string;
  answers: Answers;
  recommendation: Recommendation;
  features: Features;
  moduleDir: string;
  consumerDir?: string;
  /** The account baseline module, when this root sets the account's logging role. */
  accountDir?: string;
  /** The VPC's network baseline (execute-api endpoint and its plumbing), when this root creates it. */
  endpointDir?: string;
  variables: VarSpec[];
  /** Variables of the network baseline module (empty without one). */
  endpointVariables: VarSpec[];
  /** Outputs of the network baseline module. */
  endpointOutputs: OutputSpec[];
  /** What the root passes to each module: argument name and HCL expression. */
  moduleArgs: { api: ModuleArg[]; endpoint: ModuleArg[] };
  rootVariables: RootVariable[];
  /** Root variables without a default: what terraform.tfvars must set. */
  requiredRootVariables: RootVariable[];
  /** The variables terraform.tfvars.example lists: the required ones, and renamed inputs the user must set. */
  exampleRootVariables: RootVariable[];
  /** Outputs of the per-API module. */
  outputs: OutputSpec[];
  /** Every output the root re-exports (each from its module). */
  rootOutputs: OutputSpec[];
  files: PlannedFile[];
  governance: Governance;
  /** The owner's OpenAPI document, as the module reads it (undefined: the sample method). */
  openapi?: OpenApiPlan;
}

/** What plan needs to know of the owner's OpenAPI document (app/openapi-file.ts reads it). */
export interface OpenApiPlan {
  /** The owner's document, relative to the root folder (posix). */
  source: string;
  /** The document as one JSON text, when it references other files: written as BUNDLED_SPEC and read instead. */
  bundled?: string;
  title: string;
  version: string;
  /** The OpenAPI version the document is written in (where security schemes live differs). */
  specVersion: '2.0' | '3.0';
  /** Whether the document says who may call (a top-level security requirement). */
  hasSecurity: boolean;
  operations: number;
  /** Operations the tool integrates (those without x-amazon-apigateway-integration). */
  integrated: number;
  /** A GET path to call in the README's examples, without the leading slash. */
  examplePath: string;
  /** Every file read for it (the document first), relative to the root, with its hash (the manifest records them). */
  sources: { path: string; sha256: string }[];
}

/** The bundle of a document that references other files: the tool's file (written and replaced by update). */
export const BUNDLED_SPEC = 'openapi.bundled.json';

/**
 * What an organisation preset changes in the output (beyond answers): the README's line about
 * it, and requirements the module's variables carry as defaults and validations, so a
 * terraform.tfvars cannot quietly undo them.
 */
export interface Governance {
  preset?: { name: string; spec: string; version?: string; description?: string; docs?: string };
  minLogRetention?: { days: number; why: string };
  logKms?: { why: string };
  /** Set when the preset's allowed endpoint types, not the person, overrode the recommendation: why. */
  typeNote?: string;
}

export const NO_GOVERNANCE: Governance = {};

/**
 * A variable as this module needs it: the features and a preset's requirements change some
 * defaults, descriptions and validations (one place for every such change).
 */
function adjusted(v: VarSpec, f: Features, g: Governance): VarSpec {
  // Behind your own CloudFront, SigV4 cannot work: CloudFront replaces Host and prefixes the
  // stage to the path, so a signature made for the CloudFront name never validates at the
  // regional endpoint. The sample method defaults to NONE there.
  if (v.name === 'authorization' && f.cdn)
    return {
      ...v,
      default: '"NONE"',
      description: `${v.description} Behind your own CloudFront the default is NONE: CloudFront rewrites Host and the path, so SigV4 signatures made for the CloudFront name never validate. Authenticate in the backend, or with a Lambda or Cognito authorizer${f.waf ? '; the web ACL admits only requests that came through CloudFront' : ''}.`,
    };
  if (v.name === 'authorization' && f.auth === 'none')
    return { ...v, default: '"NONE"', description: `${v.description} NONE was chosen (--auth none); the README says why.` };
  if (v.name === 'log_skip_destroy' && (f.compliance || g.minLogRetention))
    return { ...v, default: 'true' };
  // Under --compliance the endpoint admits calls to this account's APIs only (an open endpoint
  // policy lets callers in a regulated VPC reach any private API that admits the endpoint).
  if (v.name === 'allowed_execute_api_arns' && f.compliance)
    return {
      ...v,
      default: 'null',
      description: `${v.description} Under --compliance, null (the default) means this account's APIs only.`,
      validations: [{ condition: 'var.allowed_execute_api_arns == null ? true : length(var.allowed_execute_api_arns) > 0', message: 'Give at least one API ARN pattern, or null for this account\'s APIs.' }],
      root: () => null,
    };
  if (v.name === 'log_retention_days' && g.minLogRetention) {
    const { days, why } = g.minLogRetention;
    return {
      ...v,
      default: String(Math.max(days, Number(v.default))),
      validations: [...(v.validations ?? []), { condition: `var.log_retention_days >= ${days}`, message: `log_retention_days must be at least ${days} (${hclText(why)}).` }],
    };
  }
  if (v.name === 'log_kms_key_arn' && g.logKms)
    return {
      ...v,
      description: `KMS key that encrypts the log groups, required by ${g.logKms.why}. The key policy must allow logs.<region>.amazonaws.com.`,
      default: undefined,
      validations: [{ condition: 'can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/", var.log_kms_key_arn))', message: 'log_kms_key_arn must be the ARN of a KMS key (arn:aws:kms:<region>:<account>:key/<id>): CloudWatch Logs does not take an alias ARN.' }],
      root: () => undefined,
      example: '"arn:aws:kms:{region}:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"',
    };
  return v;
}

/** Text safe inside an HCL double-quoted string (a preset's reason): no quotes, backslashes or template sequences. */
const hclText = (s: string) => s.replace(/\s+/g, ' ').replace(/["\\]/g, "'").replace(/\$\{/g, '$ {').replace(/%\{/g, '% {');

/**
 * The child modules a root can hold, one spec each: the folder it is written to, when the
 * blueprint has it, its files (output file → template, each with its own condition) and which
 * variables its templates see. The blueprint's files, the paths the writer may remove and the
 * folders the templates name all come from this table. Order is the order files are written.
 */
export interface ModuleSpec {
  id: 'api' | 'endpoint' | 'account' | 'consumer';
  /** Output folder. */
  dir: string;
  /** What it is, for the docs. */
  about: string;
  when: (f: Features) => boolean;
  files: { file: string; template: string; when?: (f: Features) => boolean }[];
  /** The variables its templates see: the per-API module's, or the network baseline's. */
  scope: 'module' | 'endpoint';
}

const hasApi = (f: Features) => !f.baselineOnly && !f.accountOnly;

export const MODULES: ModuleSpec[] = [
  {
    id: 'api',
    dir: 'modules/rest-api',
    about: 'the REST API: methods or the OpenAPI body, deployment and stage, logs and alarms, policy, domain, auth, WAF, CloudFront',
    when: hasApi,
    scope: 'module',
    files: [
      { file: 'versions.tf', template: 'module/versions.tf' },
      { file: 'main.tf', template: 'module/main.tf' },
      { file: 'deployment.tf', template: 'module/deployment.tf' },
      { file: 'logging.tf', template: 'module/logging.tf' },
      { file: 'variables.tf', template: 'common/variables.tf' },
      { file: 'outputs.tf', template: 'module/outputs.tf' },
      { file: 'policy.tf', template: 'module/policy.tf', when: (f) => f.isPrivate },
      { file: 'openapi.tf', template: 'module/openapi.tf', when: (f) => f.openapi },
      { file: 'auth.tf', template: 'module/auth.tf', when: (f) => f.auth === 'lambda' || (f.auth === 'cognito' && !f.openapi) || f.apiKey },
      { file: 'domain.tf', template: 'module/domain-public.tf', when: (f) => f.publicDomain },
      { file: 'domain.tf', template: 'module/domain-private.tf', when: (f) => f.privateDomain },
      { file: 'sharing.tf', template: 'module/sharing.tf', when: (f) => f.crossAccount && f.privateDomain },
      { file: 'waf.tf', template: 'module/waf.tf', when: (f) => f.waf },
      { file: 'cdn.tf', template: 'module/cdn.tf', when: (f) => f.cdn },
      { file: 'endpoint-access.tf', template: 'module/endpoint-access.tf', when: (f) => f.endpointAccess },
    ],
  },
  {
    id: 'endpoint',
    dir: 'modules/vpc-endpoint',
    about: "the VPC's network baseline, once per VPC: the execute-api interface endpoint, its security group and policy, flow logs, network ACL, Resolver, spokes' zone, SSM parameters",
    when: (f) => f.createEndpoint,
    scope: 'endpoint',
    files: [
      { file: 'versions.tf', template: 'endpoint/versions.tf' },
      { file: 'main.tf', template: 'endpoint/main.tf' },
      { file: 'network.tf', template: 'endpoint/network.tf' },
      { file: 'spokes.tf', template: 'endpoint/spokes.tf' },
      { file: 'ssm.tf', template: 'endpoint/ssm.tf' },
      { file: 'variables.tf', template: 'common/variables.tf' },
      { file: 'outputs.tf', template: 'endpoint/outputs.tf' },
      { file: 'resolver.tf', template: 'endpoint/resolver.tf', when: (f) => f.hybrid },
    ],
  },
  {
    id: 'account',
    dir: 'modules/account-baseline',
    about: "the account baseline, once per account and Region: API Gateway's CloudWatch logging role and the account setting",
    when: (f) => f.accountBaseline,
    scope: 'module',
    files: [
      { file: 'versions.tf', template: 'account/versions.tf' },
      { file: 'main.tf', template: 'account/main.tf' },
      { file: 'variables.tf', template: 'account/variables.tf' },
      { file: 'outputs.tf', template: 'account/outputs.tf' },
    ],
  },
  {
    id: 'consumer',
    dir: 'modules/consumer',
    about: "applied in each consumer account of a cross-account private API: its interface endpoint, the domain's association and DNS",
    when: (f) => f.crossAccount,
    scope: 'module',
    files: [
      { file: 'versions.tf', template: 'consumer/versions.tf' },
      { file: 'main.tf', template: 'consumer/main.tf' },
      { file: 'variables.tf', template: 'consumer/variables.tf' },
      { file: 'outputs.tf', template: 'consumer/outputs.tf' },
      { file: 'README.md', template: 'consumer/README.md' },
    ],
  },
];

const moduleSpec = (id: ModuleSpec['id']) => MODULES.find((m) => m.id === id)!;
export const MODULE_DIR = moduleSpec('api').dir;
export const CONSUMER_DIR = moduleSpec('consumer').dir;
export const ACCOUNT_DIR = moduleSpec('account').dir;
export const ENDPOINT_DIR = moduleSpec('endpoint').dir;

const ROOT_FILES: PlannedFile[] = [
  { path: 'versions.tf', template: 'root/versions.tf', scope: 'root' },
  { path: 'providers.tf', template: 'root/providers.tf', scope: 'root' },
  { path: 'main.tf', template: 'root/main.tf', scope: 'root' },
  { path: 'variables.tf', template: 'common/variables.tf', scope: 'root' },
  { path: 'outputs.tf', template: 'root/outputs.tf', scope: 'root' },
  { path: 'terraform.tfvars.example', template: 'root/terraform.tfvars.example', scope: 'root' },
  { path: 'README.md', template: 'docs/README.md', scope: 'root' },
  { path: 'TROUBLESHOOTING.md', template: 'docs/TROUBLESHOOTING.md', scope: 'root' },
];

/** The network baseline as a root of its own: its README says how API roots use it; no TROUBLESHOOTING of an API. */
const BASELINE_ROOT_FILES: PlannedFile[] = [...ROOT_FILES.filter((f) => f.path !== 'TROUBLESHOOTING.md' && f.path !== 'README.md'), { path: 'README.md', template: 'docs/baseline-README.md', scope: 'root' }];
/** The account baseline as a root of its own: no inputs to fill in (no tfvars example), its README. */
const ACCOUNT_ROOT_FILES: PlannedFile[] = [...ROOT_FILES.filter((f) => !['TROUBLESHOOTING.md', 'README.md', 'terraform.tfvars.example'].includes(f.path)), { path: 'README.md', template: 'docs/account-README.md', scope: 'root' }];

/** Root-only variables: the provider configuration. */
const ROOT_ONLY: RootVariable[] = [
  {
    name: 'region',
    type: 'string',
    description: 'AWS Region the API is deployed in.',
    when: () => true,
    validations: [{ condition: `can(regex("${hclPattern('region')}", var.region))`, message: 'region must be an AWS Region code such as eu-west-1.' }],
    rootDefault: undefined,
    hasRootDefault: true,
  },
  {
    name: 'tags',
    type: 'map(string)',
    description: 'Tags applied to every resource through the provider\'s default_tags.',
    when: () => true,
    rootDefault: undefined,
    hasRootDefault: true,
  },
];

export function plan(answers: Answers, recommendation: Recommendation, toolVersion: string, given: Governance = NO_GOVERNANCE, openapi?: OpenApiPlan): Blueprint {
  const features = featuresFor(answers, recommendation.endpointType, openapi ? (openapi.bundled !== undefined ? BUNDLED_SPEC : openapi.source) : undefined);
  // --compliance changes the Terraform, not only the recommendation: logs (which can hold
  // regulated data) are encrypted with your KMS key, a required input.
  const governance: Governance = answers.compliance && !given.logKms ? { ...given, logKms: { why: '--compliance (regulated data; logs can hold it)' } } : given;
  const applies = VARIABLES.filter((v) => v.when(features)).map((v) => adjusted(v, features, governance));
  // The network baseline as a root of its own holds no API: no per-API module, variables or outputs.
  const noApi = features.baselineOnly || features.accountOnly;
  const variables = noApi ? [] : applies.filter((v) => v.module !== 'endpoint');
  const endpointVariables = features.createEndpoint ? applies.filter((v) => v.module === 'endpoint' || v.module === 'both') : [];
  const outputs = features.accountOnly ? [] : OUTPUTS.filter((o) => o.when(features) && (!features.baselineOnly || o.module === 'endpoint'));

  const rootVariables: RootVariable[] = [
    { ...ROOT_ONLY[0]!, rootDefault: answers.region },
    { ...ROOT_ONLY[1]!, rootDefault: { ManagedBy: 'terraform', Api: answers.name, ...tagMap(answers.tags ?? []) } },
  ];
  // A variable both modules declare is one root variable, passed to both.
  for (const v of [...variables, ...endpointVariables.filter((e) => !variables.some((a) => a.name === e.name))]) {
    if (!v.root || v.fromRoot?.(features) !== undefined) continue;
    if (v.root === 'module default') {
      rootVariables.push({ ...v, default: undefined, rootDefault: undefined, hasRootDefault: v.default !== undefined, ...(v.default !== undefined ? { rootDefaultHcl: v.default } : {}) });
      continue;
    }
    const value = v.root(answers);
    rootVariables.push({ ...v, default: undefined, rootDefault: value, hasRootDefault: value !== undefined });
  }
  // A renamed input required at the root: the new name is optional there (null) though still
  // listed in the tfvars example, and the former name is a deprecated variable read when the new
  // one is not set. The module's own variable stays required: neither set fails its validation.
  for (const v of [...rootVariables]) {
    if (!v.formerName || v.hasRootDefault) continue;
    rootVariables.splice(
      rootVariables.indexOf(v),
      1,
      {
        ...v,
        description: `${v.description} Required: set this, or ${v.formerName} (its former name, still read).`,
        rootDefault: null,
        hasRootDefault: true,
        inExample: true,
        validations: (v.validations ?? []).map((x) => ({ condition: `var.${v.name} == null || ${x.condition}`, message: x.message })),
      },
      { name: v.formerName, type: v.type, description: `Deprecated: the former name of ${v.name}, read when ${v.name} is not set. Rename it in terraform.tfvars.`, when: v.when, rootDefault: null, hasRootDefault: true },
    );
  }
  const argsOf = (vars: VarSpec[]): ModuleArg[] =>
    vars.flatMap((v) => {
      const expr = v.fromRoot?.(features);
      if (expr !== undefined) return [{ name: v.name, expr }];
      if (v.formerName && rootVariables.some((r) => r.name === v.formerName)) return [{ name: v.name, expr: `var.${v.name} != null ? var.${v.name} : var.${v.formerName}` }];
      return v.name !== 'tags' && rootVariables.some((r) => r.name === v.name) ? [{ name: v.name, expr: `var.${v.name}` }] : [];
    });

  const files: PlannedFile[] = [...(features.accountOnly ? ACCOUNT_ROOT_FILES : features.baselineOnly ? BASELINE_ROOT_FILES : ROOT_FILES)];
  if (features.openapi && openapi?.bundled !== undefined) files.push({ path: BUNDLED_SPEC, template: '', content: openapi.bundled, scope: 'root' });
  for (const m of MODULES) {
    if (!m.when(features)) continue;
    for (const x of m.files) if (!x.when || x.when(features)) files.push({ path: `${m.dir}/${x.file}`, template: x.template, scope: m.scope });
  }
  const consumerDir = features.crossAccount ? CONSUMER_DIR : undefined;

  return {
    toolVersion,
    answers,
    recommendation,
    features,
    moduleDir: MODULE_DIR,
    consumerDir,
    accountDir: features.accountBaseline ? ACCOUNT_DIR : undefined,
    endpointDir: features.createEndpoint ? ENDPOINT_DIR : undefined,
    variables,
    endpointVariables,
    endpointOutputs: outputs.filter((o) => o.module === 'endpoint'),
    moduleArgs: { api: argsOf(variables), endpoint: argsOf(endpointVariables) },
    rootVariables,
    requiredRootVariables: rootVariables.filter((v) => !v.hasRootDefault),
    exampleRootVariables: rootVariables.filter((v) => !v.hasRootDefault || v.inExample),
    outputs: outputs.filter((o) => o.module !== 'endpoint'),
    rootOutputs: outputs,
    files,
    governance,
    ...(features.openapi && openapi ? { openapi } : {}),
  };
}

/**
 * Every path a blueprint can hold, in any configuration (moved.tf files included): the only
 * files the writer may remove as no longer generated. A manifest that claims another path (the
 * owner's own file) cannot make the tool delete it.
 */
export const GENERATED_PATHS: ReadonlySet<string> = new Set([
  ...ROOT_FILES.map((f) => f.path),
  BUNDLED_SPEC,
  MOVED_FILE,
  ...MODULES.flatMap((m) => [`${m.dir}/${MOVED_FILE}`, ...m.files.map((x) => `${m.dir}/${x.file}`)]),
]);

export const isGeneratedPath = (path: string) => GENERATED_PATHS.has(path);
