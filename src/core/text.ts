/** Small text helpers shared across layers. */

/** Escapes a string for use as a literal inside a regular expression. */
export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
