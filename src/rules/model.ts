/**
 * A rule: a stable ID, what it detects, where in the domain notes it comes from, and a pure
 * function from a parsed tree to hits. `generate` runs every rule on what it is about to
 * write; `check` runs the rules of scope "any" on any Terraform tree.
 */
import type { Severity } from '../core/types.js';
import type { Block, Tree } from '../analysis/tree.js';

export interface Rule {
  /** Stable: CAE + three digits. Never reused for another meaning. */
  id: string;
  /** What it detects, in a few words (the rule table, SARIF's shortDescription). */
  title: string;
  severity: Severity;
  /** "any": any Terraform tree (check and generate); "generated": a promise of our own output only. */
  scope: 'any' | 'generated';
  /** The section of the domain notes (shared/seeds/api-gateway-endpoint-types.txt) it comes from. */
  seed: string;
  /** Why it matters, from the domain notes: what goes wrong at run time. */
  explanation: string;
  /** The fix in words (each finding also carries one for its block). */
  fix?: string;
  run(tree: Tree): RuleResult;
}

export interface Hit {
  block: Block;
  /** What will happen, e.g. "callers get 403 Forbidden". */
  message: string;
  /** The fix, as Terraform to paste where possible. */
  fix: string;
}

export interface RuleResult {
  hits: Hit[];
  /** Blocks the rule could not evaluate statically (an expression it cannot settle): counted, never a false error. */
  skipped: { block: Block; why: string }[];
}

export const result = (): RuleResult => ({ hits: [], skipped: [] });
