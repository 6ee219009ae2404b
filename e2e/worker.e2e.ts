import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeBrowser,
  launchBrowser,
  phone,
  type RunningServer,
  screenshot,
  startServer,
} from './harness';

/** The font size a reader sees for a piece of text, in CSS pixels. */
const fontSize = (page: Page, text: string) =>
  page.getByText(text, { exact: true }).evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));

describeBrowser('worker app on a phone', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens in Chinese, keeps English and large text after a reload, and shows the helplines', async () => {
    const context = await phone(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);

    // A worker opening the app for the first time sees it in Chinese, with crisis help right there.
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: '康乃馨职工心理服务' }).isVisible())
      .toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.title()).toContain('康乃馨');
    expect(await page.getByRole('link', { name: /需要马上帮助/ }).isVisible()).toBe(true);
    const introZh = '不用注册，不用留名字。心理求助就像感冒看医生一样平常。';
    const normalSize = await fontSize(page, introZh);
    await screenshot(page, 'worker-home-zh');

    // Settings, from the home header: English, then large text.
    await page.getByRole('link', { name: '设置（语言、大字）' }).click();
    await page.getByRole('heading', { level: 1, name: '设置' }).waitFor();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const largeText = page.getByRole('switch', { name: 'Large text' });
    await largeText.click();
    expect(await largeText.getAttribute('aria-checked')).toBe('true');
    await screenshot(page, 'worker-settings-en-large');

    // Both choices survive a reload: they are kept on the phone.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.getByRole('switch', { name: 'Large text' }).getAttribute('aria-checked')).toBe('true');
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);

    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Carnation worker wellbeing' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const introEn =
      'No sign-up and no name needed. Asking for help with your feelings is as normal as seeing a doctor for a cold.';
    expect(await fontSize(page, introEn)).toBeGreaterThanOrEqual(normalSize * 1.2);
    await screenshot(page, 'worker-home-en-large');

    // Crisis help: the national line is a number to tap.
    await page.getByRole('link', { name: /Need help right now/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Need help right now?' }).waitFor();
    const hotline = page.locator('a[href="tel:12356"]');
    expect(await hotline.isVisible()).toBe(true);
    expect(await hotline.textContent()).toContain('12356');
    expect(await page.locator('a[href="tel:120"]').isVisible()).toBe(true);
    expect(await page.locator('a[href="tel:110"]').isVisible()).toBe(true);
    await screenshot(page, 'worker-help-en-large');
    await context.close();
  });

  it('is installable: the manifest is linked, and the manifest and service worker are served', async () => {
    const context = await phone(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/manifest.webmanifest');

    const manifest = await page.request.get(`${server.url}${href}`);
    expect(manifest.status()).toBe(200);
    const body = (await manifest.json()) as {
      name: string;
      start_url: string;
      display: string;
      icons: { sizes: string }[];
    };
    expect(body).toMatchObject({ name: '康乃馨职工心理服务', start_url: '/', display: 'standalone' });
    expect(body.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));

    const sw = await page.request.get(`${server.url}/sw.js`);
    expect(sw.status()).toBe(200);
    expect(sw.headers()['content-type']).toContain('javascript');
    await context.close();
  });

  it('opens crisis help with the network off after one visit', async () => {
    const context = await phone(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    // The service worker finishes caching the app in the background after the first visit.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);

    await page.goto(`${server.url}/help`);
    await page.getByRole('heading', { level: 1, name: '需要马上帮助？' }).waitFor();
    expect(await page.locator('a[href="tel:12356"]').isVisible()).toBe(true);
    expect(await page.getByText('您当前处于离线状态', { exact: false }).isVisible()).toBe(true);
    await screenshot(page, 'worker-help-offline');
    await context.close();
  });
});
