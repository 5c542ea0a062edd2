// A copy of the test extension (dist-test/) with an id of its own, and a real Chromium policy file for it.
//
// Chromium on Linux reads policies from /etc/chromium/policies/managed/*.json (Debian's build; Google Chrome reads
// /etc/opt/chrome/policies/managed). An extension's policy sits under "3rdparty" > "extensions" > its id, and the
// browser hands it to the extension through storage.managed once the manifest declares storage.managed_schema. The id
// of an unpacked extension comes from its manifest "key" (the SHA-256 of the public key, first 32 hex digits written
// a–p), so the copy gets the fixed key below: its policy reaches that copy only. Other specs, and other runs on this
// machine, load dist-test/ under another id and see no policy. No ExtensionSettings, nothing that touches another
// extension.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, extensionArgs } from '../../scripts/lib/chromium.mjs';
import { EXTENSION_DIR } from './extension-fixture';

/** A public key made for this test only (its private half was thrown away: nothing is signed with it). */
const MANAGED_TEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAy0WyEC//A6lyQN3nsh9yC9Axx3gbH3PPowq4SVmclPJaokCl1IG8I/Zl/6hknQl6Tdt2VCJiRI7hjCiT09AxFsVXnVSTpM6LUEhRpM5mmFQkfH2S5Vv/rR4QtsK+Xw7B6pMKoT8/GNxN60hnVj5yAs8TGn6UVH/Lu898F6M+bgPqXO+jBT2owa8JYooN8xfvBYJbwdZLhbiJvG/J26nrZdsinf7GWXU0d+fWZ5S7O8eS39gDWxzLJec0OxuKMzmdO2oeNOWMc4U7NAq+eZxdRDswWq5TUaTsBZyYoP1DYsWLFJd2KKcyQAikct5X2jXkUIqIUCEXRiA2jzN/mhaHhwIDAQAB';

/** The id Chromium gives the copy (from the key; managed.spec.ts checks the browser agrees). */
export const MANAGED_TEST_ID = 'bgifhclemgcojljkhjdgpgcmalckfakp';

export const POLICY_DIR = process.env.REPLY_COACH_POLICY_DIR ?? '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'reply-coach-managed-test.json');

/** dist-test/ copied with the fixed key in its manifest; returns the copy's folder. */
export function copyWithKey(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reply-coach-managed-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, key: MANAGED_TEST_KEY }, null, 2));
  return dir;
}

/** Writes the policy for the copy. Throws, saying why, when the folder cannot be written: the test must fail then. */
export function writePolicy(policy: Record<string, unknown>): void {
  const file = { '3rdparty': { extensions: { [MANAGED_TEST_ID]: policy } } };
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    // Write beside, then rename: Chromium watches the folder and must never read half a file.
    const partial = join(POLICY_DIR, '.reply-coach-managed-test.json.partial');
    writeFileSync(partial, JSON.stringify(file, null, 2));
    renameSync(partial, POLICY_FILE);
  } catch (error) {
    throw new Error(
      `The managed-settings test writes a Chromium policy file to ${POLICY_DIR}, and could not ` +
        `(${error instanceof Error ? error.message : String(error)}). Run it where that folder is writable (as root, as CI does), ` +
        'or point REPLY_COACH_POLICY_DIR at the folder your Chromium reads policies from.',
      { cause: error },
    );
  }
}

export function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
}

/** Chromium with the keyed copy loaded, and a fresh profile; close() removes the profile. */
export async function launchWithCopy(extensionDir: string): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'reply-coach-managed-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...extensionArgs(extensionDir), ...CHROMIUM_ARGS],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
