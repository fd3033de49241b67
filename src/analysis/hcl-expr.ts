/**
 * HCL native syntax, read in one linear pass: whole files (blocks, attributes, comments,
 * heredocs) for `check`, and the expressions hcl2json leaves inside "${…}" strings. The
 * expression tree has literals, strings with interpolations, tuples, objects, references
 * (var.x, aws_x.y[0].id, module.m.out), function calls, operators, conditionals, for
 * expressions, splats and index/attribute access. Pure; evaluation is evaluate.ts's job.
 *
 * Expressions read through `parseTemplate` are total: text that cannot be read becomes an
 * `opaque` node (evaluated as unknown), never an exception. Nesting is bounded (MAX_DEPTH).
 */

export type Expr =
  | { t: 'lit'; v: string | number | boolean | null }
  | { t: 'tmpl'; parts: (string | Expr)[] }
  | { t: 'tuple'; items: Expr[] }
  | { t: 'object'; items: { key: Expr; value: Expr }[] }
  | { t: 'ref'; root: string; path: Step[] }
  | { t: 'call'; name: string; args: Expr[]; expand: boolean }
  | { t: 'unary'; op: '!' | '-'; x: Expr }
  | { t: 'binary'; op: string; a: Expr; b: Expr }
  | { t: 'cond'; c: Expr; a: Expr; b: Expr }
  | { t: 'for'; text: string; refs: Expr[] }
  | { t: 'access'; x: Expr; path: Step[] }
  | { t: 'opaque'; text: string };

/** A step of a traversal: `.name`, `[index]`, or a splat `[*]` / `.*`. */
export type Step = { k: 'attr'; name: string } | { k: 'index'; x: Expr } | { k: 'splat' };

/** Deepest nesting read (brackets, calls, operators): deeper text is refused, never handed on. */
export const MAX_DEPTH = 100;

/** Why a text could not be read, with the 1-based line it was found at. */
export class HclSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    /** Nesting past MAX_DEPTH: refused outright, not handed to another parser. */
    readonly tooDeep = false,
  ) {
    super(message);
    this.name = 'HclSyntaxError';
  }
}

type Tok = (
  | { k: 'num'; v: number }
  | { k: 'id'; v: string }
  | { k: 'str'; parts: (string | Tok[])[]; heredoc?: string }
  | { k: 'op'; v: string }
  | { k: 'nl' }
  | { k: 'eof' }
) & { s: number; e: number };

const OPS = ['...', '=>', '==', '!=', '>=', '<=', '&&', '||', '?', ':', '=', '!', '-', '+', '*', '/', '%', '>', '<', '(', ')', '[', ']', '{', '}', ',', '.'];
const IDENT_START = /[A-Za-z_]/;
const IDENT = /[A-Za-z0-9_-]/;
const DIGIT = /[0-9]/;

