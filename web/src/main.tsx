import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { ApiClient } from './api/client';
import { App } from './App';
import { offline } from './offline/offline';
import { offlineAwareFetch } from './offline/session';
import { register } from './offline/updates';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
// The service worker of the installed app (docs/web/offline.md), in production builds only.
if (import.meta.env.PROD && 'serviceWorker' in navigator) register(registerSW);
createRoot(root).render(
  <StrictMode>
    <App api={new ApiClient(offlineAwareFetch((input, init) => fetch(input, init), offline))} />
  </StrictMode>,
);
