// Folders as an earlier release wrote them: its recorded answers rendered with its frozen
// renderer (templates/releases/<version>/render.mjs) and formatted, checked file by file
// against the SHA-256 that release's own output had (test/releases/<version>.json).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { hclTools, isHcl } from '../../src/hcl/tools.js';
import { provideHandlebars } from '../../src/app/release-base.js';

const repo = new URL('../..', import.meta.url).pathname;

export interface ReleaseRecord {
  release: string;
  commit: string;
  scenarios: Record<string, { answers: Record<string, unknown>; files: Record<string, string> }>;
}

export const releaseRecord = (version: string): ReleaseRecord => JSON.parse(readFileSync(join(repo, 'test', 'releases', `${version}.json`), 'utf8')) as ReleaseRecord;

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The files `version` wrote for `answers`, as it wrote them (HCL through terraform fmt). */
export async function releaseFiles(version: string, answers: Record<string, unknown>, paths: string[]): Promise<Map<string, string>> {
  provideHandlebars();
  const { render } = (await import(join(repo, 'templates', 'releases', version, 'render.mjs'))) as { render: (a: Record<string, unknown>) => Map<string, string> };
  const rendered = render(structuredClone(answers));
  const out = new Map<string, string>();
  for (const path of paths) {
    const text = rendered.get(path);
    if (text === undefined) throw new Error(`${version} rendered no ${path}`);
    out.set(path, isHcl(path) ? await hclTools.format(text) : text);
  }
  return out;
}

/** Writes one of the release's recorded scenarios into `dir`, as that release left it. */
export async function writeReleaseFolder(version: string, scenario: string, dir: string): Promise<Map<string, string>> {
  const record = releaseRecord(version).scenarios[scenario];
  if (!record) throw new Error(`no scenario ${scenario} recorded for ${version}`);
  const files = await releaseFiles(version, record.answers, Object.keys(record.files));
  for (const [path, text] of files) {
    if (sha256(text) !== record.files[path]) throw new Error(`${version}'s renderer no longer reproduces ${scenario}/${path}`);
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return files;
}
