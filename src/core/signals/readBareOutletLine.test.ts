/**
 * An outlet named on a line of its own, no label, heading or closing the copied text (issue 11). The outlets are ones
 * the directory knows that no dev page is about; the pages, columns, own names and wordings are invented here, in
 * several languages and scripts.
 */
import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readBareOutletLines } from './readBareOutletLine.ts';
import { scanPage } from './scanPage.ts';
import { readPage } from '../page/readPage.ts';
import { pageIdentity } from '../page/pageIdentity.ts';
import { textToDocument } from '../text/textToDocument.ts';

const parse = (html: string, _url: string) => parseHTML(html).document as unknown as Document;
const URL = 'https://fjordposten.example/2024/05/ferja';
const NO =
  'Den nye ferja mellom øyene skal gå hver time fra neste sommer, opplyser fylkeskommunen. Billettprisen blir den samme som i dag, men avgangene om kvelden blir flere.';
const RU =
  'Новый паром между островами будет ходить каждый час начиная со следующего лета, сообщили в администрации области. Цена билета не изменится.';
const AR =
  'أعلنت البلدية أن العبارة الجديدة بين الجزر ستعمل كل ساعة ابتداء من الصيف المقبل، وأن سعر التذكرة لن يتغير هذا العام.';

function found(text: string, url = URL): string[] {
  const page = readPage(textToDocument(text, url, parse), url);
  const identity = pageIdentity({ url: page.url, title: page.title, meta: page.meta, jsonLd: page.jsonLd });
  return readBareOutletLines(page, identity).map((f) => `${f.place}:${f.claim.value}`);
}

describe('an outlet heading the copied text', () => {
  test.each([
    ['alone, over the story in the same block', `Ferja går hver time\n\nAftenposten\n${NO}\n${NO}`, 'top:Aftenposten'],
    [
      'a column, then the outlet, over the story',
      `Ferja går hver time\n\nUkens kommentar\nDagens Nyheter\n\n${NO}\n\n${NO}`,
      'top:Dagens Nyheter',
    ],
    [
      'a section, a dash, the outlet',
      `Ferja går hver time\n\nSamfunn - Kathimerini\n\n${NO}\n\n${NO}`,
      'top:Kathimerini',
    ],
    [
      "the poster's words before the name",
      `Ferja går hver time\n\nvon Der Standard:\n${NO}\n${NO}`,
      'top:Der Standard',
    ],
    ['an agency in Cyrillic over a Russian story', `Паром каждый час\n\nТАСС\n${RU}\n${RU}`, 'top:ТАСС'],
    ['an agency in Arabic over an Arabic story', `عبارة كل ساعة\n\nرويترز\n${AR}\n${AR}`, 'top:رويترز'],
    [
      "the page's own name, a slash, the outlet",
      `Ferja går hver time\n\nFjordposten/Le Soir\n${NO}\n${NO}`,
      'top:Le Soir',
    ],
  ])('%s', (_name, text, want) => {
    expect(found(text)).toEqual([want]);
  });
});

describe('an outlet closing the copied text', () => {
  test.each([
    ["initials; the outlet's host", `Паром каждый час\n\n${RU}\n${RU}\nЖК; lesoir.be`, 'end:lesoir.be'],
    [
      'own name/outlet, then page furniture',
      `Ferja går hver time\n\n${NO}\n\n${NO}\n\nFjordposten/Hürriyet\n\nSe også\n\nDel`,
      'end:Hürriyet',
    ],
  ])('%s', (_name, text, want) => {
    expect(found(text)).toEqual([want]);
  });
});

