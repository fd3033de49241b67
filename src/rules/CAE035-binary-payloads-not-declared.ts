import { coveredBinary } from '../openapi/document.js';
import { evalIn } from '../analysis/tree.js';
import type { Rule } from './model.js';
import { eachSpec } from './openapi-rule.js';

export const rule: Rule = {
  id: 'CAE035',
  title: 'Binary payloads an OpenAPI body uses but the API does not declare binary',
  severity: 'warning',
  scope: 'any',
  seed: 'Troubleshooting steps, 8. Specific error messages (corrupted payloads)',
  explanation: 'API Gateway passes a payload through unchanged only when its media type is listed in the API\'s binary media types; otherwise it treats the bytes as UTF-8 text and corrupts images, PDFs, archives and octet streams.',
  fix: 'List the media types in x-amazon-apigateway-binary-media-types (or binary_media_types on the API).',
  run: (tree) =>
    eachSpec(tree, (api, _doc, facts) => {
      const arg = api.body.binary_media_types !== undefined ? evalIn(tree, api.dir, api.body.binary_media_types) : [];
      if (!Array.isArray(arg)) return [];
      const listed = [...facts.binaryMediaTypes, ...arg.filter((t): t is string => typeof t === 'string')];
      const unlisted = facts.binaryContent.filter((t) => !coveredBinary(t, listed));
      return unlisted.length
        ? [{ pointer: '', severity: 'warning', message: `sends or receives ${unlisted.join(', ')}, which neither x-amazon-apigateway-binary-media-types nor binary_media_types lists: API Gateway treats those payloads as UTF-8 text and corrupts them.`, fix: `binary_media_types = [${unlisted.map((t) => JSON.stringify(t)).join(', ')}]`, rule: 'CAE035' }]
        : [];
    }),
};
