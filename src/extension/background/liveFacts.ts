/**
 * The live page's facts as the background compares them (looksLikeLivePage.ts, earlyChecks.ts): the `page-seen`
 * message's excerpts of long paragraphs keyed here (textKey.ts: lower case, letters and digits), not in the page,
 * which then pays nothing for keying. A sample is the middle SAMPLE_CHARS code points of an excerpt's key: an excerpt
 * is the middle of its paragraph cut at any UTF-16 unit, so its key's edges (half a surrogate pair, a final sigma
 * lower-cased as if the word ended there) may differ from the paragraph's; its middle is the paragraph's own.
 */
import { SAMPLE_CHARS } from '../limits.ts';
import type { PageSeen } from '../messages.ts';
import { textKey } from '../textKey.ts';

export interface LiveFacts {
  url: string;
  title: string;
  paragraphs: number;
  /** Runs of SAMPLE_CHARS letters and digits (code points) of the live page's long paragraphs. */
  samples: string[];
}

/** The middle SAMPLE_CHARS code points of an excerpt's key; '' when its key is shorter. */
export function sampleOf(excerpt: string): string {
  const key = Array.from(textKey(excerpt));
  if (key.length < SAMPLE_CHARS) return '';
  const start = (key.length - SAMPLE_CHARS) >> 1;
  return key.slice(start, start + SAMPLE_CHARS).join('');
}

export function liveFactsOf(seen: PageSeen): LiveFacts {
  const { url, title, paragraphs, excerpts } = seen;
  return { url, title, paragraphs, samples: excerpts.map(sampleOf).filter((s) => s !== '') };
}
