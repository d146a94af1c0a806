import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Set with every page this server sends: the app asks the room API only when it was opened from
 * here, so a static host never sees (nor logs as missing) a request for an API it does not have.
 * The app's code reads it (see roomServerAvailable); it carries nothing secret.
 */
export const roomServerCookie = 'rotta-room-server=1';

/** The page a path opens when it is not a file: the phones' join page, or the app. */
const pageFor = (path: string) => (/^\/join(\/|$)/.test(path) ? 'join.html' : 'index.html');

/**
 * The built app: files as they are (hashed assets cached for a year), and the app's page for
 * every other path, so a deep link to a stage opens; `/join` and `/join/<code>` open the phones'
 * small join page.
 */
export async function serveStatic(
  directory: string | undefined,
  path: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (!directory || (request.method !== 'GET' && request.method !== 'HEAD')) {
    response.writeHead(directory ? 405 : 404).end();
    return;
  }
  const root = normalize(directory);
  const wanted = normalize(join(root, decodeURIComponent(path)));
  const inside = wanted === root || wanted.startsWith(root + sep);
  const page = join(root, pageFor(path));
  let file = inside ? wanted : page;
  try {
    if (!(await stat(file)).isFile()) file = page;
  } catch {
    file = page;
  }
  const immutable = file.includes(`${sep}assets${sep}`);
  response.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    ...(extname(file) === '.html'
      ? { 'set-cookie': `${roomServerCookie}; Path=/; SameSite=Strict; Max-Age=31536000` }
      : {}),
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}
