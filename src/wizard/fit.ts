/**
 * How many terminal lines a text takes, wrapped at word boundaries the way Ink wraps it, so
 * a screen can choose what to show in full and what to shorten before it grows taller than
 * the terminal (a frame taller than the terminal scrolls its title away, and a terminal that
 * reflows it leaves stale lines behind). Pure.
 */

/** Lines of `text` (which may hold line breaks) wrapped at `width` columns, words kept whole where they fit. */
export function linesOf(text: string, width: number): number {
  const w = Math.max(1, width);
  let total = 0;
  for (const paragraph of text.split('\n')) {
    let lines = 1;
    let col = 0;
    for (const word of paragraph.split(' ')) {
      const len = [...word].length;
      if (col === 0) col = len;
      else if (col + 1 + len <= w) col += 1 + len;
      else {
        lines++;
        col = len;
      }
      // A word longer than the line is cut hard.
      while (col > w) {
        lines++;
        col -= w;
      }
    }
    total += lines;
  }
  return total;
}

/** The text cut to one line of `width` columns, with an ellipsis when anything was cut. */
export function oneLine(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(1, width - 1)).join('').trimEnd()}…`;
}

export type WarningsLayout = 'full' | 'short' | 'count';

/**
 * How a list of warnings fits in `budget` lines at `width` columns: in full, one line each,
 * or a single line that counts them (the person opens them with a key).
 */
export function fitWarnings(warnings: string[], width: number, budget: number, prefix = 2): WarningsLayout {
  if (!warnings.length) return 'full';
  const full = 1 + warnings.reduce((n, w) => n + linesOf(`! ${w}`, width - prefix + 2), 0);
  if (full <= budget) return 'full';
  if (1 + warnings.length <= budget) return 'short';
  return 'count';
}

/** The text cut to at most `maxLines` lines at `width` columns, ending in an ellipsis when cut. */
export function clipText(text: string, width: number, maxLines: number): string {
  if (linesOf(text, width) <= maxLines) return text;
  const words = text.split(' ');
  let lo = 0;
  let hi = words.length;
  // The longest prefix of words that, with the ellipsis, still fits.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (linesOf(`${words.slice(0, mid).join(' ')} …`, width) <= maxLines) lo = mid;
    else hi = mid - 1;
  }
  return `${words.slice(0, lo).join(' ')} …`;
}
