// Diagnostic: every dev page's shape candidates without a head (a value alone on its line, "(NAME)", "NAME:"), with
// their features, and whether the page is a copy and the candidate names its labelled source.
import { pageIdentity } from '../src/core/page/pageIdentity.ts';
import { linksByBlock } from '../src/core/page/linksByBlock.ts';
import { pageCandidates } from '../src/core/signals/sourceShapeFeatures.ts';
import { shapeProbability } from '../src/core/signals/scoreSourceShape.ts';
import { devPages } from './devPages.ts';

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[«»"“”]/g, '');
for (const { case: c, page } of devPages()) {
  const identity = pageIdentity({ url: page.url, title: page.title, meta: page.meta, jsonLd: page.jsonLd });
  const want = c.expect.claimedSource ? [c.expect.claimedSource, ...(c.aliases ?? [])].map(fold) : [];
  for (const k of pageCandidates(page, identity, linksByBlock(page), () => false, 400)) {
    if (k.head) continue;
    const f = k.features;
    const kind = ['valueArticle', 'valueSite', 'valueAgency', 'valuePublisher', 'valueName', 'valueHostName'].find(
      (n) => f[n as keyof typeof f],
    );
    const form = ['formAlone', 'formParen', 'formHeading'].find((n) => f[n as keyof typeof f]);
    const place = f.placeTop ? 'top' : f.placeEnd ? 'end' : f.placeMiddle ? 'mid' : 'unk';
    const v = fold(k.claim.value);
    const right = want.some((w) => w === v || v.startsWith(w) || w.startsWith(v));
    const tag = c.expect.verdict === 'clean' ? 'NEG' : right ? 'POS' : 'oth';
    console.log(
      [
        tag,
        c.id,
        c.kind,
        place,
        form,
        kind,
        `p=${shapeProbability(f).toFixed(2)}`,
        `part=${f.partOfBlock} blk=${k.block.index}/${page.blocks.length} short=${f.short} head=${f.heading} copy=${f.copyright} rep=${f.repeated} thin=${f.thinPage}`,
        JSON.stringify(k.line.slice(0, 70)),
      ].join('\t'),
    );
  }
}
