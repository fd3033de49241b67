// The real terraform with the real AWS provider from the machine's filesystem mirror (found
// the way the brief says: a terraform-provider-aws_* binary in the mirror layout), or a
// reason to skip. The output targets provider 6.x; the mirror holds 5.100.0, so the tests
// run on a copy with the constraint relaxed, data.aws_region.*.region read as .name, and the
// integration's integration_target (VPC link V2 for REST APIs, provider 6.24+) left out:
// the two differences for what we generate.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmp, walk } from './cli.js';

/** The provider the tests were written against; another version found on a machine is not taken. */
export const PROVIDER_VERSION = '5.100.0';
const LAYOUT = `registry.terraform.io/hashicorp/aws/${PROVIDER_VERSION}/`;

/**
 * The filesystem mirror holding exactly that provider: $CAE_PROVIDER_MIRROR when .ci/run has
 * found it already (one search for the whole run), else one search of this file system.
 */
function findMirror(): { root?: string; why?: string } {
  const given = process.env.CAE_PROVIDER_MIRROR;
  const check = (root: string) => {
    const dir = join(root, LAYOUT);
    const arch = existsSync(dir) ? readdirSync(dir)[0] : undefined;
    const bin = arch ? readdirSync(join(dir, arch)).find((f) => f === `terraform-provider-aws_v${PROVIDER_VERSION}_x5`) : undefined;
    return bin ? { root } : { why: `${root} holds no hashicorp/aws ${PROVIDER_VERSION} in the filesystem-mirror layout (${LAYOUT}<os_arch>/terraform-provider-aws_v${PROVIDER_VERSION}_x5)` };
  };
  if (given) return check(given);
  const r = spawnSync('find', ['/', '-xdev', '-type', 'f', '-name', `terraform-provider-aws_v${PROVIDER_VERSION}_*`, '-path', `*${LAYOUT}*`], { encoding: 'utf8', timeout: 120_000 });
  const bin = r.stdout.split('\n').find(Boolean);
  if (!bin) return { why: `no hashicorp/aws ${PROVIDER_VERSION} in a filesystem mirror on this machine${r.error ? ` (the search failed: ${r.error.message})` : ''}` };
  // <root>/registry.terraform.io/hashicorp/aws/<version>/<os_arch>/terraform-provider-aws_…
  return check(bin.split('/registry.terraform.io/')[0]!);
}

const hasTerraform = spawnSync('terraform', ['version'], { encoding: 'utf8' }).status === 0;
const found = hasTerraform ? findMirror() : {};

/** The filesystem mirror's root (registry.terraform.io/… below it), when there is one. */
export const mirrorRoot = found.root;
const mirror = found.root;

/** Why the terraform tests cannot run here (false: they can). */
export const terraformSkip: string | false = !hasTerraform ? 'terraform is not on PATH' : found.why ?? false;

/** A copy of dir the mirror's provider 5.x accepts (constraint relaxed, data.aws_region.*.region read as .name, no integration_target), with a CLI config pointing at the mirror. */
export function providerFiveCopy(dir: string, into = tmp('cae-tf-')): { work: string; env: NodeJS.ProcessEnv } {
  cpSync(dir, into, { recursive: true });
  for (const f of walk(into).filter((p) => p.endsWith('.tf'))) {
    const text = readFileSync(f, 'utf8')
      .replace(/version\s*=\s*"~> 6\.\d+"/g, 'version = ">= 5.0"')
      .replace(/(data\.aws_region\.[\w-]+(?:\[[^\]]*\])?)\.region\b/g, '$1.name')
      .replace(/^\s*integration_target\s*=.*\n/gm, '')
      .replace(/^\s*aws_api_gateway_integration\.[\w-]+\.integration_target,\n/gm, '');
    writeFileSync(f, text);
  }
  const config = join(into, '.terraformrc');
  writeFileSync(config, `provider_installation {\n  filesystem_mirror {\n    path    = "${mirror}"\n    include = ["registry.terraform.io/hashicorp/aws"]\n  }\n}\n`);
  return { work: into, env: { ...process.env, TF_CLI_CONFIG_FILE: config, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' } };
}

/** terraform init + validate on a copy of dir (provider 5.x compatible); returns validate's JSON. */
export function terraformValidate(dir: string): { valid: boolean; diagnostics: { severity: string; summary: string; detail?: string }[] } {
  const { work, env } = providerFiveCopy(dir);
  execFileSync('terraform', ['init', '-backend=false', '-input=false', '-no-color'], { cwd: work, env, stdio: 'pipe' });
  const r = spawnSync('terraform', ['validate', '-json', '-no-color'], { cwd: work, env, encoding: 'utf8' });
  return JSON.parse(r.stdout);
}

/** terraform init + terraform test in a prepared folder (after providerFiveCopy); status and output. */
export function terraformTest(work: string, env: NodeJS.ProcessEnv): { status: number | null; output: string } {
  const init = spawnSync('terraform', ['init', '-backend=false', '-input=false', '-no-color'], { cwd: work, env, encoding: 'utf8' });
  if (init.status !== 0) return { status: init.status, output: init.stdout + init.stderr };
  const r = spawnSync('terraform', ['test', '-no-color'], { cwd: work, env, encoding: 'utf8', timeout: 300_000 });
  return { status: r.status, output: r.stdout + r.stderr };
}
