import '../styles/theme.css';
import { mountPage } from '../mountPage.tsx';
import { CompareApp } from './CompareApp.tsx';

mountPage('compareTitle', <CompareApp />);
