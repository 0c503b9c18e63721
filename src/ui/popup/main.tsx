import '../styles/theme.css';
import { mountPage } from '../mountPage.tsx';
import { PopupApp } from './PopupApp.tsx';

mountPage('extName', <PopupApp />);
