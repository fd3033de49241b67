// The outside tools some tests need (terraform with the AWS provider, moto, tflint, tmux).
// Where CI installs them (.ci/run sets CAE_REQUIRE_TOOLS=1), a missing tool fails the test
// that needs it; elsewhere (a developer's machine) the test skips and says why.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';

export const toolsRequired = process.env.CAE_REQUIRE_TOOLS === '1';

type Options = { timeout?: number };

/** A test that needs a tool: `missing` is why it cannot run here (false: it can). */
export function toolTest(name: string, missing: string | false, opts: Options, fn: (t: TestContext) => Promise<void> | void): void {
  if (!missing) return void test(name, opts, fn);
  if (toolsRequired) return void test(name, opts, () => assert.fail(`${missing} — CI installs it (CAE_REQUIRE_TOOLS=1), so it must be here`));
  test(name, { ...opts, skip: missing }, fn);
}
