import '../styles/theme.css';
import { mountPage } from '../mountPage.tsx';
import { CompareApp } from './CompareApp.tsx';

const mount = (App: typeof CompareApp) => mountPage('compareTitle', <App />);
mount(CompareApp);
// Only under `npm run dev` (the build drops it): a changed component re-renders in place, without reloading the page
// or the extension.
import.meta.hot?.accept('./CompareApp.tsx', (next) => next && mount(next.CompareApp));
