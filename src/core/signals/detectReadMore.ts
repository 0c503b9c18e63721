/**
 * Read-more lines as evidence (findReadMore.ts finds them): an excerpt that sends its reader to the rest of the
 * article on another outlet names that outlet as its source. A line the source-line detector already reports (a
 * read-more lead at a line's start, which it has long read) is left to it, so one line is one piece of evidence. A
 * page with no such line may be a pointer post (findPointerPost.ts): a few words sending the reader to an article,
 * or an aggregator's page whose items are each credited to the same outlet (findOutletItems.ts), or each to its own
 * outlet in one repeated position (findCreditedItems.ts).
 */
import type { Claim, Signal } from '../report.ts';
import type { PageData } from '../page/readPage.ts';
import { isSelf, type PageIdentity } from '../page/pageIdentity.ts';
import { findCreditedItems } from './findCreditedItems.ts';
import { findOutletItems } from './findOutletItems.ts';
import { findPointerPost } from './findPointerPost.ts';
import { findReadMore } from './findReadMore.ts';
import { readSourceLine } from './readSourceLine.ts';
import { placeOf } from './sourceLinePlace.ts';

const MAX_SIGNALS = 3;

export function detectReadMore(page: PageData, identity?: PageIdentity): { signals: Signal[]; claims: Claim[] } {
  const signals: Signal[] = [];
  const claims: Claim[] = [];
  for (const f of findReadMore(page)) {
    if (signals.length >= MAX_SIGNALS) break;
    if (readSourceLine(page, f.block)) continue;
    const place = placeOf(page, f.block);
    signals.push({
      kind: 'read-more',
      quote: f.line,
      where: `${place === 'middle' ? 'end of an excerpt' : 'end of the text'}, ${[f.block.tag, ...f.block.wrappers].join(' > ')} ("${f.phrase}")`,
      strength: f.claim.type === 'url' ? 0.7 : 0.6,
      place: place === 'middle' ? 'text' : 'article-end',
      target: f.claim.value,
    });
    if (!claims.some((c) => c.value === f.claim.value)) claims.push(f.claim);
  }
  // No read-more line: a short post that only points to a piece on another outlet names it the same way.
  const pointer = signals.length ? null : findPointerPost(page);
  if (pointer && !readSourceLine(page, pointer.block)) {
    signals.push({
      kind: 'read-more',
      quote: pointer.line,
      where: `a short post pointing to an article elsewhere, ${pointer.block.tag} ("${pointer.noun}")`,
      strength: pointer.claim.type === 'url' ? 0.6 : 0.5,
      place: 'text',
      target: pointer.claim.value,
    });
    claims.push(pointer.claim);
  }
  const items = signals.length ? null : findOutletItems(page);
  if (items && !readSourceLine(page, items.block)) {
    signals.push({
      kind: 'read-more',
      quote: items.line,
      where: `${items.count} items credited to the same outlet, ${items.block.tag} ("${items.written}")`,
      strength: items.claim.type === 'host' ? 0.6 : 0.5,
      place: 'text',
      target: items.claim.value,
    });
    claims.push(items.claim);
  }
  // Items each credited to their own outlet in one repeated position: the first item's outlet first.
  const credited = signals.length ? null : findCreditedItems(page);
  const others = credited?.items.filter((i) => !identity || !isSelf(identity, i.claim)) ?? [];
  const first = others[0];
  if (credited && first && others.length >= 2 && !readSourceLine(page, first.block)) {
    const outlets = [...new Set(others.map((i) => i.claim.value))];
    signals.push({
      kind: 'read-more',
      quote: first.line,
      where: `${others.length} items each credited to an outlet (${credited.shape}), ${first.block.tag} ("${outlets.slice(0, 4).join('", "')}")`,
      strength: first.claim.type === 'host' ? 0.6 : 0.5,
      place: 'text',
      target: first.claim.value,
    });
    for (const c of others.map((i) => i.claim)) if (!claims.some((k) => k.value === c.value)) claims.push(c);
  }
  return { signals, claims };
}
