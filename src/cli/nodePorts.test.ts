import { describe, expect, test } from 'vitest';
import { makeNodePorts, sha256 } from './nodePorts.ts';

describe('makeNodePorts', () => {
  test('sha256 is hex SHA-256 of the UTF-8 text', async () => {
    expect(await sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256('Mỹ Linh')).toMatch(/^[0-9a-f]{64}$/);
    expect(await sha256('Mỹ Linh')).not.toBe(await sha256('My Linh'));
  });

  test('every call gets its own memory', () => {
    expect(makeNodePorts().memory).not.toBe(makeNodePorts().memory);
  });

  test('uses the given fetcher and directory, and parses with the page URL', async () => {
    const fetch = async (url: string) => ({ url, status: 200, contentType: 'text/html', text: '' });
    const directory = { lookup: async () => [] };
    const ports = makeNodePorts({ fetch, directory });
    expect(ports.fetch).toBe(fetch);
    expect(ports.directory).toBe(directory);
    expect(ports.parseHtml('<p>x</p>', 'https://a.example.com/b').baseURI).toBe('https://a.example.com/b');
    expect(Math.abs(ports.clock.now() - Date.now())).toBeLessThan(1000);
  });

  test('the network fetcher refuses private addresses unless allowed', async () => {
    await expect(makeNodePorts().fetch('http://127.0.0.1:1/')).rejects.toMatchObject({ code: 'blocked-address' });
    await expect(makeNodePorts({ allowPrivate: true }).fetch('http://127.0.0.1:1/')).rejects.toMatchObject({
      code: 'network',
    });
  });
});
