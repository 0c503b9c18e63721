import '../styles/theme.css';
import './batchCheck.css';
import { mountPage } from '../mountPage.tsx';
import { OptionsApp } from './OptionsApp.tsx';

mountPage('optionsTitle', <OptionsApp />);
