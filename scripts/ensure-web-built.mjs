// Builds the web apps when their sources changed since the last build (or were never built), so that
// `npm start` always serves what is in src/web. A stamp of the sources' hash sits beside the build.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// package.json holds the build command (two Vite builds, then compression), so it counts as a source too.
const inputs = [
  'src/web',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
  'scripts/compress-web.mjs',
  'scripts/prerender-worker.mjs',
];
const stampFile = 'dist/web/.build-stamp';

function* files(p) {
  if (!existsSync(p)) return;
  if (statSync(p).isDirectory()) {
    for (const name of readdirSync(p).sort()) yield* files(path.join(p, name));
  } else yield p;
}

export function sourceHash() {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of files(input)) {
      hash.update(file).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

const current = sourceHash();
const built = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';
if (built !== current || !existsSync('dist/web/index.html')) {
  console.log('Building the web apps (worker app and console)…');
  // Always a production build: run from a test runner, NODE_ENV=test would give development React and no service worker.
  execSync('npm run build:web', { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  writeFileSync(stampFile, `${current}\n`);
}
