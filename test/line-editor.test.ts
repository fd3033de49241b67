// The text fields' editor: several keys in one event, cursor movement, kill keys, pastes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editLine, type LineState } from '../src/wizard/line-editor.js';

const type = (events: string[], from: LineState = { value: '', cursor: 0 }) => events.reduce((s, e) => editLine(s, e).state, from);

test('two Backspaces in one event delete two characters, never insert DEL', () => {
  assert.deepEqual(type(['abcd', '\x7f\x7f']), { value: 'ab', cursor: 2 });
  assert.deepEqual(type(['abcd\x7f\x7fx']), { value: 'abx', cursor: 3 });
  assert.deepEqual(type(['ab', '\b']), { value: 'a', cursor: 1 });
});

test('arrows, Home and End move the cursor; typing inserts there', () => {
  assert.deepEqual(type(['acd', '\x1b[D', '\x1b[D', 'b']), { value: 'abcd', cursor: 2 });
  assert.deepEqual(type(['bcd', '\x1b[H', 'a', '\x1b[F', 'e']), { value: 'abcde', cursor: 5 });
  assert.deepEqual(type(['bcd', '\x01', 'a', '\x05', 'e']), { value: 'abcde', cursor: 5 });
  assert.deepEqual(type(['ab', '\x1b[C', '\x1b[C']), { value: 'ab', cursor: 2 }, 'no moving past the end');
  assert.deepEqual(type(['ab', '\x1b[3~']), { value: 'ab', cursor: 2 });
  assert.deepEqual(type(['ab', '\x1b[D', '\x1b[D', '\x1b[3~']), { value: 'b', cursor: 0 });
});

test('Ctrl-U, Ctrl-K and Ctrl-W delete, never type letters', () => {
  assert.deepEqual(type(['hello world', '\x15']), { value: '', cursor: 0 });
  assert.deepEqual(type(['hello world', '\x1b[D', '\x1b[D', '\x0b']), { value: 'hello wor', cursor: 9 });
  assert.deepEqual(type(['infra/api', '\x17']), { value: 'infra/', cursor: 6 });
});

test('other control characters and unknown escape sequences are dropped', () => {
  assert.deepEqual(type(['a\tb\x00c\x07', '\x1b[Z', '\x1b']), { value: 'abc', cursor: 3 });
});

test('Enter submits; a paste with line breaks submits once, inner breaks as spaces', () => {
  assert.deepEqual(editLine({ value: 'orders', cursor: 6 }, '\r'), { state: { value: 'orders', cursor: 6 }, submit: 'orders' });
  assert.equal(editLine({ value: '', cursor: 0 }, 'first line\nsecond\n').submit, 'first line second');
});

test('surrogate pairs move and delete as one character', () => {
  assert.deepEqual(type(['a😀b', '\x1b[D', '\x7f']), { value: 'ab', cursor: 1 });
});

test('a suggestion (pristine): the first key typed replaces it, a deleting key clears it, Enter takes it, a movement key edits it', async () => {
  const { suggested } = await import('../src/wizard/line-editor.js');
  const start = suggested('my-api');
  assert.deepEqual(start, { value: 'my-api', cursor: 0, pristine: true });
  assert.deepEqual(type(['orders'], start), { value: 'orders', cursor: 6 }, 'typed over, never appended (my-apiorders)');
  assert.deepEqual(type(['o', 'rders'], start), { value: 'orders', cursor: 6 });
  assert.deepEqual(editLine(start, '\r'), { state: start, submit: 'my-api' });
  for (const del of ['\x7f', '\b', '\x15', '\x17', '\x1b[3~']) assert.deepEqual(type([del], start), { value: '', cursor: 0 }, JSON.stringify(del));
  assert.deepEqual(type(['\x1b[D', 'x'], start), { value: 'my-apxi', cursor: 6 }, '← starts editing at the end, then moves');
  assert.deepEqual(type(['\x1b[H', 'x'], start), { value: 'xmy-api', cursor: 1 });
  assert.deepEqual(type(['\x05', '2'], start), { value: 'my-api2', cursor: 7 });
  assert.deepEqual(type(['\t'], start), start, 'a control character alone leaves the suggestion');
  assert.deepEqual(editLine(start, 'pasted\n'), { state: { value: 'pasted', cursor: 6 }, submit: 'pasted' });
  assert.deepEqual(suggested(''), { value: '', cursor: 0 });
});
