import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createRouter } from './app/routes';
import { applyLanguage } from './i18n/apply-language';
import { readStoredLanguage } from './i18n/stored-language';
import { AppProviders } from './shell/AppProviders';
import { ErrorBoundary } from './shell/ErrorBoundary';
import './shell/global.css';

void applyLanguage(readStoredLanguage());

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element to render Gigpact into');

createRoot(container).render(
  <StrictMode>
    <AppProviders>
      <ErrorBoundary>
        <RouterProvider router={createRouter()} />
      </ErrorBoundary>
    </AppProviders>
  </StrictMode>,
);
