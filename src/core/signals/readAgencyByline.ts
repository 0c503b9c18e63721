/**
 * A byline that credits an agency or another outlet among its names: "By AFP and Jane Doe", "Por EFE",
 * "By IANS, New Delhi:", "Text by John Roe and Jane Doe, Reuters", "Af: /ritzau/". The byline words are the credits'
 * own table (BYLINE_PREFIXES, one leading word such as "Article" allowed before them), the joining words are each
 * pack's `conjunctions`; only a name the publisher directory knows counts, so a reporter's name never becomes a source.
 */
import { BYLINE_PREFIXES } from '../data/bylinePrefixes.ts';
import { MEDIA_OR_DATA_LABEL } from '../data/citationContexts.ts';
import { phrasesOf } from '../data/lang/phrasesOf.ts';
import { phraseAlternation } from '../text/compilePhrases.ts';
import { namedOutlet } from './namedOutlet.ts';

const MAX_LINE = 160;
const MAX_PARTS = 8;

const BYLINE_RE = new RegExp(
  `^(\\p{L}{2,12}\\s+)?(${phraseAlternation(BYLINE_PREFIXES, { bounded: true })})\\s*[:：]?\\s+(\\S[^\\n]*)$`,
  'iu',
);
const JOIN_RE = new RegExp(
  `\\s*(?:[,;/：:]|\\s[-–—]\\s|(?<![\\p{L}\\p{N}])${phraseAlternation(phrasesOf('conjunctions').filter((c) => /\p{L}/u.test(c)))}(?![\\p{L}\\p{N}])|&)\\s*`,
  'iu',
);

export interface AgencyByline {
  /** The byline word as written ("By", "Por", "Af"). */
  label: string;
  /** The outlet as the page writes it. */
  written: string;
}

export function readAgencyByline(line: string): AgencyByline | null {
  const t = line.trim();
  if (t.length > MAX_LINE) return null;
  const m = BYLINE_RE.exec(t);
  if (!m?.[3]) return null;
  // "Photo by AFP", "Grafik von dpa": a picture or chart credit, not the article's byline.
  if (m[1] && MEDIA_OR_DATA_LABEL.test(m[1])) return null;
  // Only the byline's own field: "By <graphics desk> | Source: Reuters" credits a chart's data after the bar.
  const [names = '', outletField] = m[3].split(/\s[|｜•·]\s/u, 2);
  const parts = names.split(JOIN_RE).slice(0, MAX_PARTS);
  for (const raw of parts) {
    const part = raw.replace(/^[\s/([]+|[\s/)\].]+$/gu, '');
    if (part.length < 2) continue;
    if (namedOutlet(part)) return { label: m[2] ?? '', written: part };
  }
  // "By Jane Roe | Reuters": the field after the bar is the outlet itself, unlabelled and whole (a labelled field,
  // "Source: Reuters", is a chart's data credit; "Photo: AFP" a picture's).
  const outlet = outletField?.trim().replace(/[.]$/u, '') ?? '';
  if (outlet && !/[:：]/u.test(outlet) && namedOutlet(outlet)?.written === outlet)
    return { label: m[2] ?? '', written: outlet };
  return null;
}
