// `npm run audit:web`: Lighthouse (mobile, simulated slow 4G) on the worker app, installability as Chrome
// sees it, and axe-core accessibility checks of the main screens. Prints the figures; exits 0 unless a run fails.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../e2e/chromium';
import { startServer } from '../e2e/harness';

const chrome = chromiumPath();
if (!chrome) throw new Error('no Chromium: set CHROME_PATH or install Debian chromium');
// Audit what src/web builds to now: on a fresh clone there is no dist/web yet, and an old one would mislead.
execFileSync(process.execPath, ['scripts/ensure-web-built.mjs'], { stdio: 'inherit' });
const server = await startServer();

// The worker home, crisis help, finding a station, a self-help tool and the library (issue 6 targets: performance
// and accessibility ≥ 95, LCP ≤ 2.0 s on the home and a tool page).
const pages = ['/', '/help', '/stations', '/tools/breathing', '/learn'];
const targets = { performance: 95, accessibility: 95, lcpSeconds: 2.0 };
console.log(`Carnation web audit — ${server.url}\n`);

// Lighthouse needs its own Chrome with a debugging port.
const launched = await chromeLauncher.launch({ chromePath: chrome, chromeFlags: chromiumArgs });
try {
  console.log(
    'Lighthouse (mobile)'.padEnd(24),
    'perf'.padStart(5),
    'a11y'.padStart(5),
    'best'.padStart(5),
    'FCP s'.padStart(6),
    'LCP s'.padStart(6),
    'TBT ms'.padStart(7),
    'JS KiB'.padStart(7),
    '  targets',
  );
  for (const page of pages) {
    const result = await lighthouse(`${server.url}${page}`, {
      port: launched.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      formFactor: 'mobile',
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`no Lighthouse result for ${page}`);
    const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
    const num = (k: string) => Number(lhr.audits[k]?.numericValue ?? 0);
    const items =
      (
        lhr.audits['resource-summary']?.details as
          | { items?: { resourceType: string; transferSize: number }[] }
          | undefined
      )?.items ?? [];
    const js = (items.find((i) => i.resourceType === 'script')?.transferSize ?? 0) / 1024;
    console.log(
      page.padEnd(24),
      String(score('performance')).padStart(5),
      String(score('accessibility')).padStart(5),
      String(score('best-practices')).padStart(5),
      (num('first-contentful-paint') / 1000).toFixed(1).padStart(6),
      (num('largest-contentful-paint') / 1000).toFixed(1).padStart(6),
      num('total-blocking-time').toFixed(0).padStart(7),
      js.toFixed(0).padStart(7),
      score('performance') >= targets.performance &&
        score('accessibility') >= targets.accessibility &&
        num('largest-contentful-paint') / 1000 <= targets.lcpSeconds
        ? '  met'
        : '  MISSED',
    );
  }
} finally {
  await launched.kill();
}

// A persistent profile: Chrome reports an incognito (default) context as not installable.
const profile = mkdtempSync(path.join(tmpdir(), 'carnation-audit-profile-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chrome,
  args: chromiumArgs,
  viewport: { width: 360, height: 740 },
  isMobile: true,
  locale: 'zh-CN',
  // axe is injected as a script tag, which the app's Content-Security-Policy rightly refuses.
  bypassCSP: true,
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[];
  };
  console.log(
    `\ninstallable (Chrome): ${installabilityErrors.length === 0 ? 'yes' : `no — ${installabilityErrors.map((e) => e.errorId).join(', ')}`}`,
  );

  const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
  console.log('\naxe-core'.padEnd(25), 'violations');
  for (const url of [...pages.map((p) => `${server.url}${p}`), `${server.url}/console/login`]) {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.addScriptTag({ content: axeSource });
    const violations = (await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
        }
      ).axe;
      return (await axe.run()).violations.map((v) => `${v.id}:${v.impact} (${v.nodes.length})`);
    })) as string[];
    console.log(url.replace(server.url, '').padEnd(24), violations.length ? violations.join(', ') : 'none');
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  await server.close();
}
