// The settings page (options_ui, opened in a tab).
import { render } from 'preact';
import { OptionsApp } from './app.js';
import { browserBackend } from './browser-backend.js';
import './options.css';

const root = document.getElementById('app');
if (root) render(<OptionsApp backend={browserBackend()} />, root);
