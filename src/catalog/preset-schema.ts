/**
 * JSON Schema (draft 2020-12) of an organisation preset, format v2 — or, as before, a file of
 * answer keys only (read as defaults). Derived from the question catalog like the answers
 * schema: locked values, defaults and allowed lists take each question's own type, enum and
 * pattern. The CLI says more (a lock outside the allowed list, a pattern that does not
 * compile, an extends cycle): a preset valid here can still be refused there.
 */
import { PATTERNS } from '../core/patterns.js';
import { answersSchema, propertyOf } from './answers-schema.js';
import { QUESTIONS } from './questions.js';
import { RETENTION_DAYS } from './preset-model.js';
import { restrictable } from './preset.js';

type Schema = Record<string, unknown>;

const text = (description: string): Schema => ({ type: 'string', minLength: 1, description });
const withReason = (value: Schema, description: string): Schema => ({
  description,
  oneOf: [value, { type: 'object', required: ['value'], additionalProperties: false, properties: { value, reason: text('Why: shown in every message about this requirement.') } }],
});

export function presetSchema(): Schema {
  const answers = answersSchema('answers') as { properties: Record<string, Schema> };
  const v2: Schema = {
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: text('Another preset this one builds on: a built-in name, a path relative to this file, or an npm package (@acme/api-presets/base). Its locks stay locked; allowed lists narrow; requirements add up.'),
      name: text('The name messages and the generated README use (default: how the preset was given).'),
      version: { type: ['string', 'number'], description: 'The preset\'s version, recorded in the manifest and shown in the generated README.' },
      description: text('What the preset is for: shown by --list-presets and in the generated README.'),
      docs: text('Where the organisation documents it (a URL): shown by --list-presets and in the generated README.'),
      templates: text('A template overlay folder, relative to this file (like --templates); recorded with its hash.'),
      defaults: { ...answers, $schema: undefined, $id: undefined, title: undefined, type: 'object', description: 'Answers used when the person gives none; flags and answers files override them.' },
      locked: {
        type: 'object',
        additionalProperties: false,
        description: 'Answers fixed for everyone: a flag, answers file or --from with another value is refused (exit 2) with the reason; the wizard shows them instead of asking.',
        properties: Object.fromEntries(
          QUESTIONS.map((q) => [q.flag, { type: 'object', required: ['value', 'reason'], additionalProperties: false, properties: { value: propertyOf(q), reason: text('Why everyone gets this value.') } }]),
        ),
      },
      allowed: {
        type: 'object',
        additionalProperties: false,
        description: 'Values allowed for enum questions and the Region. A recommended endpoint type outside the list gives way to the closest allowed one, with the trade-off said.',
        properties: Object.fromEntries(
          QUESTIONS.filter(restrictable).map((q) => [q.flag, { type: 'array', minItems: 1, uniqueItems: true, items: q.kind === 'select' ? { enum: q.choices.map((c) => c.value) } : { type: 'string', pattern: PATTERNS.region } }]),
        ),
      },
      require: {
        type: 'object',
        additionalProperties: false,
        description: 'Organisation policy on the output: each requirement is a rule (CAE201–CAE212) that generate enforces before writing and check --preset / update enforce on any tree.',
        properties: {
          tags: {
            type: 'object',
            description: 'Tag keys every API must carry in the provider\'s default tags, each with a regular expression its value must match.',
            additionalProperties: { oneOf: [{ type: 'string' }, { type: 'object', required: ['pattern'], additionalProperties: false, properties: { pattern: { type: 'string' }, reason: { type: 'string' } } }] },
          },
          name: withReason({ type: 'string' }, 'A regular expression every API name must match.'),
          'domain-suffix': withReason({ type: 'string', pattern: PATTERNS.domain }, 'Custom domains must end with this domain.'),
          waf: withReason({ const: true }, 'AWS WAF on every public stage.'),
          'log-retention-days': withReason({ enum: RETENTION_DAYS }, 'The shortest log retention allowed, in days (the module\'s default and a validation).'),
          'log-kms': withReason({ const: true }, 'Log groups encrypted with a KMS key (log_kms_key_arn becomes required).'),
          'private-dns': withReason({ type: 'boolean' }, 'Private DNS on (or off) on the execute-api interface endpoint.'),
          auth: withReason({ type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['iam', 'cognito', 'lambda', 'none'] } }, 'The ways callers may authenticate (--auth): [iam, cognito, lambda] refuses methods open to anyone. It narrows allowed.auth, and check flags any method outside it (CAE210).'),
          'api-key': withReason({ const: true }, 'API keys with a usage plan on every API (--api-key); check flags a public API method without api_key_required (CAE211).'),
          mtls: withReason({ const: true }, 'Mutual TLS on regional custom domains (--mtls-truststore); check flags a regional custom domain without it (CAE212).'),
          'vpc-endpoint-id': withReason({ type: 'string', pattern: PATTERNS.vpcEndpointId }, 'The VPC\'s shared execute-api interface endpoint every private API uses (it is locked as --vpc-endpoint-id; no API creates its own).'),
        },
      },
      checks: {
        type: 'object',
        description: 'Rule settings: a severity change, or a rule disabled with the reason.',
        propertyNames: { pattern: '^CAE[0-9]{3}$' },
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          properties: { severity: { enum: ['error', 'warning', 'info'] }, disabled: { type: 'boolean' }, reason: { type: 'string' } },
          if: { properties: { disabled: { const: true } }, required: ['disabled'] },
          then: { required: ['reason'], properties: { reason: { type: 'string', minLength: 1 } } },
        },
      },
    },
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://create-api-endpoint.dev/schema/preset.json',
    title: 'create-api-endpoint preset',
    description: 'An organisation preset (format v2): extends, defaults, locked, allowed, require, templates, checks. A file of answer keys only is read as defaults (format v1).',
    anyOf: [{ type: 'null' }, v2, { ...answers, $schema: undefined, $id: undefined, title: undefined, description: 'Format v1: answer keys only, read as defaults.' }],
  };
}
