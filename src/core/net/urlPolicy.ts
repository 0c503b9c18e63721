/**
 * Which URLs the checker may fetch. Pages are hostile: a copy can name any "source" URL, and following it blindly
 * would let a page make the user's browser (or the CLI's machine) probe the local network. So: http(s) only, no
 * credentials, and no address that is not on the public Internet.
 *
 * The WHATWG URL parser already normalises the tricky IPv4 spellings (0x7f.1, 2130706433, 0177.0.0.1, 127.1, a
 * trailing dot) to dotted quads and IPv6 to compressed hex, so we classify its output rather than the raw string.
 * What this cannot see is a public host name whose DNS answer is private (DNS rebinding); hosts that resolve names
 * themselves must check the address they connect to if they care about that.
 */
import type { FetchErrorCode } from '../ports.ts';

export interface UrlPolicyOptions {
  /** Lets private and loopback addresses through: only for tests against a local server. */
  allowPrivate: boolean;
}

export type UrlCheck = { ok: true; url: URL } | { ok: false; code: FetchErrorCode; reason: string };

/** Host name suffixes that never name a public web site (RFC 6761, RFC 6762, RFC 8375, ICANN's .internal). */
const NON_PUBLIC_SUFFIXES = [
  'localhost',
  'local',
  'internal',
  'home.arpa',
  'arpa',
  'localdomain',
  'lan',
  'intranet',
  'test',
  'invalid',
  'example',
  'onion',
];

/** IPv4 ranges that are not public unicast (IANA special-purpose registry): [first octets, prefix length, why]. */
const BLOCKED_V4: readonly [number, number, number, number, number, string][] = [
  [0, 0, 0, 0, 8, 'this network'],
  [10, 0, 0, 0, 8, 'private'],
  [100, 64, 0, 0, 10, 'carrier-grade NAT'],
  [127, 0, 0, 0, 8, 'loopback'],
  [169, 254, 0, 0, 16, 'link-local'],
  [172, 16, 0, 0, 12, 'private'],
  [192, 0, 0, 0, 24, 'IETF protocol assignments'],
  [192, 0, 2, 0, 24, 'documentation'],
  [192, 88, 99, 0, 24, '6to4 relay'],
  [192, 168, 0, 0, 16, 'private'],
  [198, 18, 0, 0, 15, 'benchmarking'],
  [198, 51, 100, 0, 24, 'documentation'],
  [203, 0, 113, 0, 24, 'documentation'],
  [224, 0, 0, 0, 4, 'multicast'],
  [240, 0, 0, 0, 4, 'reserved'],
];

const fail = (code: FetchErrorCode, reason: string): UrlCheck => ({ ok: false, code, reason });

export function checkFetchUrl(url: string, opts: UrlPolicyOptions): UrlCheck {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fail('bad-url', 'not a valid absolute URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return fail('bad-url', `scheme ${parsed.protocol} is not http(s)`);
  if (parsed.username || parsed.password) return fail('bad-url', 'URL carries credentials');
  if (!parsed.hostname) return fail('bad-url', 'URL has no host');
  if (opts.allowPrivate) return { ok: true, url: parsed };
  const why = nonPublicHostReason(parsed.hostname);
  return why
    ? fail('blocked-address', `${parsed.hostname} is not a public address (${why})`)
    : { ok: true, url: parsed };
}

/** Why a (URL-parsed) host name is not a public web host, or null when it may be fetched. */
export function nonPublicHostReason(hostname: string): string | null {
  if (hostname.startsWith('[')) return ipv6Reason(hostname.slice(1, -1));
  const v4 = parseIpv4(hostname);
  if (v4) return ipv4Reason(v4);
  const host = hostname.replace(/\.+$/, '').toLowerCase();
  if (!host.includes('.')) return 'single-label host name';
  for (const suffix of NON_PUBLIC_SUFFIXES) {
    if (host === suffix || host.endsWith(`.${suffix}`)) return `.${suffix} is not a public domain`;
  }
  return null;
}

function parseIpv4(host: string): number[] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.?$/.exec(host);
  if (!m) return null;
  const octets = m.slice(1, 5).map(Number);
  return octets.every((o) => o <= 255) ? octets : null;
}

function ipv4Reason(o: number[]): string | null {
  const value = (((o[0] ?? 0) << 24) >>> 0) + ((o[1] ?? 0) << 16) + ((o[2] ?? 0) << 8) + (o[3] ?? 0);
  for (const [a, b, c, d, bits, why] of BLOCKED_V4) {
    const base = ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    if ((value & mask) >>> 0 === (base & mask) >>> 0) return why;
  }
  return null;
}

/** Eight 16-bit groups, or null when the text is not an IPv6 address. Accepts a dotted IPv4 tail. */
export function parseIpv6(text: string): number[] | null {
  let s = text.toLowerCase();
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  const dotted = /:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(s);
  if (dotted?.[1]) {
    // Rewrite a dotted IPv4 tail as two hex groups, then parse as usual.
    const v4 = parseIpv4(dotted[1]);
    if (!v4) return null;
    const hex = (a: number, b: number): string => ((a << 8) | b).toString(16);
    s = `${s.slice(0, dotted.index + 1)}${hex(v4[0] ?? 0, v4[1] ?? 0)}:${hex(v4[2] ?? 0, v4[3] ?? 0)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const toGroups = (part: string | undefined): number[] | null => {
    if (!part) return [];
    const groups = part.split(':');
    if (groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null;
    return groups.map((g) => parseInt(g, 16));
  };
  const head = toGroups(halves[0]);
  const rest = toGroups(halves[1]);
  if (!head || !rest) return null;
  const known = head.length + rest.length;
  if (halves.length === 1) return known === 8 ? head : null;
  if (known > 7) return null;
  return [...head, ...new Array<number>(8 - known).fill(0), ...rest];
}

function ipv6Reason(text: string): string | null {
  const g = parseIpv6(text);
  if (!g) return 'not a valid IPv6 address';
  const at = (i: number): number => g[i] ?? 0;
  const embeddedV4 = (hi: number, lo: number): number[] => [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff];
  const firstSixZero = [0, 1, 2, 3, 4].every((i) => at(i) === 0);
  // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) reach the embedded IPv4 address: judge that one.
  if (firstSixZero && at(5) === 0xffff) return ipv4Reason(embeddedV4(at(6), at(7))) ?? null;
  if (at(0) === 0x64 && at(1) === 0xff9b && [2, 3, 4, 5].every((i) => at(i) === 0))
    return ipv4Reason(embeddedV4(at(6), at(7))) ?? null;
  // 6to4 (2002:a.b.c.d::/48) embeds its relay target in the second and third groups.
  if (at(0) === 0x2002) return ipv4Reason(embeddedV4(at(1), at(2)));
  if (firstSixZero && at(5) === 0) return 'unspecified, loopback or IPv4-compatible';
  // Only 2000::/3 is global unicast; everything else (ULA fc00::/7, link-local fe80::/10, multicast ff00::/8,
  // discard 100::/64, NAT64 local-use 64:ff9b:1::/48, …) is not the public web.
  if ((at(0) & 0xe000) !== 0x2000) return 'not global unicast IPv6';
  if (at(0) === 0x2001 && at(1) < 0x200) return 'IETF special-purpose IPv6 (Teredo, ORCHID, benchmarking)';
  if (at(0) === 0x2001 && at(1) === 0xdb8) return 'documentation IPv6';
  if ((at(0) & 0xfff0) === 0x3ff0) return 'documentation IPv6';
  return null;
}
