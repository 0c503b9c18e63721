import { afterEach, describe, expect, test, vi } from 'vitest';
import { readerLanguages } from './readerLanguages.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readerLanguages', () => {
  test('the browser’s preferred languages, then the UI language, each once', () => {
    vi.stubGlobal('navigator', { languages: ['vi-VN', 'vi', 'en'] });
    // Outside the extension the UI language is English.
    expect(readerLanguages()).toEqual(['vi-VN', 'vi', 'en']);
  });

  test('a few at most', () => {
    vi.stubGlobal('navigator', { languages: ['de-AT', 'de', 'fr', 'it', 'es', 'pt'] });
    expect(readerLanguages()).toHaveLength(4);
  });

  test('no navigator: the UI language', () => {
    vi.stubGlobal('navigator', undefined);
    expect(readerLanguages()).toEqual(['en']);
  });
});
