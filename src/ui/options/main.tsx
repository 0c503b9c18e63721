import '../styles/theme.css';
import './batchCheck.css';
import { mountPage } from '../mountPage.tsx';
import { OptionsApp } from './OptionsApp.tsx';

const mount = (App: typeof OptionsApp) => mountPage('optionsTitle', <App />);
mount(OptionsApp);
// Only under `npm run dev` (the build drops it): a changed component re-renders in place, without reloading the page
// or the extension.
import.meta.hot?.accept('./OptionsApp.tsx', (next) => next && mount(next.OptionsApp));
