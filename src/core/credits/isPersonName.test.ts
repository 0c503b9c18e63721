import { describe, expect, test } from 'vitest';
import { isPersonName } from './isPersonName.ts';

describe('isPersonName', () => {
  test.each([
    'Mỹ Linh',
    'Aleš Vávra',
    'Bradley M. Kuhn',
    'Gina Roberts-Grey',
    'Laura June Topolsky',
    'Eleanor Ainge Roy',
    'Jean de La Fontaine',
    'Ludwig van Beethoven',
    'Mohammed bin Salman',
    'Nguyễn Thị Đào',
    '史蒂文的家_藍天',
    '王小明',
    '홍길동',
    'Иван Петров',
  ])('a name: %s', (name) => {
    expect(isPersonName(name)).toBe(true);
  });

  test.each([
    'BBC News',
    'Our Foreign Staff',
    'Android Developers',
    'admin',
    'quoc_vu',
    'mcupdate',
    'March 25, 2015',
    '17 views',
    'Updated April 29',
    'https://ebb.org/bkuhn/',
    'jane@example.com',
    'You May Also Like',
    'Free WordPress Themes',
    'Ban Biên Tập',
    'How to Build a Terrarium',
    'the council met on Tuesday',
    'Steven',
    'A',
    'One Two Three Four Five Six Seven',
  ])('not a name: %s', (text) => {
    expect(isPersonName(text)).toBe(false);
  });

  test('a byline equal to an organisation the page declares is not a person', () => {
    expect(isPersonName('Le Monde', { siteNames: ['Le Monde'] })).toBe(false);
    expect(isPersonName('Le Monde')).toBe(true);
  });
});
