/**
 * A short capitals tag that is the site's own abbreviation: "BRATISLAVA (SFZ) -" on futbalsfz.sk, "(KMB) –" on
 * kmbnews.example, "[ABC]" on abc-online.example. A site writes its own tag where a wire writes its name, so the tag
 * names no source. Read from the host alone: one of the host's labels is the tag, or the registrable label opens or
 * closes with it (three letters at least, so "AP" is not read inside "snap").
 */
import { foldLatin } from '../text/foldLatin.ts';

const TAG = /^[\p{Lu}\p{N}&-]{2,8}$/u;
const MAX_HOST = 253;

export function isOwnAbbreviation(tag: string, host: string | null, site: string | null): boolean {
  const t = tag.trim();
  if (!host || !TAG.test(t) || !/\p{L}/u.test(t)) return false;
  const key = foldLatin(t.toLowerCase()).replace(/[^a-z0-9]/g, '');
  if (key.length < 2) return false;
  const labels = host.toLowerCase().slice(0, MAX_HOST).split('.');
  if (labels.includes(key)) return true;
  if (key.length < 3) return false;
  const label = (site ?? host).toLowerCase().split('.')[0]?.replace(/-/g, '') ?? '';
  return label.length > key.length && (label.startsWith(key) || label.endsWith(key));
}
