/** Limits on parsed input (answers files, manifests): nesting and size said in words before anything walks it. */

/** Nesting and size past which parsed content is refused (a YAML alias "bomb" expands by reference). */
const MAX_DEPTH = 16;
const MAX_NODES = 10_000;

/** Too deep or too many values (counting every use of a YAML alias): said in words, before anything walks it. */
export function shapeProblem(root: unknown): string | undefined {
  let nodes = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (++nodes > MAX_NODES) return `holds more than ${MAX_NODES} values (a YAML alias expanding many times?)`;
    if (depth > MAX_DEPTH) return `is nested more than ${MAX_DEPTH} levels deep`;
    if (v && typeof v === 'object') for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return undefined;
}

