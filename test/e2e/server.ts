/**
 * The test web: serves an offline web (a web.json map of URL → file + type) to Chromium on 127.0.0.1.
 *
 * Chromium reaches it through `--host-resolver-rules="MAP * 127.0.0.1:<port>"`, and a port in that rule applies to
 * every scheme: http://host/ and https://host/ both arrive on the same port. So the server is ONE TCP listener that
 * looks at the first byte of each connection: 0x16 (a TLS handshake record) goes to the HTTPS server, anything else
 * to the HTTP server. Pages keep their real-looking URLs (https and the publishers' host names), which is what the
 * engine compares; no URL is rewritten and no proxy is involved.
 *
 * Entries may also carry `status` (serve the file with that HTTP status, e.g. a 404 page) and `delayMs` (hold the
 * response, to exercise the extension's fetch timeout). Unknown URLs get a small 404 page, like a real site would.
 */
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import { makeCertificate, type TestCertificate } from './certificate.ts';

export interface WebEntry {
  url: string;
  /** Relative to the folder of the web.json. */
  file: string;
  type: string;
  /** HTTP status to answer with (default 200). */
  status?: number;
  /** Hold the response this long before answering (a slow or hanging site). */
  delayMs?: number;
  /** A redirect: answer `status` (default 302) with this Location and no page. */
  location?: string;
}

export interface ServedRequest {
  url: string;
  status: number;
}

export interface TestWeb {
  /** The single port that speaks both HTTP and HTTPS. */
  port: number;
  /** Base64 SHA-256 of the server certificate's public key (for `--ignore-certificate-errors-spki-list`). */
  spki: string;
  /** Every request served, in order (for assertions on what the extension fetched). */
  requests: ServedRequest[];
  /** TCP connections accepted so far, whether or not a request came over them. */
  readonly connections: number;
  /** Adds or replaces pages while running (a test can serve a page it builds). */
  add(entry: WebEntry & { body?: string }): void;
  close(): Promise<void>;
}

export interface TestWebOptions {
  /** A web.json file: `{"pages":[{"url","file","type"}]}`; files are relative to its folder. */
  webJson: string;
  /** More web.json files served together with the first (the fixture web beside the corpus, say). */
  alsoWebJson?: string[];
  certificate?: TestCertificate;
}

/** The lookup key: scheme-insensitive, host lower-cased, default port and fragment dropped, query kept. */
export function urlKey(raw: string): string {
  const u = new URL(raw);
  return `${u.hostname.toLowerCase()}${u.pathname}${u.search}`;
}

interface Served {
  file?: string;
  body?: string;
  type: string;
  status: number;
  delayMs: number;
  location?: string;
}

function readWebJson(file: string, into: Map<string, Served>): void {
  const dir = path.dirname(file);
  const { pages } = JSON.parse(fs.readFileSync(file, 'utf8')) as { pages: WebEntry[] };
  for (const p of pages)
    into.set(urlKey(p.url), {
      file: path.join(dir, p.file),
      type: p.type,
      status: p.status ?? (p.location ? 302 : 200),
      delayMs: p.delayMs ?? 0,
      ...(p.location ? { location: p.location } : {}),
    });
}

const NOT_FOUND =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>';

export async function startTestWeb(options: TestWebOptions): Promise<TestWeb> {
  const pages = new Map<string, Served>();
  for (const f of [options.webJson, ...(options.alsoWebJson ?? [])]) if (fs.existsSync(f)) readWebJson(f, pages);
  const cert = options.certificate ?? makeCertificate();
  const requests: ServedRequest[] = [];
  const sockets = new Set<net.Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const scheme = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
    const url = `${scheme}://${req.headers.host ?? 'unknown.invalid'}${req.url ?? '/'}`;
    let entry: Served | undefined;
    try {
      entry = pages.get(urlKey(url));
    } catch {
      entry = undefined;
    }
    const status = entry?.status ?? 404;
    requests.push({ url, status });
    const send = (): void => {
      if (res.destroyed) return;
      if (entry?.location) {
        res.writeHead(status, { location: entry.location, 'cache-control': 'no-store' });
        res.end();
        return;
      }
      const body = entry ? (entry.body ?? fs.readFileSync(entry.file!)) : NOT_FOUND;
      const type = entry?.type ?? 'text/html';
      res.writeHead(status, {
        'content-type': /^text\/|xml/.test(type) ? `${type}; charset=utf-8` : type,
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (entry && entry.delayMs > 0) {
      const t = setTimeout(() => {
        timers.delete(t);
        send();
      }, entry.delayMs);
      timers.add(t);
    } else send();
  };

  const plain = http.createServer(handler);
  const secure = https.createServer({ key: cert.key, cert: cert.cert }, handler);
  // Both servers only ever receive sockets handed over below; neither listens itself.
  let connections = 0;
  const front = net.createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === 0x16 ? secure : plain).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  secure.on('tlsClientError', (_err, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (front.address() as net.AddressInfo).port;

  return {
    port,
    spki: cert.spki,
    requests,
    get connections() {
      return connections;
    },
    add(entry) {
      pages.set(urlKey(entry.url), {
        type: entry.type,
        status: entry.status ?? (entry.location ? 302 : 200),
        delayMs: entry.delayMs ?? 0,
        ...(entry.location ? { location: entry.location } : {}),
        ...(entry.body !== undefined ? { body: entry.body } : { file: entry.file }),
      });
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => front.close(() => resolve()));
    },
  };
}
