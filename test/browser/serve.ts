// A tiny static file server for the built test pages (test/pages/dist), on loopback, with no package beyond Node.
// Used as Playwright's globalSetup: it starts the server, publishes its address in REPLY_COACH_PAGES_URL (workers
// inherit the environment), and returns the teardown.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.md': 'text/plain; charset=utf-8',
};

export const PAGES_DIR = fileURLToPath(new URL('../pages/dist', import.meta.url));

export function startStaticServer(dir: string, port = 0, host = '127.0.0.1'): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: bound } = server.address() as AddressInfo;
      done({ server, url: `http://${host}:${bound}` });
    });
  });
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(join(PAGES_DIR, 'zendesk.html')) || !existsSync(join(PAGES_DIR, 'reply-coach-insert.js'))) {
    throw new Error('test/pages/dist is missing: run `npx vite build --config vite.pages.config.ts` first');
  }
  const { server, url } = await startStaticServer(PAGES_DIR, Number(process.env.REPLY_COACH_PAGES_PORT ?? 0));
  process.env.REPLY_COACH_PAGES_URL = url;
  return () => new Promise<void>((done) => server.close(() => done()));
}
