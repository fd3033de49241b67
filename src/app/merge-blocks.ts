/**
 * A three-way merge of Terraform files by top-level block: each block (with the comments and
 * blank lines above it) is taken from the side that changed it, the owner's blocks and comments
 * are kept where the owner put them, and only a block both sides changed is merged by line (its
 * conflict markers stay inside that block). Fewer false conflicts than a merge by line: an
 * owner's line after the last block no longer collides with the tool removing that block. Text
 * that is not a sequence of top-level blocks (a top-level attribute, an unbalanced brace)
 * returns undefined: the caller merges by line. Pure.
 */
import { diff3Merge } from 'node-diff3';

/**
 * A line merge as git merge-file does it (diff3 markers), with each side of the result kept as
 * well: the file with your side of every conflicting region, and with the render's. Taken from
 * the merge's regions, never parsed back out of the marked text (a line of yours may look like a
 * marker: a Markdown heading's ======= underline).
 */
export function mergeLines(a: string[], o: string[], b: string[], labels: { a: string; o: string; b: string }): { result: string[]; regions: number; yours: string[]; theirs: string[] } {
  const result: string[] = [];
  const yours: string[] = [];
  const theirs: string[] = [];
  let regions = 0;
  for (const r of diff3Merge(a, o, b, { excludeFalseConflicts: true })) {
    if (r.ok) {
      result.push(...r.ok);
      yours.push(...r.ok);
      theirs.push(...r.ok);
    } else if (r.conflict) {
      regions++;
      result.push(`<<<<<<< ${labels.a}`, ...r.conflict.a, `||||||| ${labels.o}`, ...r.conflict.o, '=======', ...r.conflict.b, `>>>>>>> ${labels.b}`);
      yours.push(...r.conflict.a);
      theirs.push(...r.conflict.b);
    }
  }
  return { result, regions, yours, theirs };
}

interface Chunk {
  key: string;
  text: string;
}

const HEADER = /^([A-Za-z_][\w-]*)((?:\s+(?:"(?:[^"\\]|\\.)*"|[A-Za-z_][\w-]*))*)\s*\{\s*(?:\}\s*)?$/;
const HEREDOC = /<<-?([A-Za-z_][\w-]*)\s*$/;

/** The file as blocks keyed by their header (and occurrence), with the text above each; then what follows the last. */
export function chunks(text: string): Chunk[] | undefined {
  const lines = text.split('\n');
  const out: Chunk[] = [];
  const seen = new Map<string, number>();
  let pending: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '' || /^\s*(#|\/\/)/.test(line)) {
      pending.push(line);
      i++;
      continue;
    }
    if (/^\s*\/\*/.test(line)) {
      // A block comment: to its end.
      while (i < lines.length && !lines[i]!.includes('*/')) pending.push(lines[i++]!);
      if (i < lines.length) pending.push(lines[i++]!);
      continue;
    }
    const h = HEADER.exec(line);
    if (!h) return undefined;
    const header = `${h[1]}${h[2]!.replace(/\s+/g, ' ')}`;
    const n = (seen.get(header) ?? 0) + 1;
    seen.set(header, n);
    const body = [line];
    i++;
    if (!/\}\s*$/.test(line)) {
      // To the closing brace at the start of a line, skipping heredocs (their text may hold one).
      let closed = false;
      while (i < lines.length) {
        const l = lines[i++]!;
        body.push(l);
        const doc = HEREDOC.exec(l);
        if (doc) {
          while (i < lines.length && lines[i]!.trim() !== doc[1]) body.push(lines[i++]!);
          if (i < lines.length) body.push(lines[i++]!);
          continue;
        }
        if (/^\}\s*$/.test(l)) {
          closed = true;
          break;
        }
      }
      if (!closed) return undefined;
    }
    out.push({ key: n === 1 ? header : `${header} #${n}`, text: [...pending, ...body].join('\n') });
    pending = [];
  }
  out.push({ key: '<end>', text: pending.join('\n') });
  return out;
}

export interface BlockMerge {
  text: string;
  conflict: boolean;
  /** Conflicting regions (0 without a conflict). */
  regions: number;
  /** Blocks one side deleted and the other changed: kept as changed, said. */
  notes: string[];
  /** The result with your side of every conflicting region, and with the render's (equal to text without a conflict). */
  yours: string;
  theirs: string;
}

/** Merge by block; undefined when a side is not a plain sequence of blocks (merge by line then). */
export function mergeBlocks(ours: string, base: string, theirs: string, labels: { a: string; o: string; b: string }): BlockMerge | undefined {
  const [o, b, t] = [chunks(ours), chunks(base), chunks(theirs)];
  if (!o || !b || !t) return undefined;
  const get = (list: Chunk[], key: string) => list.find((c) => c.key === key)?.text;
  const keys = [...new Set([...o, ...b, ...t].map((c) => c.key))];
  const picked = new Map<string, string | undefined>();
  // Blocks with a conflict: each side of it (the others are the same on both sides).
  const sides = new Map<string, { yours: string; theirs: string }>();
  let regions = 0;
  const notes: string[] = [];
  const name = (key: string) => key.replace(/"/g, '');
  for (const key of keys) {
    const [x, y, z] = [get(o, key), get(b, key), get(t, key)];
    if (x === y) picked.set(key, z);
    else if (z === y || x === z) picked.set(key, x);
    else if (x === undefined || z === undefined) {
      // One side deleted a block the other changed: keep the changed one (never lose an edit), and say so.
      picked.set(key, x ?? z);
      notes.push(x === undefined ? `${name(key)}: you deleted it and the new render changed it; written again as rendered (delete it again if you do not want it)` : `${name(key)}: no longer generated, but you edited it; kept`);
    } else {
      const m = mergeLines(x.split('\n'), (y ?? '').split('\n'), z.split('\n'), labels);
      regions += m.regions;
      picked.set(key, m.result.join('\n'));
      if (m.regions) sides.set(key, { yours: m.yours.join('\n'), theirs: m.theirs.join('\n') });
    }
  }
  // Order: the owner's, with blocks new in the render placed after the block they follow there.
  const order = o.map((c) => c.key).filter((k) => k !== '<end>');
  const render = t.map((c) => c.key).filter((k) => k !== '<end>');
  for (const [idx, key] of render.entries()) {
    if (order.includes(key)) continue;
    const after = render.slice(0, idx).reverse().find((k) => order.includes(k));
    order.splice(after === undefined ? 0 : order.indexOf(after) + 1, 0, key);
  }
  const joined = (side?: 'yours' | 'theirs') =>
    [...order, '<end>']
      .map((k) => (side && sides.has(k) ? sides.get(k)![side] : picked.get(k)))
      .filter((x): x is string => x !== undefined)
      .join('\n');
  return { text: joined(), conflict: regions > 0, regions, notes, yours: joined('yours'), theirs: joined('theirs') };
}
