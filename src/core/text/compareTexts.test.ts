import { describe, expect, test } from 'vitest';
import { compareTexts, judgeOverlap, SAME_ARTICLE, SAME_ARTICLE_CONTAINMENT } from './compareTexts.ts';

// Real-looking article paragraphs (Vietnamese, from the seed; English; Chinese) and an unrelated article of the same site.
const VI = [
  '(AGO) – Sáng 7/4, Thường trực Ban Chỉ đạo Quy chế dân chủ ở cơ sở tỉnh An Giang tổ chức Hội nghị tổng kết, đánh giá kết quả việc thực hiện Quy chế dân chủ ở cơ sở và dân vận trong các cơ quan nhà nước năm 2022.',
  'Quang cảnh hội nghị',
  'Năm 2022, Quy chế dân chủ ở cơ sở tiếp tục được các cơ quan, đơn vị triển khai thực hiện; các cấp chính quyền, cơ quan, đơn vị đã gắn công tác dân vận chính quyền với việc xây dựng và thực hiện Quy chế dân chủ ở cơ sở.',
  'Việc thực hiện Quy chế dân chủ ở cơ sở thời gian qua đã tác động tích cực đến công tác xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh; tạo không khí phấn khởi trong hoạt động cộng đồng dân cư.',
  'Dịp này, UBND tỉnh đã khen thưởng 15 tập thể và 15 cá nhân có thành tích xuất sắc trong phong trào thi đua thực hiện Quy chế dân chủ ở cơ sở.',
];
const VI_OTHER = [
  'Sở Giáo dục và Đào tạo tỉnh An Giang tổ chức tập huấn nghiệp vụ cho cán bộ quản lý các trường học trên địa bàn tỉnh trong hai ngày.',
  'Tại lớp tập huấn, các học viên được hướng dẫn về công tác kiểm định chất lượng giáo dục và chuyển đổi số trong nhà trường.',
  'Dịp này, Sở đã khen thưởng các đơn vị có thành tích xuất sắc trong năm học vừa qua.',
];
const EN = [
  'The council met on Tuesday to discuss the budget for the coming year, and members said the schools would receive more money.',
  'According to the report, the district plans to hire forty new teachers and to repair the roofs of three elementary schools.',
  'Parents who attended the meeting asked why the library hours had been cut, and the mayor promised to review the decision.',
  'The final vote on the budget is expected next month, after a second public hearing at the town hall.',
];
const ZH = [
  '中国青年网北京4月7日电 今天上午，国务院新闻办公室举行新闻发布会，介绍今年一季度经济运行情况。',
  '国家统计局新闻发言人表示，一季度国民经济恢复向好，主要指标稳步回升。',
];

const side = (paragraphs: string[], url = 'https://a.example/x') => ({ url, title: null, paragraphs });

/** ~15 % of the words replaced, deterministically. */
function paraphrase(p: string): string {
  return p
    .split(' ')
    .map((w, i) => (i % 7 === 3 ? 'khác' : w))
    .join(' ');
}

describe('compareTexts', () => {
  test('a full copy with site furniture around it', () => {
    const copy = [
      'by quoc_vu',
      '17 views',
      ...VI,
      'Nguồn thông tin : https://baoangiang.com.vn/x.html.',
      'Free WordPress Themes, Free Android Games',
    ];
    const { overlap, comparison, matchedWords } = compareTexts(side(copy), side(VI));
    expect(overlap.containment).toBeGreaterThan(0.8);
    expect(overlap.coverage).toBe(1);
    expect(overlap.droppedParagraphs).toBe(0);
    expect(judgeOverlap(overlap, matchedWords)).toBe('same');
    expect(comparison.copy.paragraphs[0]?.status).toBe('unique');
    expect(comparison.copy.paragraphs[2]?.status).toBe('same');
    expect(comparison.copy.paragraphs[2]?.spans).toEqual([[1, VI[0]!.length - 1]]); // from the first word to the last, punctuation outside
    expect(overlap.passages.length).toBe(3);
    expect(overlap.passages[0]?.match).toBe(1);
  });

  test('an excerpt: high containment, low coverage, dropped paragraphs counted', () => {
    const copy = [...EN.slice(0, 2), 'Read more at The Town Gazette'];
    const { overlap, matchedWords } = compareTexts(side(copy), side(EN));
    expect(overlap.containment).toBeGreaterThan(0.85);
    expect(overlap.coverage).toBeLessThan(0.6);
    expect(overlap.droppedParagraphs).toBe(2);
    expect(judgeOverlap(overlap, matchedWords)).toBe('same');
  });

  test('a paraphrase (~15 % words altered, a paragraph dropped) is still the same article', () => {
    const copy = VI.filter((_, i) => i !== 3).map(paraphrase);
    const { overlap, comparison, matchedWords } = compareTexts(side(copy), side(VI));
    expect(overlap.containment).toBeGreaterThan(0.7);
    expect(overlap.alteredParagraphs).toBeGreaterThan(0);
    expect(overlap.droppedParagraphs).toBe(1);
    expect(comparison.copy.paragraphs.some((p) => p.status === 'altered')).toBe(true);
    expect(judgeOverlap(overlap, matchedWords)).toBe('same');
  });

  test('accent-stripped copies still match', () => {
    const stripped = VI.map((p) =>
      p
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D'),
    );
    expect(compareTexts(side(stripped), side(VI)).overlap.containment).toBeGreaterThan(0.95);
  });

  test.each([
    ['another article of the same site', VI_OTHER, VI],
    ['another language', EN, VI],
    ['Chinese vs English', ZH, EN],
  ])('different articles: %s', (_, copy, original) => {
    const { overlap, matchedWords } = compareTexts(side(copy), side(original));
    expect(overlap.containment).toBeLessThan(SAME_ARTICLE.different);
    expect(judgeOverlap(overlap, matchedWords)).toBe('different');
  });

  test('Chinese text is compared word by word', () => {
    const { overlap } = compareTexts(side([ZH[0]!]), side(ZH));
    expect(overlap.containment).toBe(1);
    expect(overlap.coverage).toBeGreaterThan(0.3);
    expect(overlap.coverage).toBeLessThan(0.8);
  });

  test('a tiny page is never "same", however contained', () => {
    const { overlap, matchedWords } = compareTexts(side(['Quang cảnh hội nghị']), side(VI));
    expect(overlap.containment).toBe(1);
    expect(judgeOverlap(overlap, matchedWords)).not.toBe('same');
  });

  test('empty sides give zeros, not NaN', () => {
    const { overlap } = compareTexts(side([]), side(VI));
    expect(overlap).toMatchObject({ containment: 0, coverage: 0, passages: [], alteredParagraphs: 0 });
  });

  test('the exported single threshold is the one judgeOverlap uses', () => {
    expect(SAME_ARTICLE_CONTAINMENT).toBe(SAME_ARTICLE.containment);
  });

  test('is linear enough for a long page', () => {
    const long = Array.from({ length: 2000 }, (_, i) => `${EN[i % 4]} Item ${i}.`);
    const t0 = performance.now();
    const { overlap } = compareTexts(side(long), side(long));
    expect(overlap.containment).toBe(1);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
