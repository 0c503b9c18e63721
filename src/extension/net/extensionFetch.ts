/**
 * The background's fetch: policedFetch over the global fetch, with the browser's webRequest (redirect Locations and
 * network errors of the extension's own requests) and, in Firefox, its DNS resolver. Built once per background life,
 * at its start, so the webRequest listeners are in place before the first fetch. They only see requests outside tabs
 * of type fetch/XHR, which for an extension means its own: a reader's browsing never wakes the background for them.
 */
import { browser } from '../browser.ts';
import { TEST_BUILD } from '../testBuild.ts';
import { policedFetch, supportsTargetAddressSpace } from './policedFetch.ts';
import { redirectLocations, type WebRequestApi } from './redirectLocations.ts';
import { resolvedAddressProblem, type DnsApi } from './resolvedAddressCheck.ts';

let built: typeof fetch | null = null;

export function extensionFetch(): typeof fetch {
  if (built) return built;
  const dns = (browser as unknown as { dns?: DnsApi }).dns;
  built = policedFetch({
    fetch: globalThis.fetch.bind(globalThis),
    redirects: redirectLocations(browser.webRequest as unknown as WebRequestApi, browser.runtime.getURL('')),
    ...(dns?.resolve
      ? { checkAddress: (url: URL) => resolvedAddressProblem(dns, url, { loopbackOnDefaultPorts: TEST_BUILD }) }
      : {}),
    targetAddressSpace: supportsTargetAddressSpace(),
  });
  return built;
}
