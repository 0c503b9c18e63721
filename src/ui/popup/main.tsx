import '../styles/theme.css';
import { mountPage } from '../mountPage.tsx';
import { PopupApp } from './PopupApp.tsx';

const mount = (App: typeof PopupApp) => mountPage('extName', <App />);
mount(PopupApp);
// Only under `npm run dev` (the build drops it): a changed component re-renders in place, without reloading the page
// or the extension.
import.meta.hot?.accept('./PopupApp.tsx', (next) => next && mount(next.PopupApp));
