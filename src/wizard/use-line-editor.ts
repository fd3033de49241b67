/**
 * A text field's state: the line editor (line-editor.ts) fed with every input event exactly
 * as Ink received it from the terminal (Ink's own key parsing reports Backspace as Delete and
 * a chunk of several keys as one key, so the raw event is read here instead).
 */
import { useEffect, useReducer, useRef } from 'react';
import { useStdin } from 'ink';
import { editLine, suggested, type LineState } from './line-editor.js';

/** `initial` is a suggestion (shown as such, replaced by the first key typed); `typed` an earlier answer to go on editing. */
export function useLineEditor(initial: string, onSubmit: (line: string) => void, onChange?: (line: string) => void, typed = false): LineState {
  const [state, dispatch] = useReducer((s: LineState, next: LineState) => next, typed ? { value: initial, cursor: initial.length } : suggested(initial));
  const current = useRef(state);
  current.current = state;
  const callbacks = useRef({ onSubmit, onChange });
  callbacks.current = { onSubmit, onChange };
  const { setRawMode, internal_eventEmitter: events } = useStdin();

  useEffect(() => {
    setRawMode(true);
    return () => setRawMode(false);
  }, [setRawMode]);

  useEffect(() => {
    const handle = (event: string) => {
      const before = current.current;
      const { state: next, submit } = editLine(before, event);
      current.current = next;
      dispatch(next);
      if (next.value !== before.value) callbacks.current.onChange?.(next.value);
      if (submit !== undefined) callbacks.current.onSubmit(submit);
    };
    events?.on('input', handle);
    return () => void events?.removeListener('input', handle);
  }, [events]);

  return state;
}
