/** Shared value types of the pure pipeline: answers → recommendation → blueprint → files. */

import type { AnswersOf, ChoiceOf } from '../catalog/answer-shape.js';

export type Clients = ChoiceOf<'clients'>;
export type Integration = ChoiceOf<'integration'>;
export type EndpointChoice = ChoiceOf<'endpointType'>;
export type EndpointType = 'EDGE' | 'REGIONAL' | 'PRIVATE';

/** Everything the user decides, derived from the catalog's answer shape (catalog/answer-shape.ts). */
export type Answers = AnswersOf;

export interface Recommendation {
  /** The type the generated module uses (the override when one was given). */
  endpointType: EndpointType;
  /** What the rules alone pick. */
  recommended: EndpointType;
  overridden: boolean;
  reasons: string[];
  tradeoffs: string[];
  warnings: string[];
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  file: string;
  line?: number;
  severity: Severity;
  message: string;
  fix: string;
  /** The rule that found it (CAE…), for findings from rules. */
  rule?: string;
  /** The block's address, e.g. aws_api_gateway_stage.this. */
  address?: string;
}

export interface CheckResult {
  name: string;
  status: 'pass' | 'fail' | 'skip';
  durationMs: number;
  /** Why a check was skipped, in plain words. */
  reason?: string;
  findings: Finding[];
}

/** Rendered output: relative path → file text. */
export type FileTree = Map<string, string>;

export const ENDPOINT_TYPES: Record<EndpointChoice, EndpointType> = {
  edge: 'EDGE',
  regional: 'REGIONAL',
  private: 'PRIVATE',
};
