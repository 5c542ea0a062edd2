// The settings page (options_ui, opened in a tab).
import { render } from 'preact';
import { OptionsApp } from './app.js';
import { localizeDocument, t } from '../shared/i18n.js';
import { browserBackend } from './browser-backend.js';
import './options.css';

localizeDocument(document, t('optionsTitle'));
const root = document.getElementById('app');
if (root) render(<OptionsApp backend={browserBackend()} />, root);
