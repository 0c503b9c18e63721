import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { captionTexts, photoCreditsIn } from './findPhotoCredits.ts';

describe('photoCreditsIn', () => {
  test.each<[string, string[], string[]]>([
    ['Ảnh: TTXVN', [], ['TTXVN']],
    ['Quang cảnh hội nghị (Ảnh: Thanh Tùng)', ['Thanh Tùng'], []],
    ['Photo: AP', [], ['AP']],
    ['Foto: dpa', [], ['dpa']],
    ['Photograph by Jane Doe for The Guardian', ['Jane Doe'], []],
    ['Photo by Evan Vucci/AP', ['Evan Vucci'], ['AP']],
    ['Photo: Getty Images', [], ['Getty Images']],
    ['Фото: Иван Петров', ['Иван Петров'], []],
    ['写真：山田太郎', ['山田太郎'], []],
    // Not credits.
    ['Ảnh minh họa', [], []],
    ['The photo shows the council meeting on Tuesday.', [], []],
    ['Photos of the week', [], []],
    ['Source: World Bank', [], []],
  ])('%s', (text, photographers, agencies) => {
    expect(photoCreditsIn([text])).toEqual({ photographers, agencies });
  });

  test('captionTexts reads figcaptions and credit elements', () => {
    const { document } = parseHTML(
      '<figure><figcaption>Photo: AP</figcaption></figure><span class="image-credit">Foto: dpa</span><p>Photo: no</p>',
    );
    expect(captionTexts(document as unknown as Document)).toEqual(['Photo: AP', 'Foto: dpa']);
  });
});
