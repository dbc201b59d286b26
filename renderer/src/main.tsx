import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { primeLexical } from './editor/scrub';
import './ui/tokens.css';
import './ui/base.css';
import './ui/components.css';
import './app/shell.css';
import './features/vault/vault.css';
import './features/settings/settings.css';
import './ui/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('Mend’s page is missing its #root element');

// Before any journal text can reach an editor (see editor/scrub.ts).
primeLexical();

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
