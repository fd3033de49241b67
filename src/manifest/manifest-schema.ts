/** JSON Schema of `.create-api-endpoint.json` version 2, as `buildManifest` writes it and `parseManifest` reads it. */
import { MANIFEST_VERSION } from './manifest.js';

const sourceRecord = {
  type: 'object',
  required: ['name', 'sha256'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', description: 'As given: a built-in preset name, a path, a package name.' },
    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'Presets: of the chain (every preset it extends) and its overlays; overlays: of the folder\'s templates.' },
    source: { type: 'string', description: 'Presets: built-in:<name>, npm:<package>@<version>, or a path relative to this folder.' },
    version: { type: 'string', description: 'Presets: the preset\'s version, else its package\'s.' },
  },
};

export function manifestSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://create-api-endpoint.dev/schema/manifest.json',
    title: 'create-api-endpoint manifest (.create-api-endpoint.json)',
    description: 'What create-api-endpoint generated into a folder and so owns there. Written by the tool; do not edit.',
    type: 'object',
    required: ['tool', 'manifestVersion', 'toolVersion', 'answers', 'endpointType', 'recommendation', 'preset', 'templates', 'files'],
    additionalProperties: false,
    properties: {
      tool: { const: 'create-api-endpoint' },
      manifestVersion: { const: MANIFEST_VERSION },
      toolVersion: { type: 'string' },
      answers: { type: 'object', description: 'The answers, keyed by flag name without dashes, as in an answers file (manifests written before 0.2 keyed them by question id; both are read).' },
      endpointType: { enum: ['EDGE', 'REGIONAL', 'PRIVATE'], description: 'The type generated (the override, when one was given).' },
      recommendation: {
        type: 'object',
        required: ['endpointType', 'recommended', 'overridden', 'reasons', 'warnings'],
        additionalProperties: false,
        properties: {
          endpointType: { enum: ['EDGE', 'REGIONAL', 'PRIVATE'], description: 'The recommended type.' },
          recommended: { enum: ['EDGE', 'REGIONAL', 'PRIVATE'] },
          overridden: { type: 'boolean' },
          reasons: { type: 'array', items: { type: 'string' } },
          warnings: { type: 'array', items: { type: 'string' } },
        },
      },
      openapi: {
        type: 'object',
        description: 'The OpenAPI document the API is defined by (the owner\'s file, never written by the tool) and the files it references: update says when they changed.',
        required: ['sources'],
        additionalProperties: false,
        properties: {
          sources: {
            type: 'array',
            items: { type: 'object', required: ['path', 'sha256'], additionalProperties: false, properties: { path: { type: 'string', description: 'Relative to this folder, with forward slashes (../ when it lives above).' }, sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' } } },
          },
        },
      },
      preset: { oneOf: [{ type: 'null' }, sourceRecord] },
      templates: { type: 'array', items: sourceRecord },
      files: {
        type: 'array',
        description: 'Every file the tool owns in the folder, besides this manifest.',
        items: {
          type: 'object',
          required: ['path', 'sha256', 'base'],
          additionalProperties: false,
          properties: {
            path: { type: 'string', description: 'Relative to the folder, with forward slashes.', pattern: '^(?!/)(?!.*(^|/)\\.\\.?(/|$)).+$' },
            sha256: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'Of the text as written; a different hash on disk means the owner edited it.' },
            base: { type: 'string', contentEncoding: 'base64', contentMediaType: 'application/gzip', description: 'The text as generated (the base of a three-way merge), gzip-compressed.' },
            pending: { type: 'string', contentEncoding: 'base64', contentMediaType: 'application/gzip', description: 'After an update with a conflict in this file: the render it was against, which becomes the base once the markers are resolved.' },
          },
        },
      },
    },
  };
}
