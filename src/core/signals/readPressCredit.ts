/**
 * Korean press credits: "아시아경제=홍길동 기자 hong@example.co.kr" names the outlet a story comes from, and the
 * reporter's address says whose reporter it is.
 */
import { PRESS_CREDIT_TITLES } from '../data/wireDatelines.ts';
import type { PageData } from '../page/pageData.ts';
import { isSelf, type PageIdentity } from '../page/pageIdentity.ts';
import { hostOf } from '../url/hostOf.ts';
import { siteOf } from '../url/siteOf.ts';
import { MAX_QUOTE, MAX_SCANNED_BLOCKS, MAX_SCANNED_LINES } from './datelineShapes.ts';
import { namedOutlet } from './namedOutlet.ts';
import type { DatelineCredit } from './readDateline.ts';

/**
 * "아시아경제=홍길동 기자 hong@example.co.kr": an outlet, "=", a reporter's name and title, perhaps the reporter's
 * address. Groups: the outlet, the address's domain.
 */
const PRESS_CREDIT = new RegExp(
  `(?:^|[\\s([［【])([\\p{Script=Hangul}A-Za-z0-9]{2,12})\\s?=\\s?\\p{Script=Hangul}{2,4}\\s?(?:${PRESS_CREDIT_TITLES.join('|')})(?:\\s+[A-Za-z0-9._%+-]{1,40}@([A-Za-z0-9-]{1,40}(?:\\.[A-Za-z0-9-]{1,40}){1,3}))?`,
  'u',
);

/**
 * A Korean press credit naming another outlet: only when the directory knows the outlet, or the reporter's address
 * is on another site than the page's (a paper's own reporters sign with its own domain).
 */
export function pressCredit(page: PageData, identity: PageIdentity): DatelineCredit | null {
  let lines = 0;
  for (const b of page.blocks.slice(0, MAX_SCANNED_BLOCKS)) {
    if (b.hidden || b.region !== null) continue;
    for (const line of b.text.split('\n', 200)) {
      if (++lines > MAX_SCANNED_LINES) return null;
      const credit = readPressCredit(line);
      if (!credit) continue;
      const { name, domain } = credit;
      const outlet = namedOutlet(name);
      const elsewhere =
        domain !== undefined && siteOf(hostOf(`https://${domain}`)) !== null && !isSelf(identity, domain);
      if (outlet || elsewhere)
        return { outlet: outlet ?? { name, kind: 'publisher', written: name }, quote: line.trim().slice(0, MAX_QUOTE) };
    }
  }
  return null;
}

/** The outlet of a Korean press credit in `line` (its first 4,000 characters), and the reporter's address's domain. */
export function readPressCredit(line: string): { name: string; domain?: string } | null {
  const m = PRESS_CREDIT.exec(line.slice(0, 4000));
  if (!m?.[1]) return null;
  return m[2] ? { name: m[1], domain: m[2].toLowerCase() } : { name: m[1] };
}
