/**
 * Access to websites, which the reader can withhold or revoke (Chrome's site access, Firefox's add-ons manager).
 * Provenance needs all of it: a copy can be on any site and its original on any other, so without `<all_urls>` it can
 * neither read the page (its content script does not run) nor fetch the original.
 */
export const HOST_ACCESS = { origins: ['<all_urls>'] };

/** The page that explains what is fetched and why, and asks again through `permissions.request`. */
export const PERMISSION_PAGE = 'src/ui/permission/index.html';

export interface PermissionsApi {
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

/** Whether Provenance may read pages and fetch originals; an API that fails counts as no access. */
export async function hasHostAccess(permissions: PermissionsApi | undefined): Promise<boolean> {
  if (!permissions) return true;
  try {
    return await permissions.contains(HOST_ACCESS);
  } catch {
    return false;
  }
}
