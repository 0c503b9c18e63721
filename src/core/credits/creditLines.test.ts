import { describe, expect, test } from 'vitest';
import { creditLineAuthors } from './creditLines.ts';

const BODY =
  'Dịp này, UBND tỉnh đã khen thưởng 15 tập thể và 15 cá nhân có thành tích xuất sắc trong phong trào thi đua thực hiện Quy chế dân chủ ở cơ sở.';

describe('creditLineAuthors', () => {
  test.each<[string, string[], string[]]>([
    ['an all-caps trailing line', [BODY, BODY, 'MỸ LINH – TRỌNG TÍN'], ['Mỹ Linh', 'Trọng Tín']],
    ['followed by a source line', [BODY, 'HỮU HUYNH', 'Nguồn: Báo An Giang'], ['Hữu Huynh']],
    ['a labelled line', [BODY, 'Bài và ảnh: Thanh Tiến'], ['Thanh Tiến']],
    ['a German label', [BODY, 'Text: Anna Berg'], ['Anna Berg']],
    ['a Hungarian label', [BODY, 'Írta: Szabó Eszter'], ['Szabó Eszter']],
    ['a Finnish label', [BODY, 'Teksti: Aino Virtanen'], ['Aino Virtanen']],
    ['a Norwegian label', [BODY, 'Av: Kari Nordmann'], ['Kari Nordmann']],
    ['a Polish label', [BODY, 'Opracowanie: Anna Nowak'], ['Anna Nowak']],
    ['a Croatian label', [BODY, 'Piše: Marko Horvat'], ['Marko Horvat']],
    ['a "By" line at the start', ['By Jane Doe', BODY], ['Jane Doe']],
    // Not credit lines.
    ['an all-caps sentence', [BODY, 'THE COUNCIL WILL VOTE NEXT MONTH.'], []],
    ['a related-posts heading', [BODY, 'YOU MAY ALSO LIKE'], []],
    ['a spam footer', [BODY, 'FREE WORDPRESS THEMES, FREE ANDROID GAMES'], []],
    ['a long paragraph starting with "By"', [`By the time the council met, ${BODY}`], []],
    ['a data source', [BODY, 'Nguồn: Tổng cục Thống kê'], []],
  ])('%s', (_, paragraphs, out) => {
    expect(creditLineAuthors(paragraphs)).toEqual(out);
  });
});
