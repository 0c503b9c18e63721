import { render, type ComponentChild } from 'preact';
import { t, uiDirection, uiLanguage, type MessageKey } from '../extension/i18n/t.ts';

/** Every page starts the same way: the UI language and direction on <html>, a localised title, then the app. */
export function mountPage(titleKey: MessageKey, app: ComponentChild): void {
  document.documentElement.lang = uiLanguage();
  document.documentElement.dir = uiDirection();
  document.title = t(titleKey);
  const root = document.getElementById('app');
  if (root) render(app, root);
}
