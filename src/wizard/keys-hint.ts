/** The key hint under a screen; Esc is offered only where there is a step to go back to. */
export const keysHint = (input: 'select' | 'text', canGoBack = true) =>
  [input === 'select' ? '↑/↓ choose' : '←/→ Home/End move · Backspace/Ctrl-U delete', 'Enter confirm', canGoBack ? 'Esc back' : '', 'Ctrl-C quit'].filter(Boolean).join(' · ');
