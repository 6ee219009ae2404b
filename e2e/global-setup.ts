import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium';

/** Browser journeys need the built web apps and a Chromium; say loudly when there is none. */
export default function setup(): void {
  if (!chromiumPath()) {
    const line = '!'.repeat(78);
    console.warn(
      `\n${line}\n!! BROWSER JOURNEYS SKIPPED: no Chromium found (set CHROME_PATH or install Debian's chromium).\n${line}\n`,
    );
    return;
  }
  execSync('node scripts/ensure-web-built.mjs', { stdio: 'inherit' });
  if (!existsSync('dist/web/index.html')) throw new Error('the web build failed');
}
