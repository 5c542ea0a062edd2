import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The modules of src/shared that are pure logic: settings, the helpdesk table, the message protocol, settings files. */
const PURE_SHARED = [
  'src/shared/settings.ts',
  'src/shared/settings/**/*.ts',
  'src/shared/settings-io.ts',
  'src/shared/helpdesks.ts',
  'src/shared/protocol.ts',
];
const PURE_SHARED_WHY = 'This module of src/shared is pure logic.';

const SINK = 'Page text must never reach an HTML sink: build DOM with Preact, textContent or createElement.';

/** Members that parse a string as HTML (or run it), whatever object they are reached through. */
const HTML_SINK_PROPERTIES = [
  { property: 'innerHTML', message: SINK },
  { property: 'outerHTML', message: SINK },
  { property: 'insertAdjacentHTML', message: SINK },
  { property: 'createContextualFragment', message: `Range.createContextualFragment parses HTML. ${SINK}` },
  { property: 'setHTMLUnsafe', message: SINK },
  { property: 'parseHTMLUnsafe', message: SINK },
  { property: 'srcdoc', message: `An iframe's srcdoc is a whole HTML document. ${SINK}` },
  { property: 'parseFromString', message: `DOMParser output ends up inserted. ${SINK}` },
];

/** Sinks that are calls or JSX rather than a member name alone. */
const HTML_SINK_SYNTAX = [
  {
    // document.write(), doc.write(), frame.contentDocument.writeln()... but not stream.write() in Node scripts.
    selector:
      "CallExpression[callee.property.name=/^write(ln)?$/][callee.object.name=/^(doc|document|\\w*Document)$/], " +
      "CallExpression[callee.property.name=/^write(ln)?$/][callee.object.property.name=/^(document|\\w*Document)$/]",
    message: `document.write parses HTML. ${SINK}`,
  },
  { selector: "NewExpression[callee.name='DOMParser']", message: `DOMParser output ends up inserted. ${SINK}` },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML'], Property[key.name='dangerouslySetInnerHTML']",
    message: `dangerouslySetInnerHTML is innerHTML. ${SINK}`,
  },
  {
    // setAttribute('onclick', '...') compiles a string into a handler in the page's world; srcdoc is a document.
    selector:
      "CallExpression[callee.property.name='setAttribute'][arguments.0.value=/^(on|srcdoc$)/i], " +
      "CallExpression[callee.property.name='setAttributeNS'][arguments.1.value=/^(on|srcdoc$)/i]",
    message: `Event-handler and srcdoc attributes run or parse strings. ${SINK}`,
  },
  {
    selector: "CallExpression[callee.property.name='execCommand'][arguments.0.value=/^insertHTML$/i]",
    message: `execCommand('insertHTML') parses HTML: insert with 'insertText'. ${SINK}`,
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-*/', 'test-results/', 'playwright-report/', 'test/pages/dist/', '**/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page text must never reach an HTML sink (issue 5); UI is built with Preact or textContent.
      // test/security/html-sinks-lint.test.ts proves each of these fires.
      'no-restricted-properties': ['error', ...HTML_SINK_PROPERTIES],
      'no-restricted-syntax': ['error', ...HTML_SINK_SYNTAX],
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
    // Only src/shared/browser-api.ts talks to the extension APIs.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/shared/browser-api.ts', 'src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'webextension-polyfill', message: 'Go through src/shared/browser-api.ts.' }] },
      ],
    },
  },
  {
    // The pure part of src/shared, under the engine's rule: no extension APIs (not even through browser-api.ts), no
    // UI, no Node, so the service worker, the pages, the content script, the build and Node tests all load it.
    files: PURE_SHARED,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['webextension-polyfill', '**/browser-api*', '**/settings-store*'], message: `${PURE_SHARED_WHY} Extension APIs belong in src/shared/browser-api.ts.` },
            { group: ['preact', 'preact/*'], message: `${PURE_SHARED_WHY} No UI.` },
            { group: ['node:*', 'fs', 'path'], message: `${PURE_SHARED_WHY} It runs in the browser too: no Node modules.` },
            { group: ['**/content/**', '**/popup/**', '**/background/**', '**/options/**', '**/sites/**'], message: `${PURE_SHARED_WHY} It depends on no part of the extension.` },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'chrome', 'browser', 'navigator', 'location', 'process'],
    },
  },
);
