/** The shapes of organisation presets (format v2) and of the policy a chain of them makes. */
import type { Severity } from '../core/types.js';

/** The keys of a v2 preset document. */
export const PRESET_KEYS = ['extends', 'name', 'version', 'description', 'docs', 'defaults', 'locked', 'allowed', 'require', 'templates', 'checks'] as const;

/** What `require` may ask of the output; each becomes a rule (CAE2xx) with the preset's reason. */
export const REQUIRE_KEYS = ['tags', 'name', 'domain-suffix', 'waf', 'log-retention-days', 'log-kms', 'private-dns', 'vpc-endpoint-id', 'auth', 'api-key', 'mtls'] as const;
export type RequireKey = (typeof REQUIRE_KEYS)[number];

/** The ways to authenticate `--auth` offers (require.auth lists the allowed ones). */
export const AUTH_METHODS = ['iam', 'cognito', 'lambda', 'none'];

/** Retention periods CloudWatch Logs accepts. */
export const RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

/** Where a value came from: the preset's name and file, for messages. */
export interface Origin {
  preset: string;
  file: string;
  line?: number;
}

export interface Lock extends Origin {
  /** The answer, coerced (a list stays a list). */
  value: unknown;
  reason: string;
}

export interface Allow extends Origin {
  values: string[];
}

export type Requirement = Origin & { reason?: string } & (
    | { kind: 'tag'; key: string; pattern: string }
    | { kind: 'name'; pattern: string }
    | { kind: 'domain-suffix'; suffix: string }
    | { kind: 'waf' }
    | { kind: 'log-retention-days'; days: number }
    | { kind: 'log-kms' }
    | { kind: 'private-dns'; value: boolean }
    | { kind: 'vpc-endpoint-id'; id: string }
    | { kind: 'auth'; methods: string[] }
    | { kind: 'api-key' }
    | { kind: 'mtls' }
  );

export interface RuleSetting extends Origin {
  severity?: Severity;
  disabled?: boolean;
  reason?: string;
}

/** One preset document, validated; `extends` not yet followed. */
export interface PresetDoc {
  /** The name it is known by: its `name`, else how it was given (built-in name, package, path). */
  name: string;
  file: string;
  version?: string;
  description?: string;
  docs?: string;
  extends?: string;
  /** Answer values by flag. */
  defaults: Record<string, unknown>;
  locked: Map<string, Lock>;
  allowed: Map<string, Allow>;
  require: Requirement[];
  /** The overlay folder as written (relative to the preset file). */
  templates?: string;
  checks: Map<string, RuleSetting>;
}

/** A chain of presets merged: what a run obeys. */
export interface Policy {
  /** The chain, the base first; the last is the one given on the command line. */
  chain: PresetDoc[];
  defaults: Record<string, unknown>;
  locked: Map<string, Lock>;
  allowed: Map<string, Allow>;
  require: Requirement[];
  checks: Map<string, RuleSetting>;
}

export const EMPTY_POLICY: Policy = { chain: [], defaults: {}, locked: new Map(), allowed: new Map(), require: [], checks: new Map() };

