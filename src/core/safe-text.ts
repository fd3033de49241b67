/**
 * Untrusted text (a flag value, a file's content) made safe to print: control characters
 * shown escaped (no ANSI sequence colours the terminal, no BEL rings), and long values cut
 * with their length said.
 */
const MAX = 2000;

export function safeText(text: string): string {
  const escaped = text
    // eslint-disable-next-line no-control-regex -- exactly the characters to neutralise
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    // Bidirectional controls reorder what the terminal shows ("Trojan Source"): shown as code points.
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase()}}`);
  return escaped
    .split('\n')
    .map((line) => (line.length > MAX ? `${line.slice(0, MAX)}… (${line.length} characters in all)` : line))
    .join('\n');
}
