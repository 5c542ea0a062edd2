// The same pixels on every machine for the README's pictures (`npm run screenshots`): Chromium draws text with
// whatever fonts the machine has, hinted and antialiased as its fontconfig says, so each machine wrote different PNGs.
// Here Chromium gets a fontconfig of its own (FONTCONFIG_FILE) that knows one font family, the bundled Inter
// (test/assets/fonts, SIL Open Font License), and maps every family a page asks for (sans-serif, system-ui,
// monospace, a named font) to it, with hinting and subpixel rendering off; and flags that take the rest of the
// machine out of the picture (colour profile, LCD text, subpixel positioning, device scale).
//
// Linux only: Chromium reads fonts through fontconfig there. Elsewhere the pictures still come out, from the system's
// fonts, and differ.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FONTS_DIR = fileURLToPath(new URL('../../test/assets/fonts', import.meta.url));
const FAMILY = 'Inter';

/** Chromium flags for rendering that does not depend on the machine. */
export const STABLE_RENDERING_ARGS = Object.freeze([
  '--font-render-hinting=none',
  '--disable-lcd-text',
  '--disable-font-subpixel-positioning',
  '--force-color-profile=srgb',
  '--force-device-scale-factor=1',
  '--hide-scrollbars',
]);

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A fontconfig that knows only the bundled font, in a temporary folder. Returns the environment to start Chromium
 * with and a clean-up for the folder.
 */
export function bundledFontEnvironment() {
  const dir = mkdtempSync(join(tmpdir(), 'reply-coach-fontconfig-'));
  const config = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>${escapeXml(FONTS_DIR)}</dir>
  <cachedir>${escapeXml(join(dir, 'cache'))}</cachedir>
  <!-- Whatever family a page names, the bundled one. -->
  <match target="pattern">
    <edit name="family" mode="assign" binding="strong"><string>${FAMILY}</string></edit>
  </match>
  <!-- Grey-scale antialiasing, no hinting, no subpixel order: the same on every screen. -->
  <match target="font">
    <edit name="antialias" mode="assign"><bool>true</bool></edit>
    <edit name="hinting" mode="assign"><bool>false</bool></edit>
    <edit name="hintstyle" mode="assign"><const>hintnone</const></edit>
    <edit name="autohint" mode="assign"><bool>false</bool></edit>
    <edit name="rgba" mode="assign"><const>none</const></edit>
    <edit name="lcdfilter" mode="assign"><const>lcdnone</const></edit>
    <edit name="embeddedbitmap" mode="assign"><bool>false</bool></edit>
  </match>
</fontconfig>
`;
  const file = join(dir, 'fonts.conf');
  writeFileSync(file, config);
  return {
    env: { ...process.env, FONTCONFIG_FILE: file, FONTCONFIG_PATH: dir },
    cleanUp: () => rmSync(dir, { recursive: true, force: true }),
  };
}
