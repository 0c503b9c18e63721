/**
 * A throw-away TLS certificate for the test web, made at test time so no key is ever committed.
 * Chromium is told to trust it by the SHA-256 of its public key (`--ignore-certificate-errors-spki-list`), which
 * waives certificate errors for this one key only: a page served with any other certificate still fails, unlike
 * the blanket `--ignore-certificate-errors`. The host names in the certificate therefore do not matter.
 * Debian's `openssl` makes it when present; otherwise a minimal self-signed X.509 is encoded here in Node.
 */
import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync, sign, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TestCertificate {
  /** PEM private key. */
  key: string;
  /** PEM certificate. */
  cert: string;
  /** Base64 SHA-256 of the DER SubjectPublicKeyInfo: the value Chromium's SPKI allow-list takes. */
  spki: string;
  /** Which maker produced it, for the log. */
  madeBy: 'openssl' | 'node';
}

const SUBJECT = 'provenance-test-web';

/** The base64 SHA-256 of a certificate's public key, as Chromium expects it. */
export function spkiHash(certPem: string): string {
  const der = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('base64');
}

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function withOpenssl(): TestCertificate {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-cert-'));
  try {
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        keyFile,
        '-out',
        certFile,
        '-days',
        '3',
        '-subj',
        `/CN=${SUBJECT}`,
        '-addext',
        `subjectAltName=DNS:${SUBJECT}`,
      ],
      { stdio: 'ignore' },
    );
    const key = fs.readFileSync(keyFile, 'utf8');
    const cert = fs.readFileSync(certFile, 'utf8');
    return { key, cert, spki: spkiHash(cert), madeBy: 'openssl' };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// --- a minimal DER writer: just the shapes an X.509 v3 certificate needs ---
function der(tag: number, body: Buffer): Buffer {
  const n = body.length;
  const len = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), len, body]);
}
const seq = (...parts: Buffer[]): Buffer => der(0x30, Buffer.concat(parts));
const set = (...parts: Buffer[]): Buffer => der(0x31, Buffer.concat(parts));
const int = (bytes: number[]): Buffer => der(0x02, Buffer.from(bytes));
const utf8 = (s: string): Buffer => der(0x0c, Buffer.from(s, 'utf8'));
const octets = (b: Buffer): Buffer => der(0x04, b);
const bits = (b: Buffer): Buffer => der(0x03, Buffer.concat([Buffer.from([0]), b]));
const explicit = (n: number, b: Buffer): Buffer => der(0xa0 + n, b);
function oid(dotted: string): Buffer {
  const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
  const out = [40 * a + b];
  for (const v of rest) {
    const chunk = [v & 0x7f];
    for (let x = v >>> 7; x > 0; x >>>= 7) chunk.unshift((x & 0x7f) | 0x80);
    out.push(...chunk);
  }
  return der(0x06, Buffer.from(out));
}
function utcTime(d: Date): Buffer {
  const s = d.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z';
  return der(0x17, Buffer.from(s, 'ascii'));
}

function withNode(): TestCertificate {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const ecdsaSha256 = seq(oid('1.2.840.10045.4.3.2'));
  const name = seq(set(seq(oid('2.5.4.3'), utf8(SUBJECT))));
  const now = Date.now();
  const san = seq(oid('2.5.29.17'), octets(seq(der(0x82, Buffer.from(SUBJECT, 'ascii')))));
  const tbs = seq(
    explicit(0, int([2])),
    int([0x01, ...Array.from({ length: 8 }, () => Math.floor(Math.random() * 256))]),
    ecdsaSha256,
    name,
    seq(utcTime(new Date(now - 86_400_000)), utcTime(new Date(now + 3 * 86_400_000))),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    explicit(3, seq(san)),
  );
  const signature = sign('sha256', tbs, { key: privateKey, dsaEncoding: 'der' });
  const body = seq(tbs, ecdsaSha256, bits(signature));
  const cert = `-----BEGIN CERTIFICATE-----\n${body.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n?$/, '\n')}-----END CERTIFICATE-----\n`;
  const key = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  return { key, cert, spki: spkiHash(cert), madeBy: 'node' };
}

/** Makes a fresh self-signed certificate (openssl when available, else Node). `maker` forces one, for the self-test. */
export function makeCertificate(maker: 'auto' | 'openssl' | 'node' = 'auto'): TestCertificate {
  if (maker === 'node' || (maker === 'auto' && !hasOpenssl())) return withNode();
  return withOpenssl();
}
