// The real-page metrics of issue 11 that the corpus scorer does not compute: of the pages that name where their text
// comes from, how many are detected (verdict not clean) and how many have their source read right; of the
// non-copies, how many are flagged. Pure functions over cases and reports, so they can be tested without the CLI.
import { parse as parseDomain } from 'tldts';

// Letters that carry their accent in the letter itself, so NFKD does not split it off.
const FOLD = { đ: 'd', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h' };

/** Letters and digits only, accents and case dropped: "Agência Brasil" = "agencia brasil" = "AGENCIA-BRASIL". */
export function nameKey(s) {
  return String(s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[đłøßæœıħ]/g, (c) => FOLD[c])
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const URL_LIKE = /^(https?:)?\/\//i;
const HOST_LIKE = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(\/\S*)?$/u;

/** URL comparison as the corpus scorer does it: no scheme, host lower-cased, no default port, fragment, trailing slash or punctuation. */
export function normUrl(u) {
  let s = String(u ?? '')
    .trim()
    .replace(/[.,;:!?)»”’]+$/, '');
  if (!s) return null;
  if (s.startsWith('//')) s = `https:${s}`;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(s)) s = `https://${s}`;
  let url;
  try {
    url = new URL(s);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol)) return null;
  const port = url.port && !['80', '443'].includes(url.port) ? `:${url.port}` : '';
  return `${url.hostname.toLowerCase()}${port}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}

/** What a source string says: a URL with a path, a bare host, or a publisher name; with the keys it can match by. */
function readSource(s) {
  const text = String(s ?? '').trim();
  if (!text) return null;
  if (URL_LIKE.test(text) || HOST_LIKE.test(text)) {
    const url = normUrl(text);
    if (url) {
      const host = url.split('/')[0].replace(/^www\./, '');
      const hasPath = url.length > url.split('/')[0].length;
      const domain = parseDomain(host).domainWithoutSuffix ?? host;
      return { kind: hasPath ? 'url' : 'host', url, host, keys: new Set([nameKey(host), nameKey(domain)]) };
    }
  }
  return { kind: 'name', keys: new Set([nameKey(text)]) };
}

/**
 * Whether the reported claimed source is the labelled one: the same URL after normalisation when the label is a URL;
 * otherwise the same publisher, by name or domain, case- and accent-insensitive ("Live Science" = livescience.com).
 * `aliases` are other ways the label's publisher is written (its full name, its domain).
 */
export function sameSource(expected, reported, aliases = []) {
  const got = readSource(reported);
  if (!got) return false;
  for (const want of [expected, ...aliases].map(readSource)) {
    if (!want) continue;
    if (want.kind === 'url') {
      if (got.kind === 'url' && got.url === want.url) return true;
      continue;
    }
    if (want.kind === 'host' && got.kind !== 'name' && got.host === want.host) return true;
    for (const k of want.keys) if (k && got.keys.has(k)) return true;
  }
  return false;
}

const ratio = (a, b) => (b ? a / b : null);

/** Whether a report flags its page: `copy` or `suspected`. `clean` and `unchecked` (the page could not be checked) do not. */
export const flags = (report) => report != null && (report.verdict === 'copy' || report.verdict === 'suspected');

/** The real-page metrics over one set; `reports` matched to cases by normalised URL. Also broken down by `kind`. */
export function realMetrics(cases, reports) {
  const byUrl = new Map(reports.map((r) => [normUrl(r.url), r]));
  const rows = new Map();
  const row = (k) => rows.get(k) ?? rows.set(k, { named: 0, detected: 0, sourceRead: 0, clean: 0, flagged: 0 }).get(k);
  for (const c of cases) {
    const r = byUrl.get(normUrl(c.url)) ?? null;
    const flagged = flags(r);
    for (const k of ['all', `kind:${c.kind ?? '?'}`]) {
      const t = row(k);
      if (c.expect.verdict === 'clean') {
        t.clean++;
        if (flagged) t.flagged++;
      } else {
        t.named++;
        if (flagged) t.detected++;
        if (r && sameSource(c.expect.claimedSource, r.claimedSource, c.aliases ?? [])) t.sourceRead++;
      }
    }
  }
  const out = {};
  for (const [k, t] of [...rows].sort((a, b) =>
    a[0] === 'all' ? -1 : b[0] === 'all' ? 1 : a[0].localeCompare(b[0]),
  )) {
    out[k] = {
      ...t,
      detectedRate: ratio(t.detected, t.named),
      sourceReadRate: ratio(t.sourceRead, t.named),
      flaggedRate: ratio(t.flagged, t.clean),
    };
  }
  return out;
}
