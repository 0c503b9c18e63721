import { describe, expect, test } from 'vitest';
import { KEY_CHARS, textKey } from './textKey.ts';

describe('textKey', () => {
  test.each([
    ['Hello, World!', 'helloworld'],
    ['“Quoted” — dash – and\u00a0no-break', 'quoteddashandnobreak'],
    ['Người dân đã được sơ tán.', 'ngườidânđãđượcsơtán'],
    ['東京、２０２４年。', '東京２０２４年'],
    ['Ελλάδα · Россия', 'ελλάδαроссия'],
    ['𠀋𠀌 emoji 😀!', '𠀋𠀌emoji😀'],
    ['', ''],
  ])('%s', (text, key) => {
    expect(textKey(text)).toBe(key);
  });

  test('the schema accepts a key and refuses punctuation and spaces', () => {
    expect(KEY_CHARS.test(textKey('Paragraph: the river rose 2 metres, “overnight”.'))).toBe(true);
    for (const bad of ['a b', 'a,b', 'a\u2014b', 'a\u3002b', '']) expect(KEY_CHARS.test(bad)).toBe(false);
  });
});
