/**
 * A choice list's state: the highlighted index, moved by ↑/↓ (wrapping, as most pickers do),
 * Home/End, and chosen by Enter. The index lives in a ref as well as in state, so keys that
 * arrive together (two arrows in one read) each move from where the last one left it.
 */
import { useReducer, useRef } from 'react';
import { useInput } from 'ink';

export function useChoice(count: number, initial: number, onSelect: (index: number) => void, onHighlight?: (index: number) => void): number {
  const [index, set] = useReducer((_: number, next: number) => next, initial);
  const current = useRef(initial);
  useInput((_input, key) => {
    if (count === 0) return;
    let next = current.current;
    if (key.upArrow) next = (next - 1 + count) % count;
    else if (key.downArrow) next = (next + 1) % count;
    else if (key.home) next = 0;
    else if (key.end) next = count - 1;
    else if (key.return) return onSelect(current.current);
    else return;
    if (next === current.current) return;
    current.current = next;
    set(next);
    onHighlight?.(next);
  });
  return index;
}
