import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signIn } from './console-steps';
import { describeBrowser, launchBrowser, type RunningServer, screenshot, startServer } from './harness';

/** Federation staff open the 15-minute circle on the demo: figures, gaps, suggestions, in both languages. */
describeBrowser('the 15-minute service circle in the console', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync('.tmp/screenshots', { recursive: true });
    server = await startServer('pglite');
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the map with its circles, the enterprises outside and where next, on foot and by car', {
    timeout: 180_000,
  }, async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await signIn(page, server.url, server.credential('federation_admin'));
    await page.getByRole('menuitem', { name: '15分钟服务圈' }).click();
    await page.getByRole('heading', { name: '15分钟心理服务圈' }).waitFor();

    const map = page.getByRole('img', { name: /15分钟服务圈地图/ });
    await map.waitFor();
    // Three stations with coordinates, each open this week with its circle; thirteen enterprises as dots.
    expect(await map.locator('rect[rx="2"]').count()).toBe(3);
    expect(await map.locator('polygon').count()).toBeGreaterThan(0);
    // Walking: 4 of 13 enterprises; the coal mine heads the list outside and the first suggestion.
    await page.getByText('4 / 13').waitFor();
    const outside = page.locator('.ant-card').filter({ hasText: '未覆盖的企业' });
    await expect.poll(() => outside.locator('tbody tr').first().textContent()).toContain('北湖煤矿工会');
    const where = page.locator('.ant-card').filter({ hasText: '选址建议' });
    await where.getByText('新增覆盖 2400 名会员').waitFor();
    await screenshot(page, 'coverage-zh-walk');

    await page.getByText('驾车', { exact: true }).click();
    await expect.poll(async () => page.getByText(/约 3\.6 公里直线距离/).count()).toBe(1);
    await screenshot(page, 'coverage-zh-drive');

    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: '15-minute service circle' }).waitFor();
    await page.getByText('Enterprises outside the circle').waitFor();
    await screenshot(page, 'coverage-en-drive');
    await context.close();
  });
});
