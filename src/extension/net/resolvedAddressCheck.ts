/**
 * Firefox's check of what a name resolves to, before each request and each redirect hop: `dns.resolve` (the "dns"
 * permission, Firefox only) gives the addresses, and every one must pass the URL policy's rule for literal addresses.
 * Firefox has no connection-time refusal an extension can ask for (its fetch ignores Chromium's `targetAddressSpace`,
 * measured on 153), so this is a check BEFORE the connection: the connection makes its own lookup, which Firefox's
 * DNS cache normally answers the same way, but a rebinding answer with a very short lifetime could still differ.
 */
import { nonPublicHostReason } from '../../core/net/urlPolicy.ts';

export interface DnsApi {
  resolve(host: string, flags?: string[]): Promise<{ addresses: string[] }>;
}

export interface AddressCheckOptions {
  /**
   * Test builds only: loopback answers pass on the default ports (80, 443), which the e2e harness sends to its test
   * web (Firefox's `network.socket.forcePort`); any other port on loopback stays refused, like an attacker's server.
   */
  loopbackOnDefaultPorts: boolean;
}

/** Why `url` may not be fetched given what its host resolves to, or null. An IP literal was judged by the URL policy. */
export async function resolvedAddressProblem(
  dns: DnsApi,
  url: URL,
  options: AddressCheckOptions,
): Promise<string | null> {
  const host = url.hostname;
  if (host.startsWith('[') || /^\d+\.\d+\.\d+\.\d+$/.test(host)) return null;
  const { addresses } = await dns.resolve(host);
  if (!addresses.length) return `${host} has no address`;
  for (const address of addresses) {
    const why = nonPublicHostReason(address.includes(':') ? `[${address}]` : address);
    if (!why) continue;
    if (options.loopbackOnDefaultPorts && url.port === '' && isLoopback(address)) continue;
    return `${host} resolves to ${address}, not a public address (${why})`;
  }
  return null;
}

const isLoopback = (address: string): boolean => address.startsWith('127.') || address === '::1';
