import type { Server } from 'node:http';

/** See static-server.mjs. */
export function startStaticServer(
  mounts: Record<string, string>,
  port?: number,
  host?: string,
): Promise<{ server: Server; url: string }>;
