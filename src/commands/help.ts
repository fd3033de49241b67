/** --help, derived from the question catalog and the run options. */
import { QUESTIONS, type Question } from '../catalog/questions.js';
import { RUN_OPTIONS } from './args.js';
import { builtInPresets } from './read-answers-file.js';
import { COMMANDS, SHARED_OPTIONS, type CommandSpec } from './registry.js';

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

function defaultOf(q: Question): string {
  if (q.kind === 'boolean') return q.default({}, {}) ? ' (default: on)' : '';
  if (q.id === 'region') return ' (default: $AWS_REGION, $AWS_DEFAULT_REGION, else us-east-1)';
  if (q.id === 'description') return ' (default: "<name> REST API")';
  const d = q.default({}, {});
  return d !== undefined && !Array.isArray(d) ? ` (default with --yes: ${d})` : '';
}

export function helpText(version: string): string {
  const out: string[] = [];
  out.push(`create-api-endpoint ${version}`);
  out.push('');
  out.push('Recommends an Amazon API Gateway endpoint type (EDGE, REGIONAL or PRIVATE) for');
  out.push('your clients and constraints, explains why, and writes a Terraform root module');
  out.push('and reusable modules that it has checked (parse, provider schema, references,');
  out.push('format, security rules, terraform validate when available).');
  out.push('');
  out.push('Usage: create-api-endpoint [generate] [options]');
  out.push('       create-api-endpoint <command> [options]');
  out.push('       npx create-api-endpoint --yes --clients internal --hybrid \\');
  out.push('           --onprem-cidrs 10.20.0.0/16 --out infra/api');
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
  out.push('  0    done (or, with --dry-run, everything checked)');
  out.push('  1    a check failed; nothing was written (unless --keep-failed)');
  out.push('  2    bad input: unknown flag, invalid or missing value, contradicting answers');
  out.push('  3    refused to write: a non-empty folder without --force, a file in the way');
  out.push('       that the tool did not write or that you edited, a forbidden or locked');
  out.push('       folder, or a folder that cannot be written (nothing was changed)');
  out.push('  4    internal error, or an install that cannot start its tools');
  out.push('  5    update only: written with conflict markers in the files it lists');
  out.push('  130  interrupted (SIGINT); 143 terminated (SIGTERM): files put back');
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
  out.push('', 'Exit codes: 0 done, 2 bad input (or not available yet), 4 internal error.', '');
  return out.join('\n');
}

/** "Public clients worldwide" → "public clients worldwide"; acronyms ("HTTP proxy", "VPC link V2", "EDGE") stay. */
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
