import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, webDir } from './chromium';

/** Browser journeys need the built web apps and a Chromium; say loudly when there is none. */
export default function setup(): void {
  if (!chromiumPath()) {
    const line = '!'.repeat(78);
    console.warn(
      `\n${line}\n!! BROWSER JOURNEYS SKIPPED: no Chromium found (set CHROME_PATH or install Debian's chromium).\n${line}\n`,
    );
    return;
  }
  // WEB_DIR names a build made elsewhere (e.g. a separate build while developing); otherwise build dist/web.
  if (!process.env.WEB_DIR) execSync('node scripts/ensure-web-built.mjs', { stdio: 'inherit' });
  if (!existsSync(`${webDir()}/index.html`)) throw new Error(`no web build in ${webDir()}`);
}
