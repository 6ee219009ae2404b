import { existsSync } from 'node:fs';

/** CHROME_PATH, or Debian's chromium; null when neither exists. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => Boolean(p && existsSync(p))) ?? null;
}

/** Flags that keep Chromium quiet on a closed network (no background calls home). */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** The built web apps the journeys use: WEB_DIR when set (a separate build), else dist/web. */
export const webDir = (): string => process.env.WEB_DIR ?? 'dist/web';
