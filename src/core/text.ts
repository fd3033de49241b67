/** Small text helpers shared across layers. */

/** Escapes a string for use as a literal inside a regular expression. */
export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Characters no text of ours may carry into a terminal, a .tf file or a README: control
 * characters (an escape sequence clears a screen or retitles a window) and the Unicode
 * bidirectional controls behind "Trojan Source" (text that displays in another order than
 * it is read). Line breaks and tabs are allowed where `lines` is set.
 */
// eslint-disable-next-line no-control-regex -- exactly the characters to refuse
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
// eslint-disable-next-line no-control-regex -- the same, with line breaks and tabs too
const UNSAFE_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** The first unsafe character of a text, said as `\xNN`/`U+NNNN at position N`, or undefined. */
export function unsafeCharacter(text: string, lines = false): string | undefined {
  const m = (lines ? UNSAFE : UNSAFE_ONE_LINE).exec(text);
  if (!m) return undefined;
  const code = m[0].codePointAt(0)!;
  const name = code > 0x9f ? `the bidirectional control U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `the control character \\x${code.toString(16).padStart(2, '0')}`;
  return `${name} at position ${[...text.slice(0, m.index)].length + 1}`;
}
