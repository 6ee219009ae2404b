import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rolldown, type UserConfig } from 'vite';

/*
 * Two front ends, built one at a time, so that no console-only code (antd, react-router's data router…) can
 * land in a chunk shared with the worker app, whose first load on a cheap phone is budgeted
 * (scripts/web-budget.mjs). `npm run build:web` runs both into dist/web:
 *   CARNATION_APP=worker   empties dist/web; the worker app at / (index.html, assets/, public files,
 *                          precache-manifest.json)
 *   CARNATION_APP=console  dist/web/console: the console at /console/ (index.html, its own assets/)
 *   CARNATION_APP=prerender dist/prerender: the worker's first screens for Node (src/web/worker/prerender.tsx),
 *                          which scripts/prerender-worker.mjs turns into static HTML in dist/web/prerendered
 * `npm run dev:web` (worker, the default) serves both apps from src/web: the worker at /, the console at
 * /console/. `CARNATION_APP=console npm run dev:web` serves the console alone, as it is built, at /console/.
 */
const app = process.env.CARNATION_APP ?? 'worker';
if (app !== 'worker' && app !== 'console' && app !== 'prerender')
  throw new Error(`CARNATION_APP must be worker, console or prerender, not ${app}`);

const web = (p: string) => fileURLToPath(new URL(`./src/web/${p}`, import.meta.url));
const dist = (p: string) => fileURLToPath(new URL(`./dist/web/${p}`, import.meta.url));

/** Public files, as site paths relative to the public folder (the service worker itself left out). */
function publicFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(file).isDirectory()) return publicFiles(file, rel);
    return rel === 'sw.js' ? [] : [rel];
  });
}

/** A chunk with everything it imports or lazy-loads, and their CSS and assets. */
function chunkClosure(entry: Rolldown.OutputChunk, bundle: Rolldown.OutputBundle): string[] {
  const files = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (files.has(fileName) || chunk?.type !== 'chunk') return;
    files.add(fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
    for (const asset of chunk.viteMetadata?.importedAssets ?? []) files.add(asset);
    for (const next of [...chunk.imports, ...chunk.dynamicImports]) visit(next);
  };
  visit(entry.fileName);
  return [...files];
}

/**
 * The worker app's offline list for src/web/public/sw.js: the worker entry's JS and CSS, every chunk it
 * imports or lazy-loads (not the console's), and the public files (icons, manifest), written to
 * precache-manifest.json. A version hashed from those files and index.html goes into index.html as
 * <meta name="carnation-build">; the app registers /sw.js?v=<version>, so each deploy installs a fresh worker.
 */
function workerPrecache(workerHtml: string, publicDir: string): Plugin {
  let manifest = { version: 'dev', files: [] as string[] };
  return {
    name: 'carnation-worker-precache',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (path.resolve(ctx.filename) !== workerHtml || !ctx.bundle || !ctx.chunk) return html;
        const statics = publicFiles(publicDir);
        const files = [...statics, ...chunkClosure(ctx.chunk, ctx.bundle)].sort().map((f) => `/${f}`);
        const hash = createHash('sha256').update(html).update(files.join('\n'));
        for (const f of statics) hash.update(readFileSync(path.join(publicDir, f)));
        manifest = { version: hash.digest('hex').slice(0, 16), files };
        return [
          { tag: 'meta', attrs: { name: 'carnation-build', content: manifest.version }, injectTo: 'head' },
        ];
      },
    },
    writeBundle(options) {
      if (!options.dir) return;
      writeFileSync(
        path.join(options.dir, 'precache-manifest.json'),
        `${JSON.stringify(manifest, null, 2)}\n`,
      );
    },
  };
}

/**
 * For the static first paints (scripts/prerender-worker.mjs): each worker page module's chunk with the JS it
 * imports statically and its CSS, written beside dist/web (not served), so a prerendered page's HTML can link
 * its styles and preload its scripts instead of discovering them one round trip after the app starts.
 */
function workerPageChunks(): Plugin {
  return {
    name: 'carnation-worker-page-chunks',
    apply: 'build',
    writeBundle(options, bundle) {
      if (!options.dir) return;
      const pages: Record<string, { js: string[]; css: string[] }> = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.facadeModuleId) continue;
        const js = new Set<string>();
        const css = new Set<string>();
        const visit = (fileName: string) => {
          const c = bundle[fileName];
          if (js.has(fileName) || c?.type !== 'chunk') return;
          js.add(fileName);
          for (const f of c.viteMetadata?.importedCss ?? []) css.add(f);
          for (const next of c.imports) visit(next);
        };
        visit(chunk.fileName);
        pages[path.relative(web(''), chunk.facadeModuleId).split(path.sep).join('/')] = {
          js: [...js],
          css: [...css],
        };
      }
      writeFileSync(
        path.join(options.dir, '..', 'worker-chunks.json'),
        `${JSON.stringify(pages, null, 2)}\n`,
      );
    },
  };
}

// The first screens rendered for Node at build time; CSS imports are dropped (the client build has them).
const prerenderApp: UserConfig = {
  root: web(''),
  publicDir: false,
  plugins: [react()],
  // antd-mobile's CommonJS build requires its CSS files, which Node cannot load: bundled, they are dropped.
  ssr: { noExternal: ['antd-mobile'] },
  build: {
    ssr: web('worker/prerender.tsx'),
    outDir: fileURLToPath(new URL('./dist/prerender', import.meta.url)),
    emptyOutDir: true,
    target: 'node20',
  },
};

const server: UserConfig['server'] = {
  port: 5173,
  proxy: { '/api': 'http://localhost:3000', '/healthz': 'http://localhost:3000' },
};

const workerApp = (command: 'build' | 'serve'): UserConfig => ({
  root: web(''),
  publicDir: web('public'),
  plugins: [react(), workerPrecache(web('index.html'), web('public')), workerPageChunks()],
  build: {
    outDir: dist(''),
    emptyOutDir: true,
    target: 'es2020',
    assetsDir: 'assets',
    rolldownOptions: {
      // The dev server also scans the console's page, so both apps start without a dependency re-scan.
      input:
        command === 'build'
          ? { worker: web('index.html') }
          : { worker: web('index.html'), console: web('console/index.html') },
      output: {
        codeSplitting: {
          // React, the router and i18next in one chunk every page loads anyway: left to itself the bundler
          // split React out (the QR ticket's chunk imports it), one more file and ~0.3 KiB on every first load.
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-router|i18next|react-i18next|scheduler)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server,
});

// Under /console/ with its own assets/ (still cached for a year by the server); the service worker
// leaves every /console path to the network, and the worker's precache list never sees these files.
const consoleApp: UserConfig = {
  root: web('console'),
  base: '/console/',
  publicDir: false,
  // Its own dependency cache, so a console dev server (with another --port) can run beside the worker's.
  cacheDir: fileURLToPath(new URL('./node_modules/.vite-console', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: dist('console'),
    emptyOutDir: true,
    target: 'es2020',
    assetsDir: 'assets',
    rolldownOptions: { input: { console: web('console/index.html') } },
  },
  server,
};

export default defineConfig(({ command }) =>
  app === 'console' ? consoleApp : app === 'prerender' ? prerenderApp : workerApp(command),
);
