/** Placeholder until the wizard lands: explains how to run without it. */
import { UsageError } from '../core/errors.js';
export async function runWizard(_: unknown): Promise<number> {
  throw new UsageError(['The interactive wizard is not available in this build; pass answers as flags with --no-interactive (see --help).']);
}
