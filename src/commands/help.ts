/** --help, derived from the question catalog and the run options. */
import { QUESTIONS, type Question } from '../catalog/questions.js';
import { RUN_OPTIONS } from './args.js';
import { builtInPresets } from './read-answers-file.js';
import { COMMANDS, SHARED_OPTIONS, commandByName, type CommandSpec } from './registry.js';

const WIDTH = 80;

function usageOf(q: Question): string {
  if (q.kind === 'boolean') return `--${q.flag}, --no-${q.flag}`;
  if (q.kind === 'select') return `--${q.flag} <${q.choices.map((c) => c.value).join('|')}>`;
  return `--${q.flag} ${q.valueName ?? '<value>'}`;
}

function wrap(text: string, indent: number): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && indent + line.length + 1 + w.length > WIDTH) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : ' '.repeat(indent) + l)).join('\n');
}

/** A command line broken before options (with a backslash) to fit the width. */
function wrapCommand(command: string, indent: number): string {
  const parts = command.split(/ (?=--)/);
  const lines: string[] = [];
  let line = '';
  for (const p of parts) {
    if (line && 2 + line.length + 1 + p.length + 2 > WIDTH) {
      lines.push(`${line} \\`);
      line = p;
    } else line = line ? `${line} ${p}` : p;
  }
  lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : ' '.repeat(indent) + l)).join('\n');
}

function defaultOf(q: Question): string {
  if (q.kind === 'boolean') return q.default({}, {}) ? ' (default: on)' : '';
  if (q.id === 'region') return ' (default: $AWS_REGION, $AWS_DEFAULT_REGION, else us-east-1)';
  if (q.id === 'description') return ' (default: "<name> REST API")';
  const d = q.default({}, {});
  return d !== undefined && !Array.isArray(d) ? ` (default with --yes: ${d})` : '';
}

/** The common journeys, first in --help (a test runs each one). */
export const EXAMPLES: { command: string; what: string }[] = [
  { command: 'npx create-api-endpoint', what: 'At a terminal: the wizard asks, recommends, and writes ./<name>.' },
  { command: 'create-api-endpoint --yes --clients internal --vpc-id vpc-0a1b2c3d --subnet-ids subnet-0a1b2c3d,subnet-4e5f6a7b --out infra/orders', what: 'A private API for services in your VPCs, from a pipeline (--yes takes the defaults for what is not given).' },
  { command: 'create-api-endpoint --yes --clients global --domain api.example.com --out infra/shop', what: 'A public API for clients worldwide, behind its own domain.' },
  { command: 'create-api-endpoint --preset internal-microservices --name payments --yes --out infra/payments', what: 'Follow a preset: your platform team\'s answers, locks and rules.' },
  { command: 'create-api-endpoint update infra/orders', what: 'Bring a generated folder up to date with this version, keeping your edits (--check in CI).' },
  { command: 'create-api-endpoint check infra/orders --format sarif', what: 'Find endpoint misconfigurations in any Terraform tree, for code scanning.' },
];

export function helpText(version: string): string {
  const out: string[] = [];
  out.push(`create-api-endpoint ${version}`);
  out.push('');
  out.push('Recommends an Amazon API Gateway endpoint type (EDGE, REGIONAL or PRIVATE) for');
  out.push('your clients and constraints, explains why, and writes a Terraform root module');
  out.push('and reusable modules that it has checked (parse, provider schema, references,');
  out.push('format, security rules, terraform validate when available).');
  out.push('');
  out.push('Examples:');
  for (const e of EXAMPLES) {
    out.push(`  ${wrapCommand(e.command, 4)}`);
    out.push(`      ${wrap(e.what, 6)}`);
  }
  out.push('');
  out.push('Usage: create-api-endpoint [generate] [options]');
  out.push('       create-api-endpoint <command> [options]');
  out.push('');
  out.push('Commands (create-api-endpoint help <command> for each):');
  for (const c of COMMANDS) out.push(`  ${c.name.padEnd(10)}${wrap(c.summary, 12)}`);
  out.push('');
  out.push('Questions (each is also a key of an --answers file):');
  for (const q of QUESTIONS) {
    out.push(`  ${usageOf(q)}`);
    const choices = q.kind === 'select' ? ` ${q.choices.map((c) => `${c.value}: ${lowerFirst(c.label)}.`).join(' ')}` : '';
    const applies = q.appliesTo ? ` Applies to ${q.appliesTo}.` : '';
    const req = q.required ? ' Required (or --yes).' : '';
    out.push(`      ${wrap(`${q.prompt}${choices}${applies}${req}${defaultOf(q)}`, 6)}`);
  }
  out.push('');
  out.push('Run options:');
  for (const o of RUN_OPTIONS) {
    out.push(`  ${o.short ? `-${o.short}, ` : ''}--${o.flag}${o.valueName ? ` ${o.valueName}` : ''}`);
    out.push(`      ${wrap(o.help, 6)}`);
  }
  out.push('');
  out.push('Presets (--preset <name>; flags override their defaults, not their locks; --list-presets for details):');
  for (const p of builtInPresets()) {
    out.push(`  ${p.name}`);
    out.push(`      ${wrap(p.summary, 6)}`);
  }
  out.push('');
  out.push('Exit codes:');
  out.push(...exitLines(commandByName.get('generate')!.exitCodes));
  out.push('  (update: 5 written with conflict markers; create-api-endpoint help <command> for each)');
  out.push('');
  return out.join('\n');
}

/** The help of a command other than generate. */
export function commandHelp(spec: CommandSpec, version: string): string {
  const out: string[] = [`create-api-endpoint ${version} — ${spec.name}`, '', wrap(spec.summary, 0), ''];
  out.push(`Usage: ${spec.usage[0]}`);
  for (const u of spec.usage.slice(1)) out.push(`       ${u}`);
  out.push('', wrap(spec.about, 0), '', 'Options:');
  for (const o of [...spec.options, ...SHARED_OPTIONS]) {
    out.push(`  ${o.usage}`);
    out.push(`      ${wrap(o.help, 6)}`);
  }
  out.push('', 'Exit codes:', ...exitLines(spec.exitCodes), '');
  return out.join('\n');
}

/** Exit codes as an aligned list, each meaning wrapped under its code. */
function exitLines(codes: [number, string][]): string[] {
  return [...codes].sort((a, b) => a[0] - b[0]).map(([code, meaning]) => `  ${String(code).padEnd(5)}${wrap(meaning, 7)}`);
}

/** "Public clients worldwide" → "public clients worldwide"; acronyms ("HTTP proxy", "VPC link V2", "EDGE") stay. */
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
