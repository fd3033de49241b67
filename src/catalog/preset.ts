/**
 * Organisation presets (format v2), as data: parse and validate one preset document, and
 * merge a chain of them (an org preset, a team preset extending it) into the policy a run
 * obeys — defaults, locked answers with their reasons, allowed values, requirements on the
 * output, rule settings. Pure: the caller reads the files (app/preset-file.ts) and passes the
 * text, so errors can name file, line and key.
 *
 * A preset file with only answer keys at the top (format v1, "an answers file of the lowest
 * precedence") is read as `defaults`, so presets written before keep working.
 */
import { unsafeCharacter } from '../core/text.js';
import { didYouMean } from '../core/closest.js';
import type { Severity } from '../core/types.js';
import { coerce } from './resolve-answers.js';
import { QUESTIONS, questionByFlag, type Question } from './questions.js';
import { validateDomain } from './validators.js';
import { AUTH_METHODS, PRESET_KEYS, REQUIRE_KEYS, RETENTION_DAYS, type Origin, type Policy, type PresetDoc, type RequireKey, type Requirement } from './preset-model.js';

export * from './preset-model.js';

/** Questions whose values a preset may restrict to a list: every select question, and the Region. */
export const restrictable = (q: Question) => q.kind === 'select' || q.id === 'region';

