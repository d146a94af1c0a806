import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};
const compressed = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);

/**
 * The built app as a static host serves it: gzip for text, the app's page for its own addresses
 * (/roadmaps/…), the phones' page for /join. vite preview sends files uncompressed, which would
 * make a page-load measurement count bytes no real host sends. Each file is compressed once and
 * kept, as a host keeps its compressed files: compressing on every request would take this
 * process's time, on the same cores as the browser being measured.
 */
export function serveBuiltApp(folder: string, port: number): Promise<Server> {
  const bodies = new Map<string, Buffer>();
  const body = (file: string, gzip: boolean) => {
    const key = `${gzip ? 'gz' : 'raw'}:${file}`;
    let kept = bodies.get(key);
    if (!kept) {
      kept = gzip ? gzipSync(readFileSync(file)) : readFileSync(file);
      bodies.set(key, kept);
    }
    return kept;
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    let file = normalize(join(folder, path));
    if (!file.startsWith(folder)) {
      response.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (extname(path) !== '') {
        response.writeHead(404).end();
        return;
      }
      file = join(folder, path.startsWith('/join') ? 'join.html' : 'index.html');
    }
    const extension = extname(file);
    const gzip =
      compressed.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(200, {
      'content-type': types[extension] ?? 'application/octet-stream',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      // Hashed assets as a host would keep them; the pages themselves always fresh.
      'cache-control': file.includes('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    });
    response.end(body(file, gzip));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