/** Tokens of a text from `start`; with `stopAtBrace`, up to the `}` that closes an interpolation. */
function lex(src: string, start = 0, stopAtBrace = false): { toks: Tok[]; end: number } {
  const toks: Tok[] = [];
  let i = start;
  let depth = 0;
  while (i < src.length) {
    const c = src.charCodeAt(i);
    if (c === 10) {
      toks.push({ k: 'nl', s: i, e: i + 1 });
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) {
      i++;
      continue;
    }
    const ch = src[i]!;
    if (ch === '#' || (ch === '/' && src[i + 1] === '/')) {
      const end = src.indexOf('\n', i);
      i = end < 0 ? src.length : end;
      continue;
    }
    if (ch === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      if (end < 0) throw new HclSyntaxError('unterminated comment', i);
      // A block comment that spans lines still counts its line breaks as one.
      if (src.slice(i, end).includes('\n')) toks.push({ k: 'nl', s: i, e: end + 2 });
      i = end + 2;
      continue;
    }
    if (ch === '"') {
      const s = lexString(src, i);
      toks.push(s.tok);
      i = s.end;
      continue;
    }
    if (ch === '<' && src[i + 1] === '<' && /^<<-?[A-Za-z_]/.test(src.slice(i, i + 4))) {
      const h = lexHeredoc(src, i);
      toks.push(h.tok);
      i = h.end;
      continue;
    }
    if (DIGIT.test(ch)) {
      const m = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(src.slice(i, i + 64))!;
      toks.push({ k: 'num', v: Number(m[0]), s: i, e: i + m[0].length });
      i += m[0].length;
      continue;
    }
    if (IDENT_START.test(ch)) {
      let j = i + 1;
      while (j < src.length && (IDENT.test(src[j]!) || (src[j] === ':' && src[j + 1] === ':' && IDENT_START.test(src[j + 2] ?? '')))) j += src[j] === ':' ? 2 : 1;
      toks.push({ k: 'id', v: src.slice(i, j), s: i, e: j });
      i = j;
      continue;
    }
    if (stopAtBrace && ch === '{') depth++;
    if (stopAtBrace && ch === '}') {
      if (depth === 0) return { toks: [...toks, { k: 'eof', s: i, e: i }], end: i + 1 };
      depth--;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new HclSyntaxError(`unexpected character ${JSON.stringify(ch)}`, i);
    toks.push({ k: 'op', v: op, s: i, e: i + op.length });
    i += op.length;
  }
  if (stopAtBrace) throw new HclSyntaxError('unterminated interpolation', start);
  toks.push({ k: 'eof', s: i, e: i });
  return { toks, end: i };
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** A quoted string at its opening quote: literal parts and interpolations (token lists). */
function lexString(src: string, start: number): { tok: Tok; end: number } {
  const parts: (string | Tok[])[] = [];
  let text = '';
  let i = start + 1;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '"') {
      if (text) parts.push(text);
      return { tok: { k: 'str', parts, s: start, e: i + 1 }, end: i + 1 };
    }
    if (c === '\n') throw new HclSyntaxError('a quoted string ends at a line break', i);
    if (c === '\\') {
      const e = src[i + 1] ?? '';
      if (e === 'u' || e === 'U') {
        const n = e === 'u' ? 4 : 8;
        const code = parseInt(src.slice(i + 2, i + 2 + n), 16);
        text += Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
        i += 2 + n;
      } else {
        text += ESCAPES[e] ?? e;
        i += 2;
      }
      continue;
    }
    if ((c === '$' || c === '%') && src[i + 1] === c && src[i + 2] === '{') {
      // Kept escaped, as hcl2json keeps it: a literal "$${x}" must not read as an interpolation later.
      text += `${c}${c}{`;
      i += 3;
      continue;
    }
    if (c === '$' && src[i + 1] === '{') {
      if (text) parts.push(text);
      text = '';
      const inner = lex(src, i + 2, true);
      parts.push(inner.toks);
      i = inner.end;
      continue;
    }
    if (c === '%' && src[i + 1] === '{') {
      // A template directive (if/for): not evaluated; the string becomes unknown.
      if (text) parts.push(text);
      text = '';
      const inner = lex(src, i + 2, true);
      parts.push([{ k: 'id', v: '__directive__', s: i, e: inner.end }, { k: 'eof', s: inner.end, e: inner.end }]);
      i = inner.end;
      continue;
    }
    text += c;
    i++;
  }
  throw new HclSyntaxError('unterminated string', start);
}

