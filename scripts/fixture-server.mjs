// A tiny static server for the bundled sample pages (tests/fixtures/pages), used by `npm start`,
// `npm run demo` and the E2E tests. Listens on 127.0.0.1 only; serves files, nothing else.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder the server serves. */
export const FIXTURE_PAGES = fileURLToPath(new URL('../tests/fixtures/pages/', import.meta.url));

/** The sample article `npm start` and `npm run demo` open. */
export const SAMPLE_ARTICLE = 'hongqiao-yrd-cooperation.zh-Hans.html';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
};

/**
 * Starts serving `root` on 127.0.0.1:`port` (0 picks a free port). `rewrite(pathname, html)`,
 * settable later with `setRewrite`, changes HTML pages as they are served: E2E tests use it to
 * serve "the same article, later" (new ads and menus, a removed sentence) at the same address.
 * @returns {Promise<{ origin: string, close: () => Promise<void>, setRewrite: (rewrite?: (pathname: string, html: string) => string) => void }>}
 */
export async function startFixtureServer({ port = 0, root = FIXTURE_PAGES } = {}) {
  /** @type {((pathname: string, html: string) => string) | undefined} */
  let rewrite;
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.join(root, pathname === '/' ? SAMPLE_ARTICLE : pathname);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      if (rewrite && path.extname(file) === '.html') {
        const html = rewrite(pathname, await readFile(file, 'utf8'));
        response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(html);
        return;
      }
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
    setRewrite: (next) => {
      rewrite = next;
    },
  };
}
