import { describe, expect, test } from 'vitest';
import { textKey } from './textKey.ts';

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
});
