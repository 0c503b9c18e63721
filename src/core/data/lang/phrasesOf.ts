import type { LanguagePack } from './languagePack.ts';
import { LANGUAGE_PACKS } from './languagePacks.ts';

type PhraseField = Exclude<keyof LanguagePack, 'code'>;

/** One field of every language pack together (the engine reads pages without trusting their declared language). */
export function phrasesOf(...fields: PhraseField[]): string[] {
  return LANGUAGE_PACKS.flatMap((pack) => fields.flatMap((f) => pack[f]));
}
