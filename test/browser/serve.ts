// The built test pages (test/pages/dist) on loopback (scripts/lib/static-server.mjs).
// Used as Playwright's globalSetup: it starts the server, publishes its address in REPLY_COACH_PAGES_URL (workers
// inherit the environment), and returns the teardown.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';

export const PAGES_DIR = fileURLToPath(new URL('../pages/dist', import.meta.url));

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(join(PAGES_DIR, 'zendesk.html')) || !existsSync(join(PAGES_DIR, 'reply-coach-insert.js'))) {
    throw new Error('test/pages/dist is missing: run `npx vite build --config vite.pages.config.ts` first');
  }
  const { server, url } = await startStaticServer({ '/': PAGES_DIR }, Number(process.env.REPLY_COACH_PAGES_PORT ?? 0));
  process.env.REPLY_COACH_PAGES_URL = url;
  return () => new Promise<void>((done) => server.close(() => done()));
}
