import { Box, Text } from 'ink';
import { useChoice } from './use-choice.js';

export interface Item<V> { label: string; value: V; key?: string }

/** A choice list: ↑/↓ move (keys that arrive together each count), Enter always submits, even on the pre-selected item. */
export function Choose<V>({ items, initial, onSelect, onHighlight }: { items: Item<V>[]; initial?: V; onSelect: (value: V) => void; onHighlight?: (value: V) => void }) {
  const start = Math.max(0, items.findIndex((i) => i.value === initial));
  const index = useChoice(items.length, start, (i) => onSelect(items[i]!.value), onHighlight && ((i) => onHighlight(items[i]!.value)));
  return (
    <Box flexDirection="column">
      {items.map((item, i) => (
        <Box key={item.key ?? String(item.value)}>
          <Box marginRight={1}><Text color="cyan">{i === index ? '❯' : ' '}</Text></Box>
          <Box flexShrink={1}><Text bold={i === index} color={i === index ? 'cyan' : undefined} wrap="wrap">{item.label}</Text></Box>
        </Box>
      ))}
    </Box>
  );
}
