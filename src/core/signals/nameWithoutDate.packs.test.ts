import { expect, test } from 'vitest';
import { packSetOf, withPacks } from '../data/lang/packSet.ts';
import { datePieces, nameWithoutDate } from './nameWithoutDate.ts';

// A file of its own: matchers built for a set serve every set it covers, so the smallest set must be built first.
test("in a scan, the month and weekday names are those of the page's packs' languages", () => {
  const text = 'Milliyet, 8 Haziran';
  // An English page's set: Turkish months are not compiled, nor matched; a day's number alone is no date.
  expect(withPacks(packSetOf([]), () => nameWithoutDate(text))).toEqual({ name: text, dated: false });
  expect(withPacks(packSetOf([]), () => datePieces().glueWord('Cumartesi'))).toBe(false);
  expect(withPacks(packSetOf(['tr']), () => nameWithoutDate(text))).toEqual({ name: 'Milliyet', dated: true });
  expect(withPacks(packSetOf(['tr']), () => datePieces().glueWord('Cumartesi'))).toBe(true);
  // Outside a scan every pack's languages count.
  expect(nameWithoutDate('Kathimerini, 8 Ιουνίου')).toEqual({ name: 'Kathimerini', dated: true });
});
