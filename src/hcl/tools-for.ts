/** The HCL tools a run uses: hcl2json and the formatter, behind the on-disk cache unless --no-cache. */
import { hclTools, type HclTools } from './tools.js';
import { defaultCacheDir, toolVersions, withCache } from './cache.js';

export function toolsFor(flags: { noCache?: boolean }, env: Record<string, string | undefined>): HclTools {
  if (flags.noCache) return hclTools;
  return withCache(hclTools, defaultCacheDir(env), toolVersions());
}
