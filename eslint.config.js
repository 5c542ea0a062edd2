import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-*/', 'test-results/', 'playwright-report/', 'test/pages/dist/', '**/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page text must never reach an HTML sink (issue 5); UI is built with Preact or textContent.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM with Preact or textContent; page text must never reach an HTML sink.' },
        { property: 'outerHTML', message: 'Page text must never reach an HTML sink.' },
        { property: 'insertAdjacentHTML', message: 'Page text must never reach an HTML sink.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // The engine is pure TypeScript: it runs in Node tests with no DOM and no extension APIs.
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['webextension-polyfill', 'preact', 'preact/*'], message: 'src/engine must stay free of UI and extension APIs.' },
            { group: ['node:*', 'fs', 'path'], message: 'src/engine must run in the browser too: no Node modules.' },
            { group: ['**/content/**', '**/popup/**', '**/background/**', '**/shared/**', '**/sites/**'], message: 'The engine depends on nothing outside src/engine.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'chrome', 'browser', 'navigator', 'location', 'process'],
    },
  },
  {
    // Only src/shared talks to the extension APIs.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/shared/**', 'src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'webextension-polyfill', message: 'Go through src/shared/browser-api.ts.' }] },
      ],
    },
  },
);
