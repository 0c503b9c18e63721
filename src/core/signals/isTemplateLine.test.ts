import { describe, expect, it } from 'vitest';
import { isTemplateLine } from './isTemplateLine.ts';

describe('isTemplateLine', () => {
  it.each([
    ['Credit us like this: first printed by [Outlet name], then [Headline] with a link.', true],
    ['Vui lòng ghi: Nguồn [Tên báo] – [Tiêu đề bài]', true],
    ['Quelle : {site_name}', true],
    ['Source: {{ publication }}', true],
    ['Originally published on %s', true],
    ['Bron: XXXX', true],
    ['Fonte: ________', true],
  ])('a line with placeholders is a template: %s', (text, expected) => {
    expect(isTemplateLine(text)).toBe(expected);
  });

  it.each([
    ['Source: [AFP]'],
    ['Nguồn: [VnExpress] https://vnexpress.net/abc.html'],
    ['Theo Báo An Giang'],
    ['Kaynak: AA, 12 [Mart] 2024'],
    ['This article first appeared in The Conversation.'],
    ['Fuente: X'],
  ])('a credit, even in brackets, is no template: %s', (text) => {
    expect(isTemplateLine(text)).toBe(false);
  });

  it('bracketed link texts and known outlets are credits, not slots', () => {
    expect(isTemplateLine('Sources: [Qwerty Daily] [Zxcv Times]', ['Qwerty Daily', 'Zxcv Times'])).toBe(false);
    expect(isTemplateLine('Sources: [Qwerty Daily] [Zxcv Times]')).toBe(true);
    expect(isTemplateLine('Sources: [Reuters] [AP]')).toBe(false);
  });

  it('a hostile line of brackets and braces stays linear', () => {
    const started = Date.now();
    isTemplateLine(`${'[a'.repeat(50_000)}${'{ a'.repeat(50_000)}`);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