/** The line of a key (by its path) in YAML or JSON text: the first line after its parent's that names it. */
export function keyLine(text: string, path: string[]): number | undefined {
  const lines = text.split('\n');
  let from = 0;
  let found: number | undefined;
  for (const key of path) {
    const esc = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(^|[\\s{,])["']?${esc}["']?\\s*:`);
    let hit = -1;
    for (let i = from; i < lines.length; i++) {
      if (re.test(lines[i]!.replace(/#.*$/, ''))) {
        hit = i;
        break;
      }
    }
    if (hit < 0) return found;
    found = hit + 1;
    from = hit;
  }
  return found;
}

/** The first string (or key) of a parsed document with an unsafe character, and where it is. */
function unsafeIn(v: unknown, path: string[]): { path: string[]; what: string } | undefined {
  if (typeof v === 'string') {
    const what = unsafeCharacter(v, true);
    return what ? { path, what } : undefined;
  }
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) {
      const hit = unsafeIn(x, [...path, String(i)]);
      if (hit) return hit;
    }
    return undefined;
  }
  if (isMap(v)) {
    for (const [k, x] of Object.entries(v)) {
      const what = unsafeCharacter(k);
      if (what) return { path: [...path, JSON.stringify(k)], what };
      const hit = unsafeIn(x, [...path, k]);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** A reason as stored: trimmed, one line, without a final full stop (messages add their own). */
const reasonText = (r: string) => r.replace(/\s+/g, ' ').trim().replace(/\.+$/, '');

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/**
 * Validate one preset document. `raw` is the parsed YAML/JSON, `text` the file's text (for
 * line numbers), `given` how the preset was named; `ruleIds` the rules `checks` may name.
 */
export function parsePreset(raw: unknown, file: string, text: string, given: string, ruleIds: readonly string[]): { doc?: PresetDoc; problems: string[] } {
  const problems: string[] = [];
  const at = (...path: string[]) => {
    const line = keyLine(text, path);
    return `${file}${line ? `:${line}` : ''}: ${path.join('.')}`;
  };
  if (raw === null || raw === undefined) raw = {};
  // Its text reaches terminals, .tf files and READMEs: no control characters, no bidirectional controls.
  const unsafe = unsafeIn(raw, []);
  if (unsafe) return { problems: [`${at(...unsafe.path)}: has ${unsafe.what}; a preset's text must be plain (an escape sequence or a bidirectional override would reach terminals, .tf files and READMEs). Remove it.`] };
  if (!isMap(raw)) return { problems: [`${file}: a preset is a mapping (extends, defaults, locked, allowed, require, …), not ${Array.isArray(raw) ? 'a list' : typeof raw}.`] };

  const keys = Object.keys(raw).filter((k) => k !== '$schema');
  const answerKeys = new Set(QUESTIONS.map((q) => q.flag));
  const v2 = keys.some((k) => (PRESET_KEYS as readonly string[]).includes(k));
  // Format v1: answer keys only, all of them defaults.
  const doc: PresetDoc = { name: given, file, defaults: {}, locked: new Map(), allowed: new Map(), require: [], checks: new Map() };
  if (!v2) {
    for (const k of keys) if (!answerKeys.has(k)) problems.push(`${at(k)}: unknown key.${didYouMean(k, [...answerKeys, ...PRESET_KEYS])} A preset holds ${PRESET_KEYS.join(', ')} (or, as before, answer keys only, read as defaults).`);
    doc.defaults = answerValues(raw, (k) => at(k), problems, 'v1');
    return problems.length ? { problems } : { doc, problems };
  }
  for (const k of keys) {
    if ((PRESET_KEYS as readonly string[]).includes(k)) continue;
    problems.push(
      answerKeys.has(k)
        ? `${at(k)}: answer keys go under defaults (or locked) in a preset with ${keys.filter((x) => (PRESET_KEYS as readonly string[]).includes(x)).join(', ')}; move it there.`
        : `${at(k)}: unknown key.${didYouMean(k, PRESET_KEYS)} A preset holds ${PRESET_KEYS.join(', ')}.`,
    );
  }

  const text1 = (key: (typeof PRESET_KEYS)[number]): string | undefined => {
    const v = raw[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'number' && key === 'version') return String(v);
    if (typeof v !== 'string' || v.trim() === '') return void problems.push(`${at(key)}: must be ${key === 'extends' ? 'the name, path or package of another preset' : 'text'}.`);
    return v;
  };
  if (typeof raw.name === 'string' && raw.name.trim()) doc.name = raw.name.trim();
  else text1('name');
  doc.version = text1('version');
  doc.description = text1('description');
  doc.docs = text1('docs');
  doc.extends = text1('extends');
  doc.templates = text1('templates');

  const section = (key: 'defaults' | 'locked' | 'allowed' | 'require' | 'checks'): Record<string, unknown> | undefined => {
    const v = raw[key];
    if (v === undefined || v === null) return undefined;
    if (!isMap(v)) return void problems.push(`${at(key)}: must be a mapping, not ${Array.isArray(v) ? 'a list' : show(v)}.`);
    return v;
  };
  const origin = (line?: number): Origin => ({ preset: doc.name, file, ...(line ? { line } : {}) });

  const defaults = section('defaults');
  if (defaults) doc.defaults = answerValues(defaults, (k) => at('defaults', k), problems, 'defaults');

  const locked = section('locked');
  for (const [k, v] of Object.entries(locked ?? {})) {
    const q = questionByFlag.get(k);
    if (!q) {
      problems.push(`${at('locked', k)}: not an answer key.${didYouMean(k, answerKeys)}`);
      continue;
    }
    if (!isMap(v) || !('value' in v)) {
      problems.push(`${at('locked', k)}: give the value and the reason, e.g. ${k}: { value: ${exampleOf(q)}, reason: "why everyone gets this" }.`);
      continue;
    }
    const extra = Object.keys(v).filter((x) => x !== 'value' && x !== 'reason');
    if (extra.length) problems.push(`${at('locked', k, extra[0]!)}: unknown key; a lock holds value and reason.`);
    if (typeof v.reason !== 'string' || v.reason.trim() === '') {
      problems.push(`${at('locked', k)}: a lock needs a reason (the text people see when their value is refused).`);
      continue;
    }
    const c = coerce(q, { value: v.value, origin: at('locked', k, 'value'), fromFlag: false, recorded: false });
    if (typeof c === 'string') problems.push(c);
    else doc.locked.set(k, { ...origin(keyLine(text, ['locked', k])), value: c.value, reason: reasonText(v.reason) });
  }

  const allowed = section('allowed');
  for (const [k, v] of Object.entries(allowed ?? {})) {
    const q = questionByFlag.get(k);
    if (!q || !restrictable(q)) {
      const lists = QUESTIONS.filter(restrictable).map((x) => x.flag);
      problems.push(`${at('allowed', k)}: ${q ? 'not a question with a list of values' : 'not an answer key'};${didYouMean(k, lists)} allowed lists exist for ${lists.join(', ')}.`);
      continue;
    }
    if (!Array.isArray(v) || v.length === 0 || !v.every((x) => typeof x === 'string')) {
      problems.push(`${at('allowed', k)}: must be a non-empty list of values, e.g. [${exampleOf(q)}].`);
      continue;
    }
    const bad = (v as string[]).map((x) => coerce(q, { value: x, origin: `${at('allowed', k)}: ${show(x)}`, fromFlag: false, recorded: false })).find((c) => typeof c === 'string');
    if (bad) problems.push(bad as string);
    else doc.allowed.set(k, { ...origin(keyLine(text, ['allowed', k])), values: v as string[] });
  }

  const require = section('require');
  for (const [k, v] of Object.entries(require ?? {})) parseRequirement(k, v, doc, at, origin, text, problems);

  const checks = section('checks');
  for (const [id, v] of Object.entries(checks ?? {})) {
    if (!ruleIds.includes(id)) {
      problems.push(`${at('checks', id)}: no rule ${id}.${didYouMean(id, ruleIds)} Rules: ${ruleIds.join(', ')} (see create-api-endpoint check --help).`);
      continue;
    }
    if (!isMap(v)) {
      problems.push(`${at('checks', id)}: give { severity: error|warning|info } or { disabled: true, reason: "…" }.`);
      continue;
    }
    const extra = Object.keys(v).filter((x) => !['severity', 'disabled', 'reason'].includes(x));
    if (extra.length) problems.push(`${at('checks', id, extra[0]!)}: unknown key; a rule setting holds severity, disabled and reason.`);
    if (v.severity !== undefined && !['error', 'warning', 'info'].includes(v.severity as string)) problems.push(`${at('checks', id, 'severity')}: ${show(v.severity)} is not error, warning or info.`);
    if (v.disabled !== undefined && typeof v.disabled !== 'boolean') problems.push(`${at('checks', id, 'disabled')}: must be true or false.`);
    if (v.disabled === true && (typeof v.reason !== 'string' || !v.reason.trim())) problems.push(`${at('checks', id)}: a disabled rule needs a reason (it is printed wherever the rule would have run).`);
    doc.checks.set(id, { ...origin(keyLine(text, ['checks', id])), severity: v.severity as Severity | undefined, disabled: v.disabled === true, reason: typeof v.reason === 'string' ? reasonText(v.reason) : undefined });
  }

  // A lock outside the allowed list, or a default outside it, can never hold.
  for (const [k, lock] of doc.locked) {
    const allow = doc.allowed.get(k);
    if (allow && !allow.values.includes(String(lock.value))) problems.push(`${at('locked', k)}: locks ${show(lock.value)}, which allowed.${k} (${allow.values.join(', ')}) does not allow.`);
  }
  for (const [k, value] of Object.entries(doc.defaults)) {
    const allow = doc.allowed.get(k);
    if (allow && typeof value === 'string' && !allow.values.includes(value)) problems.push(`${at('defaults', k)}: ${show(value)} is not in allowed.${k} (${allow.values.join(', ')}).`);
    const lock = doc.locked.get(k);
    if (lock && JSON.stringify(lock.value) !== JSON.stringify(value)) problems.push(`${at('defaults', k)}: ${show(value)} contradicts locked.${k} (${show(lock.value)}); drop the default.`);
  }
  return problems.length ? { problems } : { doc, problems };
}

function exampleOf(q: Question): string {
  if (q.kind === 'select') return q.choices[0]!.value;
  if (q.kind === 'boolean') return 'true';
  if (q.id === 'region') return 'eu-west-1';
  return '…';
}

/** Answer values under `defaults` (or a v1 preset's top level), each checked by the catalog. */
function answerValues(values: Record<string, unknown>, at: (k: string) => string, problems: string[], where: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    const q = questionByFlag.get(k);
    if (!q) {
      if (where === 'defaults') problems.push(`${at(k)}: not an answer key.${didYouMean(k, QUESTIONS.map((x) => x.flag))}`);
      continue;
    }
    const c = coerce(q, { value: v, origin: at(k), fromFlag: false, recorded: false });
    if (typeof c === 'string') problems.push(c);
    else out[k] = v;
  }
  return out;
}

/** A requirement is `key: value` or `key: { value|pattern, reason }`. */
function parseRequirement(k: string, v: unknown, doc: PresetDoc, at: (...p: string[]) => string, origin: (line?: number) => Origin, text: string, problems: string[]): void {
  if (!(REQUIRE_KEYS as readonly string[]).includes(k)) {
    problems.push(`${at('require', k)}: unknown requirement.${didYouMean(k, REQUIRE_KEYS)} Requirements: ${REQUIRE_KEYS.join(', ')}.`);
    return;
  }
  const o = origin(keyLine(text, ['require', k]));
  let value = v;
  let reason: string | undefined;
  if (isMap(v) && k !== 'tags') {
    value = v.value ?? v.pattern;
    if (v.reason !== undefined && typeof v.reason !== 'string') problems.push(`${at('require', k, 'reason')}: must be text.`);
    reason = typeof v.reason === 'string' ? reasonText(v.reason) : undefined;
  }
  const compiles = (pattern: unknown, where: string[]): pattern is string => {
    if (typeof pattern !== 'string' || pattern === '') return void problems.push(`${at(...where)}: must be a regular expression (text), e.g. '^[a-z]+-api$'.`), false;
    try {
      new RegExp(pattern, 'u');
      return true;
    } catch (err) {
      problems.push(`${at(...where)}: ${show(pattern)} does not compile: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}.`);
      return false;
    }
  };
  switch (k as RequireKey) {
    case 'tags': {
      if (!isMap(v)) return void problems.push(`${at('require', k)}: must map each required tag key to a value pattern, e.g. { cost-center: '^\\d{4}$', owner: '.+' }.`);
      for (const [key, spec] of Object.entries(v)) {
        const pattern = isMap(spec) ? spec.pattern : spec;
        const why = isMap(spec) && typeof spec.reason === 'string' ? reasonText(spec.reason) : undefined;
        if (compiles(pattern, ['require', 'tags', key])) doc.require.push({ ...origin(keyLine(text, ['require', 'tags', key])), kind: 'tag', key, pattern, reason: why });
      }
      return;
    }
    case 'name':
      if (compiles(value, ['require', k])) doc.require.push({ ...o, kind: 'name', pattern: value, reason });
      return;
    case 'domain-suffix': {
      const suffix = typeof value === 'string' ? value.replace(/^\./, '') : '';
      if (!suffix || validateDomain(suffix)) return void problems.push(`${at('require', k)}: must be a domain such as internal.example.com (custom domains must end with it).`);
      doc.require.push({ ...o, kind: 'domain-suffix', suffix, reason });
      return;
    }
    case 'auth': {
      const methods = Array.isArray(value) ? value : [value];
      const bad = methods.filter((m) => !AUTH_METHODS.includes(m as string));
      if (!methods.length || bad.length) return void problems.push(`${at('require', k)}: must list the allowed ways to authenticate, from ${AUTH_METHODS.join(', ')} (e.g. [iam, cognito, lambda] to refuse none)${bad.length ? `; ${bad.map(show).join(', ')} is not one` : ''}.`);
      doc.require.push({ ...o, kind: 'auth', methods: methods as string[], reason });
      return;
    }
    case 'waf':
    case 'log-kms':
    case 'api-key':
    case 'mtls':
      if (value !== true) return void problems.push(`${at('require', k)}: the only value is true (leave it out to not require it).`);
      doc.require.push({ ...o, kind: k, reason } as Requirement);
      return;
    case 'private-dns':
      if (typeof value !== 'boolean') return void problems.push(`${at('require', k)}: must be true or false.`);
      doc.require.push({ ...o, kind: 'private-dns', value, reason });
      return;
    case 'vpc-endpoint-id':
      if (typeof value !== 'string' || !/^vpce-([0-9a-f]{8}|[0-9a-f]{17})$/.test(value)) return void problems.push(`${at('require', k)}: must be the ID of the shared execute-api interface endpoint (vpce- and 8 or 17 hex digits).`);
      doc.require.push({ ...o, kind: 'vpc-endpoint-id', id: value, reason });
      return;
    case 'log-retention-days':
      if (typeof value !== 'number' || !RETENTION_DAYS.includes(value)) return void problems.push(`${at('require', k)}: ${show(value)} is not a retention CloudWatch Logs accepts (${RETENTION_DAYS.join(', ')}).`);
      doc.require.push({ ...o, kind: 'log-retention-days', days: value, reason });
      return;
  }
}

/**
 * Merge a chain, the base first. A team preset narrows an org preset: defaults and rule
 * settings override, locks add (changing a base's lock is an error), allowed lists intersect,
 * requirements accumulate (every one is enforced).
 */
export function mergePolicy(chain: PresetDoc[]): { policy: Policy; problems: string[] } {
  const problems: string[] = [];
  const policy: Policy = { chain, defaults: {}, locked: new Map(), allowed: new Map(), require: [], checks: new Map() };
  for (const doc of chain) {
    for (const [k, lock] of doc.locked) {
      const before = policy.locked.get(k);
      if (before && JSON.stringify(before.value) !== JSON.stringify(lock.value))
        problems.push(`${lock.file}${lock.line ? `:${lock.line}` : ''}: locked.${k}: ${show(lock.value)} contradicts the lock of ${before.preset} (${show(before.value)}: ${before.reason}); a preset that extends another cannot unlock or change its locks.`);
      else if (!before) policy.locked.set(k, lock);
    }
    for (const [k, allow] of doc.allowed) {
      const before = policy.allowed.get(k);
      if (!before) policy.allowed.set(k, allow);
      else {
        const both = allow.values.filter((x) => before.values.includes(x));
        if (both.length === 0) problems.push(`${allow.file}${allow.line ? `:${allow.line}` : ''}: allowed.${k}: none of ${allow.values.join(', ')} is allowed by ${before.preset} (${before.values.join(', ')}).`);
        else policy.allowed.set(k, { ...allow, values: both });
      }
    }
    Object.assign(policy.defaults, doc.defaults);
    policy.require.push(...doc.require);
    for (const [id, s] of doc.checks) policy.checks.set(id, s);
  }
  // require.auth narrows the allowed ways to authenticate, like allowed.auth.
  for (const r of policy.require) {
    if (r.kind !== 'auth') continue;
    const before = policy.allowed.get('auth');
    const both = before ? r.methods.filter((m) => before.values.includes(m)) : r.methods;
    if (!both.length) problems.push(`${r.file}${r.line ? `:${r.line}` : ''}: require.auth: none of ${r.methods.join(', ')} is allowed by ${before!.preset} (${before!.values.join(', ')}).`);
    else policy.allowed.set('auth', { preset: r.preset, file: r.file, line: r.line, values: both });
  }
  // Requirements on answers the questions give (WAF on, private DNS on or off) act as locks.
  for (const r of policy.require) {
    if (r.kind !== 'waf' && r.kind !== 'private-dns' && r.kind !== 'vpc-endpoint-id' && r.kind !== 'api-key') continue;
    const value = r.kind === 'waf' || r.kind === 'api-key' ? true : r.kind === 'vpc-endpoint-id' ? r.id : r.value;
    const before = policy.locked.get(r.kind);
    if (before && before.value !== value) problems.push(`${r.file}${r.line ? `:${r.line}` : ''}: require.${r.kind} (${value}) contradicts locked.${r.kind} of ${before.preset} (${show(before.value)}).`);
    else if (!before) policy.locked.set(r.kind, { preset: r.preset, file: r.file, line: r.line, value, reason: r.reason ?? `the preset requires ${r.kind === 'waf' ? 'AWS WAF on public stages' : r.kind === 'api-key' ? 'API keys and a usage plan' : r.kind === 'vpc-endpoint-id' ? `the VPC's shared execute-api endpoint ${value}` : `private DNS ${value ? 'on' : 'off'}`}` });
  }
  for (const [k, lock] of policy.locked) {
    const allow = policy.allowed.get(k);
    if (allow && !allow.values.includes(String(lock.value))) problems.push(`${lock.file}: locked.${k} (${show(lock.value)}) is not in allowed.${k} of ${allow.preset} (${allow.values.join(', ')}).`);
    if (k in policy.defaults && JSON.stringify(policy.defaults[k]) !== JSON.stringify(lock.value)) delete policy.defaults[k];
  }
  for (const [k, allow] of policy.allowed) if (typeof policy.defaults[k] === 'string' && !allow.values.includes(policy.defaults[k])) delete policy.defaults[k];
  return { policy, problems };
}

/** How the policy reads in one line per preset (help, README, reports). */
export function policyTitle(policy: Policy): string | undefined {
  const last = policy.chain[policy.chain.length - 1];
  if (!last) return undefined;
  return `${last.name}${last.version ? ` v${last.version}` : ''}`;
}

/**
 * Requirements the answers alone can break (tags, name, custom domain suffix): said before
 * anything renders, naming the flag to fix. The rules (CAE2xx) check the same on the output.
 */
export function requirementProblems(a: { name: string; domain?: string; tags?: string[]; endpointType?: string; apiKey?: boolean; mtlsTruststore?: string; ownCdn?: boolean }, policy: Pick<Policy, 'require'>): string[] {
  const problems: string[] = [];
  const where = (r: Requirement) => `preset ${r.preset} (${r.file}${r.line ? `:${r.line}` : ''})${r.reason ? `: ${r.reason}` : ''}`;
  const tags = Object.fromEntries((a.tags ?? []).map((i) => [i.slice(0, i.indexOf('=')).trim(), i.slice(i.indexOf('=') + 1).trim()]));
  for (const r of policy.require) {
    if (r.kind === 'tag') {
      const value = tags[r.key];
      if (value === undefined) problems.push(`missing tag ${r.key}, required by ${where(r)}. Give --tags ${r.key}=<value matching ${r.pattern}> (or tags: { ${r.key}: … } in an answers file).`);
      else if (!new RegExp(r.pattern, 'u').test(value)) problems.push(`--tags ${r.key}=${value}: does not match ${r.pattern}, required by ${where(r)}.`);
    } else if (r.kind === 'name' && !new RegExp(r.pattern, 'u').test(a.name)) problems.push(`--name ${a.name}: does not match ${r.pattern}, required by ${where(r)}.`);
    else if (r.kind === 'domain-suffix' && a.domain && a.domain !== r.suffix && !a.domain.endsWith(`.${r.suffix}`)) problems.push(`--domain ${a.domain}: is not under ${r.suffix}, required by ${where(r)}.`);
    else if (r.kind === 'api-key' && a.endpointType && a.endpointType !== 'PRIVATE' && a.apiKey !== true) problems.push(`a public (${a.endpointType}) API without API keys: ${where(r)} requires them. Give --api-key (or api-key: true in an answers file).`);
    else if (r.kind === 'mtls' && a.domain && a.endpointType === 'REGIONAL' && !a.ownCdn && !a.mtlsTruststore) problems.push(`--domain ${a.domain} without mutual TLS: ${where(r)} requires it on custom domains. Give --mtls-truststore s3://bucket/key?versionId=… (a PEM bundle of the CAs that sign your callers' certificates).`);
  }
  return problems;
}