/** A heredoc (<<EOT or <<-EOT … EOT) as a string token; interpolations inside are lexed. */
function lexHeredoc(src: string, start: number): { tok: Tok; end: number } {
  const m = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)\r?\n/.exec(src.slice(start, start + 128));
  if (!m) throw new HclSyntaxError('bad heredoc', start);
  const bodyStart = start + m[0].length;
  // The closing marker: alone on a line (indented for <<-).
  let lineStart = bodyStart;
  let closeAt = -1;
  let closeEnd = -1;
  while (lineStart <= src.length) {
    const nl = src.indexOf('\n', lineStart);
    const line = src.slice(lineStart, nl < 0 ? src.length : nl);
    if (line.trim() === m[2]) {
      closeAt = lineStart;
      closeEnd = lineStart + line.length;
      break;
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  if (closeAt < 0) throw new HclSyntaxError(`unterminated heredoc <<${m[2]}`, start);
  let body = src.slice(bodyStart, closeAt);
  if (m[1] === '-') {
    const lines = body.split('\n');
    const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
    body = lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
  }
  const parts: (string | Tok[])[] = [];
  let text = '';
  for (let i = 0; i < body.length; ) {
    if ((body[i] === '$' || body[i] === '%') && body[i + 1] === body[i] && body[i + 2] === '{') {
      text += `${body[i]}{`;
      i += 3;
    } else if (body[i] === '$' && body[i + 1] === '{') {
      if (text) parts.push(text);
      text = '';
      const inner = lex(body, i + 2, true);
      parts.push(inner.toks);
      i = inner.end;
    } else if (body[i] === '%' && body[i + 1] === '{') {
      if (text) parts.push(text);
      text = '';
      const inner = lex(body, i + 2, true);
      parts.push([{ k: 'id', v: '__directive__', s: 0, e: 0 }, { k: 'eof', s: 0, e: 0 }]);
      i = inner.end;
    } else text += body[i++];
  }
  if (text) parts.push(text);
  // `heredoc`: the body as written (indentation removed for <<-), interpolations and all.
  return { tok: { k: 'str', parts, heredoc: body, s: start, e: closeEnd }, end: closeEnd };
}

class Parser {
  pos = 0;
  private depth = 0;
  /** Where each expression read by expr() starts and ends in the source (offsets). */
  readonly spans = new WeakMap<Expr, [number, number]>();
  /** Whether a line break ends what is being read here (false inside (), [], calls and interpolations, where HCL ignores them). */
  private nl: boolean[];
  constructor(
    readonly toks: Tok[],
    newlines = false,
  ) {
    this.nl = [newlines];
  }

  peek(): Tok {
    if (!this.nl[this.nl.length - 1]) while (this.toks[this.pos]!.k === 'nl') this.pos++;
    return this.toks[this.pos]!;
  }
  next(): Tok {
    const t = this.peek();
    this.pos++;
    return t;
  }
  isOp(v: string): boolean {
    const t = this.peek();
    return t.k === 'op' && t.v === v;
  }
  expectOp(v: string): void {
    const t = this.next();
    if (t.k !== 'op' || t.v !== v) throw new HclSyntaxError(`expected "${v}"`, t.s);
  }
  /** Where the last token read (line breaks aside) ends. */
  lastEnd(): number {
    let i = this.pos - 1;
    while (i > 0 && this.toks[i]!.k === 'nl') i--;
    return this.toks[i]!.e;
  }
  skipNl(): void {
    while (this.toks[this.pos]!.k === 'nl') this.pos++;
  }
  private enter(at: number): void {
    if (++this.depth > MAX_DEPTH) throw new HclSyntaxError(`nested more than ${MAX_DEPTH} levels deep`, at, true);
  }
  private within<T>(newlines: boolean, f: () => T): T {
    this.nl.push(newlines);
    try {
      return f();
    } finally {
      this.nl.pop();
    }
  }

  parseAll(): Expr {
    this.skipNl();
    const e = this.expr();
    this.skipNl();
    if (this.peek().k !== 'eof') throw new HclSyntaxError('unexpected text after the expression', this.peek().s);
    return e;
  }

  expr(): Expr {
    const start = this.peek().s;
    this.enter(start);
    try {
      const c = this.binary(1);
      let e: Expr = c;
      if (this.isOp('?')) {
        this.next();
        this.skipNl();
        const a = this.expr();
        this.skipNl();
        this.expectOp(':');
        this.skipNl();
        const b = this.expr();
        e = { t: 'cond', c, a, b };
      }
      this.spans.set(e, [start, this.lastEnd()]);
      return e;
    } finally {
      this.depth--;
    }
  }

  private static readonly PREC: Record<string, number> = { '||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '<=': 4, '>': 4, '>=': 4, '+': 5, '-': 5, '*': 6, '/': 6, '%': 6 };

  private binary(min: number): Expr {
    let a = this.unary();
    for (;;) {
      const t = this.peek();
      const p = t.k === 'op' ? Parser.PREC[t.v] : undefined;
      if (p === undefined || p < min) break;
      this.next();
      this.skipNl();
      this.enter(t.s);
      try {
        const b = this.binary(p + 1);
        a = { t: 'binary', op: (t as { v: string }).v, a, b };
      } finally {
        this.depth--;
      }
    }
    return a;
  }

  private unary(): Expr {
    if (this.isOp('!') || this.isOp('-')) {
      const t = this.next() as { v: '!' | '-'; s: number };
      this.enter(t.s);
      try {
        return { t: 'unary', op: t.v, x: this.unary() };
      } finally {
        this.depth--;
      }
    }
    return this.postfix(this.primary());
  }

  private postfix(x: Expr): Expr {
    const path: Step[] = [];
    for (;;) {
      if (this.isOp('.')) {
        this.next();
        const t = this.next();
        if (t.k === 'id') path.push({ k: 'attr', name: t.v });
        else if (t.k === 'num') path.push({ k: 'index', x: { t: 'lit', v: t.v } });
        else if (t.k === 'op' && t.v === '*') path.push({ k: 'splat' });
        else throw new HclSyntaxError('expected an attribute name after "."', t.s);
      } else if (this.isOp('[')) {
        this.next();
        this.within(false, () => {
          if (this.isOp('*')) {
            this.next();
            this.expectOp(']');
            path.push({ k: 'splat' });
          } else {
            const i = this.expr();
            this.expectOp(']');
            path.push({ k: 'index', x: i });
          }
        });
      } else break;
    }
    if (!path.length) return x;
    if (x.t === 'ref') return { ...x, path: [...x.path, ...path] };
    return { t: 'access', x, path };
  }

  private primary(): Expr {
    const t = this.next();
    if (t.k === 'num') return { t: 'lit', v: t.v };
    if (t.k === 'str') return this.template(t);
    if (t.k === 'id') {
      if (t.v === 'true' || t.v === 'false') return { t: 'lit', v: t.v === 'true' };
      if (t.v === 'null') return { t: 'lit', v: null };
      if (t.v === '__directive__') return { t: 'opaque', text: '%{…}' };
      if (this.isOp('(')) return this.call(t.v);
      return { t: 'ref', root: t.v, path: [] };
    }
    if (t.k === 'op' && t.v === '(') {
      this.enter(t.s);
      try {
        return this.within(false, () => {
          const e = this.expr();
          this.expectOp(')');
          return e;
        });
      } finally {
        this.depth--;
      }
    }
    if (t.k === 'op' && t.v === '[') return this.nested(t.s, () => this.tuple());
    if (t.k === 'op' && t.v === '{') return this.nested(t.s, () => this.object());
    throw new HclSyntaxError(t.k === 'eof' ? 'the expression ends too early' : t.k === 'nl' ? 'an expression is missing before the line break' : `unexpected ${t.k === 'op' ? `"${t.v}"` : 'token'}`, t.s);
  }

  private nested<T>(at: number, f: () => T): T {
    this.enter(at);
    try {
      return f();
    } finally {
      this.depth--;
    }
  }

  private template(t: Extract<Tok, { k: 'str' }>): Expr {
    const parts: (string | Expr)[] = t.parts.map((p) => (typeof p === 'string' ? p : new Parser(p).parseAll()));
    if (parts.length === 0) return { t: 'lit', v: '' };
    if (parts.length === 1 && typeof parts[0] === 'string') return { t: 'lit', v: parts[0] };
    return { t: 'tmpl', parts };
  }

  private call(name: string): Expr {
    const open = this.peek().s;
    this.expectOp('(');
    return this.nested(open, () =>
      this.within(false, () => {
        const args: Expr[] = [];
        let expand = false;
        while (!this.isOp(')')) {
          args.push(this.expr());
          if (this.isOp('...')) {
            this.next();
            expand = true;
          }
          if (this.isOp(',')) this.next();
          else if (!this.isOp(')')) throw new HclSyntaxError('expected "," or ")" in a function call', this.peek().s);
        }
        this.next();
        return { t: 'call', name, args, expand } as Expr;
      }),
    );
  }

  private tuple(): Expr {
    return this.within(false, () => {
      if (this.peek().k === 'id' && (this.peek() as { v: string }).v === 'for') return this.forExpr(']');
      const items: Expr[] = [];
      while (!this.isOp(']')) {
        items.push(this.expr());
        if (this.isOp(',')) this.next();
        else if (!this.isOp(']')) throw new HclSyntaxError('expected "," or "]" in a list', this.peek().s);
      }
      this.next();
      return { t: 'tuple', items } as Expr;
    });
  }

  private object(): Expr {
    return this.within(true, () => {
      this.skipNl();
      if (this.peek().k === 'id' && (this.peek() as { v: string }).v === 'for') return this.within(false, () => this.forExpr('}'));
      const items: { key: Expr; value: Expr }[] = [];
      while (!this.isOp('}')) {
        const k = this.peek();
        let key: Expr;
        // A bare identifier key is its name (not a reference); (expr) and "string" keys are values.
        const after = this.toks[this.pos + 1];
        if (k.k === 'id' && after?.k === 'op' && (after.v === '=' || after.v === ':')) {
          this.next();
          key = { t: 'lit', v: k.v };
        } else {
          const at = this.peek().s;
          key = this.within(false, () => this.binary(1));
          this.spans.set(key, [at, this.lastEnd()]);
        }
        if (!this.isOp('=') && !this.isOp(':')) throw new HclSyntaxError('expected "=" after an object key', this.peek().s);
        this.next();
        const value = this.within(true, () => {
          this.skipNl();
          return this.expr();
        });
        items.push({ key, value });
        if (this.isOp(',')) this.next();
        if (this.peek().k === 'nl') this.skipNl();
        else if (!this.isOp('}') && this.toks[this.pos - 1]?.k !== 'op') throw new HclSyntaxError('expected a line break, "," or "}" after an object item', this.peek().s);
        if (this.peek().k === 'eof') throw new HclSyntaxError('unterminated object', this.peek().s);
      }
      this.next();
      return { t: 'object', items } as Expr;
    });
  }

  /** A for expression: kept as unknown, with the references it mentions (for "does it refer to X"). */
  private forExpr(close: ']' | '}'): Expr {
    const refs: Expr[] = [];
    let depth = 0;
    const start = this.pos;
    // The names the expression binds (for k, v in …): not references to anything outside it.
    const bound = new Set<string>();
    for (let i = this.pos + 1; i < this.toks.length; i++) {
      const t = this.toks[i]!;
      if (t.k === 'id' && t.v === 'in') break;
      if (t.k === 'id') bound.add(t.v);
    }
    for (;;) {
      const t = this.toks[this.pos]!;
      if (t.k === 'eof') throw new HclSyntaxError('unterminated for expression', t.s);
      if (t.k === 'op' && (t.v === '[' || t.v === '{' || t.v === '(')) depth++;
      if (t.k === 'op' && (t.v === ']' || t.v === '}' || t.v === ')')) {
        if (depth === 0 && t.v === close) break;
        depth--;
      }
      if (t.k === 'id' && !['for', 'in', 'if'].includes(t.v)) {
        const save = this.pos;
        try {
          // A bound name's traversal (s.id) is read and dropped: it is not a reference outside.
          const ref = this.within(false, () => this.postfix(this.primary()));
          if ((ref.t === 'ref' && !bound.has(ref.root)) || ref.t === 'call') refs.push(ref);
          continue;
        } catch {
          this.pos = save + 1;
          continue;
        }
      }
      this.pos++;
    }
    this.pos++;
    return { t: 'for', text: `for … (${this.pos - start} tokens)`, refs };
  }
}

/**
 * The expression of an attribute value as hcl2json gives it: a string that is exactly one
 * "${…}" is that expression; a string with text around interpolations is a template; any other
 * string is a literal. Text that cannot be read is opaque.
 */
export function parseTemplate(s: string): Expr {
  if (!s.includes('${') && !s.includes('%{')) return { t: 'lit', v: s };
  try {
    const tok = templateToken(s);
    // "${x}" alone is x itself (its type kept), not a string.
    if (tok.parts.length === 1 && typeof tok.parts[0] !== 'string') return new Parser(tok.parts[0] as Tok[]).parseAll();
    return new Parser([tok, { k: 'eof', s: s.length, e: s.length }]).parseAll();
  } catch {
    return { t: 'opaque', text: s };
  }
}

/** A template's text (as between quotes, but with its quotes and backslashes literal) as a string token. */
function templateToken(s: string): Extract<Tok, { k: 'str' }> {
  const parts: (string | Tok[])[] = [];
  let text = '';
  for (let i = 0; i < s.length; ) {
    if ((s[i] === '$' || s[i] === '%') && s[i + 1] === s[i] && s[i + 2] === '{') {
      text += `${s[i]}{`;
      i += 3;
    } else if (s[i] === '$' && s[i + 1] === '{') {
      if (text) parts.push(text);
      text = '';
      const inner = lex(s, i + 2, true);
      parts.push(inner.toks);
      i = inner.end;
    } else if (s[i] === '%' && s[i + 1] === '{') {
      if (text) parts.push(text);
      text = '';
      const inner = lex(s, i + 2, true);
      parts.push([{ k: 'id', v: '__directive__', s: i, e: inner.end }, { k: 'eof', s: inner.end, e: inner.end }]);
      i = inner.end;
    } else text += s[i++];
  }
  if (text) parts.push(text);
  return { k: 'str', parts, s: 0, e: s.length };
}

// ---------------------------------------------------------------------------------------------
// Whole files

export type Json = { [k: string]: unknown };

/** A block of a parsed file: its keyword, labels, 1-based line, and its body as hcl2json shapes it. */
export interface BlockHeader {
  type: string;
  labels: string[];
  line: number;
}

export interface ParsedFile {
  /** The document in hcl2json's shape: labelled blocks nested by label, bodies as lists, expressions as "${…}". */
  doc: Json;
  /** Top-level blocks in file order, with their lines. */
  blocks: BlockHeader[];
}

/**
 * Parses a .tf file in hcl2json's output shape (so the rules read either), with the line of
 * every top-level block. Throws HclSyntaxError (with the offset) on text HCL does not accept —
 * or, for the few forms this reader does not know, on text it cannot read: the caller then
 * asks hcl2json, the authority.
 */
export function parseHclFile(src: string): ParsedFile {
  const { toks } = lex(src);
  const p = new Parser(toks, true);
  const lines = lineStarts(src);
  const blocks: BlockHeader[] = [];
  const doc = parseBody(p, src, lines, blocks, true);
  if (p.peek().k !== 'eof') throw new HclSyntaxError('unexpected "}"', p.peek().s);
  return { doc, blocks };
}

/** Offsets where each line starts (for offset → line in O(log n)). */
function lineStarts(src: string): number[] {
  const starts = [0];
  for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line of an offset. */
export function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The 1-based line of an offset in a text (for error messages). */
export const lineOfOffset = (src: string, offset: number) => lineAt(lineStarts(src), offset);

function parseBody(p: Parser, src: string, lines: number[], headers: BlockHeader[] | undefined, top: boolean): Json {
  const body: Json = {};
  for (;;) {
    p.skipNl();
    const t = p.peek();
    if (t.k === 'eof' || (t.k === 'op' && t.v === '}')) return body;
    if (t.k !== 'id') throw new HclSyntaxError('expected an attribute name or a block type', t.s);
    p.next();
    const after = p.peek();
    if (after.k === 'op' && after.v === '=') {
      p.next();
      if (body[t.v] !== undefined && !top) throw new HclSyntaxError(`the attribute "${t.v}" is set twice`, t.s);
      const start = p.peek();
      const expr = p.expr();
      const end = p.lastEnd();
      const nl = p.peek();
      if (nl.k !== 'nl' && nl.k !== 'eof' && !(nl.k === 'op' && nl.v === '}')) throw new HclSyntaxError('expected a line break after the attribute value', nl.s);
      body[t.v] = valueOf(expr, src, p.spans, start.s, end);
      continue;
    }
    // A block: labels, then { body }.
    const labels: string[] = [];
    for (;;) {
      const l = p.peek();
      if (l.k === 'str' && l.parts.every((x) => typeof x === 'string')) labels.push(l.parts.join(''));
      else if (l.k === 'id') labels.push(l.v);
      else break;
      p.next();
    }
    p.expectOp('{');
    headers?.push({ type: t.v, labels, line: lineAt(lines, t.s) });
    const inner = parseBody(p, src, lines, undefined, false);
    p.expectOp('}');
    const nl = p.peek();
    if (nl.k !== 'nl' && nl.k !== 'eof' && !(nl.k === 'op' && nl.v === '}')) throw new HclSyntaxError('expected a line break after the block', nl.s);
    // hcl2json's shape: kind → label → label → [body, …].
    let node = body;
    const path = [t.v, ...labels];
    for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Json;
    const last = path[path.length - 1]!;
    ((node[last] ??= []) as Json[]).push(inner);
  }
}

/**
 * An attribute value as hcl2json gives it: literals as JSON values, tuples and objects item by
 * item, a quoted template as its text between the quotes, a heredoc as its body, the rest as
 * "${text}".
 */
function valueOf(e: Expr, src: string, spans: WeakMap<Expr, [number, number]>, s: number, end: number): unknown {
  const lit = literalValue(e);
  if (lit !== NOT_LITERAL) return lit;
  const span = (x: Expr): [number, number] => spans.get(x) ?? [s, end];
  if (e.t === 'tuple') return e.items.map((x) => valueOf(x, src, spans, ...span(x)));
  if (e.t === 'object') {
    const out: Json = {};
    for (const { key, value } of e.items) {
      const k = key.t === 'lit' ? String(key.v) : src.slice(...span(key)).trim();
      out[k] = valueOf(value, src, spans, ...span(value));
    }
    return out;
  }
  const text = src.slice(s, end);
  if (e.t === 'tmpl' && src[s] === '"' && src[end - 1] === '"') return templateText(text.slice(1, -1));
  if (e.t === 'tmpl' && src.startsWith('<<', s)) return heredocBody(text);
  return `\${${text}}`;
}

/**
 * A quoted template's text as hcl2json gives it: escapes in the literal parts decoded ("\\\"" is
 * a quote), interpolations and directives as written, "$${" kept escaped.
 */
function templateText(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; ) {
    const c = raw[i]!;
    if ((c === '$' || c === '%') && raw[i + 1] === c && raw[i + 2] === '{') {
      out += raw.slice(i, i + 3);
      i += 3;
    } else if ((c === '$' || c === '%') && raw[i + 1] === '{') {
      // Copy the interpolation as written, up to its closing brace (strings inside skipped whole).
      let depth = 0;
      let j = i + 1;
      for (; j < raw.length; j++) {
        const d = raw[j]!;
        if (d === '"') {
          for (j++; j < raw.length && raw[j] !== '"'; j++) if (raw[j] === '\\') j++;
        } else if (d === '{') depth++;
        else if (d === '}' && --depth === 0) break;
      }
      out += raw.slice(i, j + 1);
      i = j + 1;
    } else if (c === '\\') {
      const e = raw[i + 1] ?? '';
      if (e === 'u' || e === 'U') {
        const n = e === 'u' ? 4 : 8;
        const code = parseInt(raw.slice(i + 2, i + 2 + n), 16);
        out += Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
        i += 2 + n;
      } else {
        out += ESCAPES[e] ?? e;
        i += 2;
      }
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** A heredoc's body from its text (<<EOT … EOT), indentation removed for <<-. */
function heredocBody(text: string): string {
  const m = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)\r?\n/.exec(text);
  if (!m) return text;
  const body = text.slice(m[0].length).replace(/[ \t]*[A-Za-z_][A-Za-z0-9_-]*[ \t]*$/, '');
  if (m[1] !== '-') return body;
  const lines = body.split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
}

const NOT_LITERAL = Symbol('not literal');

function literalValue(e: Expr): unknown {
  if (e.t === 'lit') return e.v;
  if (e.t === 'unary' && e.op === '-' && e.x.t === 'lit' && typeof e.x.v === 'number') return -e.x.v;
  if (e.t === 'tuple') {
    const items = e.items.map(literalValue);
    return items.includes(NOT_LITERAL) ? NOT_LITERAL : items;
  }
  if (e.t === 'object') {
    const out: Json = {};
    for (const { key, value } of e.items) {
      if (key.t !== 'lit' || typeof key.v !== 'string') return NOT_LITERAL;
      const v = literalValue(value);
      if (v === NOT_LITERAL) return NOT_LITERAL;
      out[key.v] = v;
    }
    return out;
  }
  return NOT_LITERAL;
}
