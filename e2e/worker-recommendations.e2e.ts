import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { answerToReport, startCheckup } from './checkup-steps';
import {
  describeBrowser,
  launchBrowser,
  phone,
  type RunningServer,
  screenshot,
  startServer,
} from './harness';

describeBrowser('为你推荐: recommendations on the phone, by the worker’s results and groups', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync('.tmp/screenshots', { recursive: true });
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a truck driver says who they are, takes the check-up and reads why each thing is suggested; no result is sent for it', {
    timeout: 90_000,
  }, async () => {
    const context = await phone(browser);
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/recommendation')) asked.push(`${r.method()} ${new URL(r.url()).pathname}`);
    });
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: /告诉我们你是做什么的/ }).click();
    await page.getByRole('button', { name: '货车司机' }).click();
    expect(await page.getByRole('button', { name: '货车司机' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByText('已选 1 项').waitFor();

    await startCheckup(page, server.url);
    // Mood and worry a little unsettled, work tiredness high, not lonely: no step-up is offered.
    await answerToReport(page, [1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 3, 0, 0, 0]);
    const section = page.locator('.recommendations');
    await section.waitFor();
    await section.getByText('因为你这次工作疲惫方面的结果值得多关心一下自己').first().waitFor();
    await section.getByText(/因为你是货车司机，常常一个人在路上/).waitFor();
    expect(await section.locator('a[href="/tools/breathing"]').count()).toBe(1);
    await screenshot(page, 'recommendations-e2e-report');
    // Only the rules were fetched; the results stayed on the phone.
    expect(asked.every((a) => a === 'GET /api/v1/recommendation-rules')).toBe(true);

    // Cleared, the phone keeps nothing, and home offers the light prompt again.
    await page.goto(`${server.url}/me/groups`);
    await page.getByRole('button', { name: '全部清除' }).click();
    await page.getByText('已清除，这部手机上不再记着。').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('carnation.audiences'))).toBeNull();
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: /告诉我们你是做什么的/ }).waitFor();
  });
});
