import '../styles/theme.css';
import { browser } from '../../extension/browser.ts';
import { HOST_ACCESS } from '../../extension/hostAccess.ts';
import { mountPage } from '../mountPage.tsx';
import { PermissionPage } from './PermissionPage.tsx';

// permissions.request must run in the click's own task (a user gesture), hence no message to the background.
const mount = (Page: typeof PermissionPage) =>
  mountPage('permissionTitle', <Page request={() => browser.permissions.request(HOST_ACCESS)} />);
mount(PermissionPage);
// Only under `npm run dev` (the build drops it): a changed component re-renders in place.
import.meta.hot?.accept('./PermissionPage.tsx', (next) => next && mount(next.PermissionPage));
