/**
 * A three-way merge of Terraform files by top-level block: each block (with the comments and
 * blank lines above it) is taken from the side that changed it, the owner's blocks and comments
 * are kept where the owner put them, and only a block both sides changed is merged by line (its
 * conflict markers stay inside that block). Fewer false conflicts than a merge by line: an
 * owner's line after the last block no longer collides with the tool removing that block. Text
 * that is not a sequence of top-level blocks (a top-level attribute, an unbalanced brace)
 * returns undefined: the caller merges by line. Pure.
 */
import { mergeDiff3 } from 'node-diff3';

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
}

/** Merge by block; undefined when a side is not a plain sequence of blocks (merge by line then). */
export function mergeBlocks(ours: string, base: string, theirs: string, labels: { a: string; o: string; b: string }): BlockMerge | undefined {
  const [o, b, t] = [chunks(ours), chunks(base), chunks(theirs)];
  if (!o || !b || !t) return undefined;
  const get = (list: Chunk[], key: string) => list.find((c) => c.key === key)?.text;
  const keys = [...new Set([...o, ...b, ...t].map((c) => c.key))];
  const picked = new Map<string, string | undefined>();
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
      const m = mergeDiff3(x.split('\n'), (y ?? '').split('\n'), z.split('\n'), { label: labels });
      regions += m.result.reduce((n: number, l: string) => n + (l.startsWith('<<<<<<< ') ? 1 : 0), 0);
      picked.set(key, m.result.join('\n'));
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
  const parts = [...order, '<end>'].map((k) => picked.get(k)).filter((x): x is string => x !== undefined);
  return { text: parts.join('\n'), conflict: regions > 0, regions, notes };
}
