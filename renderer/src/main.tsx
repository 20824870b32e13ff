import './app/no-eval.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/fonts.css';
import './app/theme.css';
import { App } from './app/App.js';
import { installLifecycle } from './app/lifecycle.js';
import { useApp } from './app/store.js';
import { initI18n, languageFromUrl } from './i18n/index.js';

const forced = languageFromUrl();
await initI18n(forced ?? 'vi');
installLifecycle();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
void useApp.getState().start(forced);
