/** A check outcome as SARIF 2.1.0, so code-scanning UIs show findings inline. */
import type { Rule } from '../rules/model.js';
import type { RulesOutcome } from '../rules/run-rules.js';
import { ruleMarkdown } from './rule-docs.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function toSarif(outcome: RulesOutcome, rules: Rule[], version: string, category?: string): object {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const location = (file: string, line: number) => ({ physicalLocation: { artifactLocation: { uri: file.split('\\').join('/') }, region: { startLine: Math.max(1, line) } } });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'create-api-endpoint',
            version,
            informationUri: 'https://www.npmjs.com/package/create-api-endpoint',
            rules: rules.map((r) => ({
              id: r.id,
              name: r.title.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')),
              shortDescription: { text: r.title },
              fullDescription: { text: r.explanation },
              help: { text: `${r.explanation}${r.fix ? ` Fix: ${r.fix}` : ''} (Domain notes: ${r.seed}.)`, markdown: ruleMarkdown(r) },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { tags: ['api-gateway', 'terraform'], seed: r.seed },
            })),
          },
        },
        results: [
          ...outcome.findings.map((f) => ({
            ruleId: f.rule,
            ruleIndex: index.get(f.rule) ?? 0,
            level: LEVEL[f.severity],
            message: { text: `${f.message.replace(/^CAE\d{3} /, '')}\nFix:\n${f.fix}` },
            locations: [location(f.file, f.line ?? 1)],
            partialFingerprints: { primaryLocationLineHash: `${f.rule}:${f.address}` },
          })),
          ...outcome.suppressed.map((s) => ({
            ruleId: s.rule,
            ruleIndex: index.get(s.rule) ?? 0,
            level: LEVEL[rules[index.get(s.rule) ?? 0]!.severity],
            message: { text: `${s.address}: suppressed in source` },
            locations: [location(s.file, s.line)],
            suppressions: [{ kind: 'inSource', justification: s.reason }],
          })),
        ],
        invocations: [{ executionSuccessful: true }],
        // GitHub code scanning reads the category from the id (up to its last "/").
        ...(category ? { automationDetails: { id: `${category.replace(/\/+$/, '')}/` } } : {}),
      },
    ],
  };
}

/**
 * A run that could not check (HCL that does not parse, an unreadable file): still a valid SARIF
 * document, with the reasons as tool execution notifications (a code-scanning upload of an
 * empty file fails; this one shows why the run failed).
 */
export function failedRunSarif(problems: string[], version: string): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'create-api-endpoint', version, informationUri: 'https://www.npmjs.com/package/create-api-endpoint', rules: [] } },
        results: [],
        invocations: [
          {
            executionSuccessful: false,
            toolExecutionNotifications: problems.map((p) => {
              const at = /^(.+?):(\d+): (.*)$/s.exec(p);
              return {
                level: 'error',
                message: { text: at ? at[3]! : p },
                ...(at ? { locations: [{ physicalLocation: { artifactLocation: { uri: at[1]!.split('\\').join('/') }, region: { startLine: Math.max(1, Number(at[2])) } } }] } : {}),
              };
            }),
          },
        ],
      },
    ],
  };
}
