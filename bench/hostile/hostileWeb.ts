/**
 * Serves the hostile pages over real HTTP on a free loopback port, and a fetch that sends the hostile web's public
 * name there: the engine's URL policy then sees a public host (so redirects to private addresses are refused as they
 * would be in the field) while nothing leaves the machine. Any other host is a network error.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HostileResponse } from './hostilePages.ts';

/** The public-looking name of the hostile web. */
export const HOSTILE_ORIGIN = 'http://hostile-web.example.com';

export interface HostileServer {
  port: number;
  /** Replaces what the server answers (one page's web at a time). */
  serve(web: Record<string, HostileResponse>): void;
  close(): Promise<void>;
}

export async function startHostileServer(): Promise<HostileServer> {
  let web: Record<string, HostileResponse> = {};
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const r = web[path];
    if (!r) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (r.location !== undefined) {
      res.writeHead(r.status, { location: r.location }).end();
      return;
    }
    if (r.body === 'ENDLESS') {
      // An endless body, dripped: only the fetcher's size cap or deadline ends it.
      res.writeHead(200, { 'content-type': r.contentType });
      const chunk = `<p>${'endless '.repeat(1000)}</p>`;
      const timer = setInterval(() => res.write(chunk), 1);
      res.on('close', () => clearInterval(timer));
      return;
    }
    if (r.body === 'HUGE-LENGTH') {
      res.writeHead(200, { 'content-type': r.contentType, 'content-length': String(10 ** 12) });
      res.write('<p>starts</p>');
      return;
    }
    res.writeHead(r.status, { 'content-type': r.contentType }).end(r.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    serve: (w) => {
      web = w;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A fetch that reaches the hostile web's name on the loopback server and nothing else. With `redirect: 'follow'` it
 * follows up to 20 hops itself, as a browser would, so that a redirect to another host fails here instead of
 * sending a packet off the machine.
 */
export function hostileFetch(port: number): typeof fetch {
  // The real fetch, taken before a worker replaces the global one with this.
  const realFetch = globalThis.fetch;
  const host = new URL(HOSTILE_ORIGIN).host;
  const one = async (url: URL, init?: RequestInit): Promise<Response> => {
    if (url.host !== host) throw new TypeError(`fetch failed: no route to ${url.host} in the hostile web`);
    const res = await realFetch(new URL(url.pathname + url.search, `http://127.0.0.1:${port}`), {
      ...init,
      redirect: 'manual',
    });
    Object.defineProperty(res, 'url', { value: url.href });
    return res;
  };
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    let url = new URL(input instanceof Request ? input.url : String(input));
    for (let hop = 0; ; hop++) {
      const res = await one(url, init);
      const location = res.headers.get('location');
      if (init?.redirect !== 'follow' || res.status < 300 || res.status >= 400 || location === null) return res;
      await res.body?.cancel();
      if (hop >= 20) throw new TypeError('fetch failed: redirect count exceeded');
      url = new URL(location, url);
      if (!/^https?:$/.test(url.protocol)) throw new TypeError('fetch failed: bad redirect scheme');
    }
  }) as typeof fetch;
}
