import { useInput } from 'ink';

/** Esc goes back one step wherever a screen offers it. */
export function useBack(onBack: (() => void) | undefined, active = true) {
  useInput((_input, key) => {
    if (key.escape && onBack) onBack();
  }, { isActive: active && !!onBack });
}
