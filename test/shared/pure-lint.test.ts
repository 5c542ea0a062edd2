// eslint.config.js: only src/shared/browser-api.ts may import the extension API polyfill, and the pure modules of
// src/shared (settings, the helpdesk table, the protocol, settings files) are held to the engine's rule: no extension
// APIs, not even through browser-api.ts, no UI, no Node. ESLint's Node API runs the project's config on samples.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });
const RULES = new Set(['no-restricted-imports', 'no-restricted-globals']);

async function rulesFiredOn(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${file}` });
  if (!result) throw new Error('ESLint returned no result');
  return result.messages.map((m) => m.ruleId ?? 'none').filter((rule) => RULES.has(rule));
}

const PURE = ['src/shared/settings/sample.ts', 'src/shared/helpdesks.ts', 'src/shared/protocol.ts', 'src/shared/settings-io.ts'];

describe('the pure part of src/shared', () => {
  it.each(PURE)('%s may not reach the extension APIs, the UI or Node', async (file) => {
    for (const code of [
      "import browser from 'webextension-polyfill'; export const x = browser;",
      "import { storage } from '../browser-api.js'; export const x = storage;",
      "import { storage } from './browser-api.js'; export const x = storage;",
      "import { loadSettings } from './settings-store.js'; export const x = loadSettings;",
      "import { h } from 'preact'; export const x = h;",
      "import { readFileSync } from 'node:fs'; export const x = readFileSync;",
      "import { adapterFor } from '../sites/index.js'; export const x = adapterFor;",
      'export const x = chrome.runtime.id;',
      'export const x = browser.runtime.id;',
      'export const x = document.title;',
    ])
      expect({ code, fired: await rulesFiredOn(code, file) }).toEqual({ code, fired: [expect.any(String)] });
  });

  it('may use the engine and plain web platform values', async () => {
    const code = "import { ROW_IDS } from '../../engine/types.js'; export const x = [ROW_IDS, new URL('https://a.example'), new TextEncoder()];";
    expect(await rulesFiredOn(code, 'src/shared/settings/sample.ts')).toEqual([]);
  });
});

describe('the rest of src/shared', () => {
  it('goes through browser-api.ts: the polyfill is for it alone', async () => {
    const code = "import browser from 'webextension-polyfill'; export const x = browser;";
    expect(await rulesFiredOn(code, 'src/shared/settings-store.ts')).toEqual(['no-restricted-imports']);
    expect(await rulesFiredOn(code, 'src/shared/browser-api.ts')).toEqual([]);
  });
});