describe('hard negatives', () => {
  test.each([
    [
      'a page about the outlet names it again',
      `Ferja går hver time\n\nAftenposten\n${NO} Aftenposten skrev om saken i går.\n${NO}`,
    ],
    [
      "the page's own masthead",
      `Ferja går hver time\n\nAftenposten\n${NO}\n${NO}`,
      'https://www.aftenposten.no/2024/ferja',
    ],
    ['a picture credit, labelled', `Ferja går hver time\n\nFoto: Kari Nordmann/Aftenposten\n${NO}\n${NO}`],
    ['an agency and a photographer across a slash', `Ferja går hver time\n\nReuters/Kari Nordmann\n${NO}\n${NO}`],
    ['a data source', `Ferja går hver time\n\n${NO}\n\n${NO}\nKilde: Eurostat`],
    [
      "a byline with a date: a clipping's or a byline's, not this shape",
      `Ferja går hver time\n\nAftenposten 12.05.2024\n${NO}\n${NO}`,
    ],
    ['two outlets on one line: a menu', `Ferja går hver time\n\nAftenposten | Dagens Nyheter | Le Soir\n${NO}\n${NO}`],
    [
      'a headline beside the outlet: a related story',
      `Ferja går hver time\n\n${NO}\n\n${NO}\n\nHvorfor ferja blir dyrere for pendlerne – Aftenposten\n\nDel`,
    ],
    ['an outlet over a comment, not a story', `Ferja går hver time\n\nAftenposten\nSpennende!`],
    [
      'an outlet mid-article: a cited fact',
      `Ferja går hver time\n\n${NO}\n\n${NO}\n\n${NO}\n\nAftenposten\n${NO}\n\n${NO}\n\n${NO}\n\n${NO}`,
    ],
    [
      'a headline that names an agency by its agency word',
      `Ferja går hver time\n\nNorsk nyhetsbyrå fyller 90\n${NO}\n${NO}`,
    ],
    [
      'a closing line followed by a list of related stories',
      `Ferja går hver time\n\n${NO}\n\n${NO}\n\nFjordposten/Hürriyet\n\nRelatert\n\nBro over sundet\n\nNy kai i havna\n\nBussen går oftere`,
    ],
    [
      'an agency under the first paragraph: a picture credit',
      `Ferja går hver time\n\n${NO}\n\nKaia ved daggry.\nТАСС\n\n${NO}`,
    ],
    ['an agency under a caption of one sentence', `Ferja går hver time\n\nKaia ved daggry.\nТАСС\n${NO}\n${NO}`],
    [
      "an agency over a date and time: the page's own byline",
      `Ferja går hver time\n\nТАСС\n12. mai kl. 08.12\n\n${NO}\n\n${NO}`,
    ],
    [
      "an agency over a list item's headline: its thumbnail's credit",
      `Emne: Ferjer\n\nТАСС\nFerja går hver time\n${NO}`,
    ],
  ])('%s', (_name, text, url = URL) => {
    expect(found(text, url)).toEqual([]);
  });
});

describe('through the scan', () => {
  test('the heading becomes a claim', () => {
    const text = `Ferja går hver time\n\nUkens kommentar\nDagens Nyheter\n\n${NO}\n\n${NO}`;
    expect(scanPage(textToDocument(text, URL, parse), URL).claims.map((c) => c.value)).toContain('Dagens Nyheter');
  });

  test("on the outlet's own site it is no claim", () => {
    const url = 'https://www.dn.se/2024/ferja';
    const text = `Ferja går hver time\n\nUkens kommentar\nDagens Nyheter\n\n${NO}\n\n${NO}`;
    expect(scanPage(textToDocument(text, url, parse), url).claims.map((c) => c.value)).not.toContain('Dagens Nyheter');
  });
});

test('pathological input: many short joined lines and long ones finish within budget', () => {
  const lines = Array.from({ length: 4000 }, (_, i) =>
    i % 2 ? `${'Ab / '.repeat(12)}Aftenposten` : `${'Ord '.repeat(200)}.`,
  );
  const text = `Tittel\n\n${lines.join('\n')}\n\n${'«'.repeat(5000)}\n${'via '.repeat(5000)}`;
  const page = readPage(textToDocument(text, URL, parse), URL);
  const identity = pageIdentity({ url: page.url, title: page.title, meta: page.meta, jsonLd: page.jsonLd });
  const started = performance.now();
  readBareOutletLines(page, identity);
  expect(performance.now() - started).toBeLessThan(1000);
});

test("a related story's link beside the outlet names no source", () => {
  const html = `<html><head><title>Ferja</title></head><body><article><h1>Ferja går hver time</h1><p>${NO}</p><p>${NO}</p><p><a href="https://www.aftenposten.no/a/1">Bro over sundet</a> – Aftenposten</p></article></body></html>`;
  const page = readPage(parse(html, URL), URL);
  const identity = pageIdentity({ url: page.url, title: page.title, meta: page.meta, jsonLd: page.jsonLd });
  expect(readBareOutletLines(page, identity)).toEqual([]);
});
