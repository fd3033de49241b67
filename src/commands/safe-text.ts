/**
 * Untrusted text (a flag value, a file's content) made safe to print: control characters
 * shown escaped (no ANSI sequence colours the terminal, no BEL rings), and long values cut
 * with their length said.
 */
const MAX = 2000;

export function safeText(text: string): string {
  // eslint-disable-next-line no-control-regex -- exactly the characters to neutralise
  const escaped = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return escaped
    .split('\n')
    .map((line) => (line.length > MAX ? `${line.slice(0, MAX)}… (${line.length} characters in all)` : line))
    .join('\n');
}
