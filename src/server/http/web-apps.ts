import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

export const webDistDir = fileURLToPath(new URL('../../../dist/web', import.meta.url));

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Carnation</title>
<p>The web apps are not built yet. Run <code>npm run build:web</code> (or <code>npm start</code>, which builds them).</p>`;

/**
 * The worker app at / and the staff console at /console, built by Vite into dist/web (the console's files in
 * dist/web/console, its hashed ones in console/assets). Hashed assets (under any assets folder) are cached
 * for a year; HTML, the service worker and the manifest never, so a deploy reaches phones at once.
 * Pre-compressed .br/.gz files written after the build are sent when the browser accepts them.
 */
export async function installWebApps(app: FastifyInstance, distDir = webDistDir): Promise<void> {
  const built = existsSync(path.join(distDir, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: distDir,
      prefix: '/',
      preCompressed: true,
      index: false,
      wildcard: true,
      cacheControl: false,
      setHeaders: (res, filePath) => {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  // Static first paints of a few worker pages (scripts/prerender-worker.mjs): the same app, its first screen
  // already in the HTML, so a slow phone paints it before the script has arrived.
  const prerendered = built ? prerenderedPages(distDir) : {};
  const workerPage = (url: string): string => prerendered[url.split('?')[0] ?? ''] ?? 'index.html';

  const sendApp = (reply: FastifyReply, file: string) => {
    if (!built) return reply.type('text/html; charset=utf-8').status(503).send(NOT_BUILT);
    // The service worker keeps a prerendered page under its own address, never as the shell of every page.
    if (file.startsWith('prerendered/')) reply.header('x-carnation-prerendered', '1');
    return reply.header('cache-control', 'no-cache').sendFile(file);
  };

  // Client-side routes: pages under /console are the console; every other page is the worker app.
  app.get('/', { config: { action: 'public' }, schema: { hide: true } }, (req, reply) =>
    sendApp(reply, workerPage(req.url)),
  );
  app.get('/console', { config: { action: 'public' }, schema: { hide: true } }, (_req, reply) =>
    sendApp(reply, 'console/index.html'),
  );
  app.get('/console/*', { config: { action: 'public' }, schema: { hide: true } }, (req, reply) => {
    const wanted = (req.params as { '*': string })['*'];
    if (built && wanted.includes('.') && existsSync(path.join(distDir, 'console', wanted))) {
      return reply.sendFile(`console/${wanted}`);
    }
    // The console's own hashed files live in console/assets: one that is gone (an old tab after a deploy) is
    // a 404, as under /assets, not the console page.
    if (wanted.startsWith('assets/')) return reply.callNotFound();
    return sendApp(reply, 'console/index.html');
  });

  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && isWorkerPage(request.url)) return sendApp(reply, workerPage(request.url));
    const where = `${request.method} ${request.url.split('?')[0]}`;
    return reply.status(404).send({ error: { code: 'not_found', message: `No route ${where}` } });
  });
}

/** Address → prerendered file under dist/web, from the build's pages.json (none when it was not written). */
function prerenderedPages(distDir: string): Record<string, string> {
  const file = path.join(distDir, 'prerendered', 'pages.json');
  if (!existsSync(file)) return {};
  const map = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return Object.fromEntries(Object.entries(map).filter(([, f]) => existsSync(path.join(distDir, f))));
}

/** Paths that are pages of the worker app (no file extension, not the API). */
export const isWorkerPage = (url: string): boolean => {
  const p = url.split('?')[0] ?? '';
  return !p.startsWith('/api/') && !p.startsWith('/console') && !path.extname(p);
};
