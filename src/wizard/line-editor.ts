/**
 * The line editor behind every text field, as a pure function: the field's state and one
 * input event (as the terminal sent it) in, the new state out — and the line to submit when
 * the event ended it. A terminal may deliver several keys in one event (two Backspaces typed
 * fast, a paste with a line break), so an event is read character by character, never
 * assumed to be one key.
 */
export interface LineState {
  value: string;
  /** Index in `value` (in UTF-16 units, always at a code-point boundary). */
  cursor: number;
  /**
   * The value is a suggestion nobody has touched (a default): the first character typed
   * replaces it, a deleting key clears it, Enter takes it, and a movement key starts editing it.
   */
  pristine?: boolean;
}

export interface Edited {
  state: LineState;
  /** Set when the event submits the line (Enter, or a paste that ends in a line break). */
  submit?: string;
}

const ESCAPES: Record<string, (s: LineState) => LineState> = {
  '\x1b[D': left,
  '\x1bOD': left,
  '\x1b[C': right,
  '\x1bOC': right,
  '\x1b[H': home,
  '\x1bOH': home,
  '\x1b[1~': home,
  '\x1b[7~': home,
  '\x1b[F': end,
  '\x1bOF': end,
  '\x1b[4~': end,
  '\x1b[8~': end,
  '\x1b[3~': deleteForward,
  '\x1bb': wordLeft, // Alt-b
  '\x1bf': wordRight, // Alt-f
  '\x1b\x7f': deleteWordBack, // Alt-Backspace
};

const CONTROLS: Record<string, (s: LineState) => LineState> = {
  '\x7f': backspace,
  '\b': backspace,
  '\x01': home, // Ctrl-A
  '\x05': end, // Ctrl-E
  '\x02': left, // Ctrl-B
  '\x06': right, // Ctrl-F
  '\x04': deleteForward, // Ctrl-D
  '\x15': (s) => ({ value: s.value.slice(s.cursor), cursor: 0 }), // Ctrl-U: delete to the start
  '\x0b': (s) => ({ value: s.value.slice(0, s.cursor), cursor: s.cursor }), // Ctrl-K: delete to the end
  '\x17': deleteWordBack, // Ctrl-W
};

/** A field that starts with a suggestion: shown as such, replaced by the first key typed. */
export const suggested = (value: string): LineState => (value ? { value, cursor: 0, pristine: true } : { value: '', cursor: 0 });

/** Keys that delete: on an untouched suggestion they clear it all. */
const DELETING = new Set(['\x7f', '\b', '\x15', '\x0b', '\x17', '\x04', '\x1b[3~', '\x1b\x7f']);

export function editLine(state: LineState, event: string): Edited {
  if (state.pristine) {
    const { pristine: _, ...plain } = state;
    if (/^[\r\n]+$/.test(event)) return { state, submit: state.value };
    if (DELETING.has(event)) return { state: { value: '', cursor: 0 } };
    if (event.startsWith('\x1b')) {
      const move = ESCAPES[event];
      // A movement key starts editing the suggestion (from its end for →/End, else as moved).
      return { state: move ? move({ ...plain, cursor: event === '\x1b[D' || event === '\x1bOD' ? plain.value.length : plain.cursor }) : state };
    }
    if (event === '\x01' || event === '\x05' || event === '\x02' || event === '\x06') return { state: CONTROLS[event]!({ ...plain, cursor: plain.value.length }) };
    // Anything typed (or pasted) replaces it; control characters alone leave it as it is.
    const typed = editLine({ value: '', cursor: 0 }, event);
    return typed.state.value || typed.submit !== undefined ? typed : { state };
  }
  if (event.startsWith('\x1b')) {
    const move = ESCAPES[event];
    return { state: move ? move(state) : state }; // Esc alone and unknown keys change nothing here
  }
  // A line break submits. Inside a paste, the breaks before the last text become spaces.
  if (/[\r\n]/.test(event)) {
    const text = event.replace(/[\r\n]+$/, '').replace(/[\r\n]+/g, ' ');
    const typed = [...text].reduce((s, ch) => apply(s, ch), state);
    return { state: typed, submit: typed.value };
  }
  return { state: [...event].reduce((s, ch) => apply(s, ch), state) };
}

function apply(s: LineState, ch: string): LineState {
  const control = CONTROLS[ch];
  if (control) return control(s);
  // Any other control character (Tab, Ctrl-C, NUL, C1 controls) is dropped, never stored.
  // eslint-disable-next-line no-control-regex -- exactly the characters to drop
  if (/^[\u0000-\u001f\u007f-\u009f]$/.test(ch)) return s;
  return { value: s.value.slice(0, s.cursor) + ch + s.value.slice(s.cursor), cursor: s.cursor + ch.length };
}

const prevLength = (s: LineState) => [...s.value.slice(0, s.cursor)].pop()?.length ?? 0;
const nextLength = (s: LineState) => [...s.value.slice(s.cursor)][0]?.length ?? 0;

function left(s: LineState): LineState {
  return { ...s, cursor: s.cursor - prevLength(s) };
}
function right(s: LineState): LineState {
  return { ...s, cursor: s.cursor + nextLength(s) };
}
function home(s: LineState): LineState {
  return { ...s, cursor: 0 };
}
function end(s: LineState): LineState {
  return { ...s, cursor: s.value.length };
}
function backspace(s: LineState): LineState {
  const n = prevLength(s);
  return { value: s.value.slice(0, s.cursor - n) + s.value.slice(s.cursor), cursor: s.cursor - n };
}
function deleteForward(s: LineState): LineState {
  return { value: s.value.slice(0, s.cursor) + s.value.slice(s.cursor + nextLength(s)), cursor: s.cursor };
}
function wordStart(s: LineState): number {
  const before = s.value.slice(0, s.cursor);
  const m = /[^\s/,.-]*[\s/,.-]*$/.exec(before);
  return s.cursor - (m?.[0].length ?? 0);
}
function wordLeft(s: LineState): LineState {
  return { ...s, cursor: wordStart(s) };
}
function wordRight(s: LineState): LineState {
  const m = /^[\s/,.-]*[^\s/,.-]*/.exec(s.value.slice(s.cursor));
  return { ...s, cursor: s.cursor + (m?.[0].length ?? 0) };
}
function deleteWordBack(s: LineState): LineState {
  const start = wordStart(s);
  return { value: s.value.slice(0, start) + s.value.slice(s.cursor), cursor: start };
}
