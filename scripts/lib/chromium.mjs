// Debian's Chromium as every script and test here starts it (types in chromium.d.mts).

/** Where the browser is: Debian's package, or CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a machine without the internet: without the background-networking ones Chromium keeps dialing out and the
 * closed network refuses it; no sandbox because the tests run as root.
 */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]);

/** The flags that load one unpacked extension, and no other. */
export function extensionArgs(dir) {
  return [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
}
