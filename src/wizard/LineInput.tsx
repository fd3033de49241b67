import { Text } from 'ink';
import { useLineEditor } from './use-line-editor.js';

/**
 * One line of text with a cursor: arrows, Home/End, Ctrl-A/E/U/K/W and Backspace edit it;
 * Enter (or a line break at the end of a paste) submits it. `onChange` hears every edit (a
 * screen clears its error there).
 */
export function LineInput({ initial, placeholder, onSubmit, onChange, typed }: {
  /** The suggestion (a default): shown dimmed, Enter takes it, the first key typed replaces it. */
  initial: string;
  placeholder?: string;
  onSubmit: (text: string) => void;
  onChange?: (text: string) => void;
  /** `initial` is the person's own earlier answer: edit it from its end instead. */
  typed?: boolean;
}) {
  const { value, cursor, pristine } = useLineEditor(initial, onSubmit, onChange, typed);
  if (pristine)
    return (
      <Text wrap="wrap">
        <Text inverse>{[...value][0]}</Text>
        <Text dimColor>{value.slice([...value][0]!.length)}</Text>
        <Text dimColor italic>{'  (suggested: Enter takes it, typing replaces it)'}</Text>
      </Text>
    );
  if (value === '')
    return (
      <Text>
        <Text inverse>{placeholder?.[0] ?? ' '}</Text>
        <Text dimColor>{placeholder?.slice(1) ?? ''}</Text>
      </Text>
    );
  const at = [...value.slice(cursor)][0] ?? ' ';
  return (
    <Text wrap="wrap">
      {value.slice(0, cursor)}
      <Text inverse>{at}</Text>
      {value.slice(cursor + (cursor < value.length ? at.length : 0))}
    </Text>
  );
}
