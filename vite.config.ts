import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rolldown } from 'vite';

// Two front ends from one build: the worker app (/) and the staff console (/console/).
const web = (p: string) => fileURLToPath(new URL(`./src/web/${p}`, import.meta.url));

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

export default defineConfig({
  root: web(''),
  publicDir: web('public'),
  plugins: [react(), workerPrecache(web('index.html'), web('public'))],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2020',
    assetsDir: 'assets',
    rolldownOptions: {
      input: { worker: web('index.html'), console: web('console/index.html') },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000', '/healthz': 'http://localhost:3000' },
  },
});
