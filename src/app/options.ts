/** What the use cases need from the shell: the run's options and its streams. */

/** Run options (everything that is not an answer), as the flags give them. */
export interface RunFlags {
  preset?: string;
  answers?: string;
  from?: string;
  out?: string;
  yes: boolean;
  force: boolean;
  dryRun: boolean;
  json: boolean;
  interactive?: boolean;
  keepFailed: boolean;
  /** Existing files the user allows a write to replace although the tool does not own them (--replace). */
  replace: string[];
  /** --replace-api: write over a folder that holds another API (another name or endpoint type). */
  replaceApi: boolean;
  terraform?: string;
  /** --terraform-plugin-dir: providers for terraform validate, in the filesystem-mirror layout (offline). */
  terraformPluginDir?: string;
  requireTerraform: boolean;
  noTerraform: boolean;
  noCache: boolean;
  templates: string[];
  help: boolean;
  version: boolean;
  /** --list-presets: print the presets (or the given one) and exit. */
  listPresets?: boolean;
}

/** The process's streams and environment, passed in so that use cases and tests need no globals. */
export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  env: Record<string, string | undefined>;
}
