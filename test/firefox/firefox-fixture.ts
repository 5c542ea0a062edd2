// Debian's firefox-esr with the Firefox test build of the extension (dist-firefox-test/) installed, over WebDriver BiDi
// (puppeteer-core: it never downloads a browser). Firefox has no geckodriver here; puppeteer talks BiDi directly, and
// `browser.installExtension(dir)` installs the unpacked add-on as a temporary one.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../dist-firefox-test', import.meta.url));
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxWithExtension {
  browser: Browser;
  addonId: string;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  // Fail, never skip: CI installs firefox-esr (.ci/run), and a smoke test that silently skips proves nothing.
  if (!existsSync(FIREFOX_PATH)) throw new Error(`${FIREFOX_PATH} is missing: apt-get install -y firefox-esr (.ci/run does)`);
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error('dist-firefox-test is missing: run `npm run build:firefox-test` first');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    protocol: 'webDriverBiDi',
  });
  try {
    const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    return { browser, addonId };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
