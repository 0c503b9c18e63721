import '../styles/theme.css';
import { browser } from '../../extension/browser.ts';
import { HOST_ACCESS } from '../../extension/hostAccess.ts';
import { mountPage } from '../mountPage.tsx';
import { PermissionPage } from './PermissionPage.tsx';

// permissions.request must run in the click's own task (a user gesture), hence no message to the background.
mountPage('permissionTitle', <PermissionPage request={() => browser.permissions.request(HOST_ACCESS)} />);
