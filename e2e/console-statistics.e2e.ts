import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signIn } from './console-steps';
import {
  describeBrowser,
  desktop,
  launchBrowser,
  type RunningServer,
  screenshot,
  startServer,
} from './harness';

const SHUNDA = '顺达物流有限公司工会';
/** Calm answers to the default check-up (PHQ-4, WHO-5, CBI work, UCLA-3). */
const calm = {
  phq4: [0, 0, 0, 0],
  who5: [4, 4, 4, 4, 4],
  cbi_work: [0, 0, 0, 25, 25, 0, 100],
  ucla3: [1, 1, 1],
};

/** The dashboard has answered (the page and, when asked, its breakdown). */
async function settled(page: Page): Promise<void> {
  await page.locator('[data-testid="statistics"][aria-busy="false"]').waitFor();
  const breakdown = page.locator('[data-testid="stats-breakdown"]');
  if (await breakdown.count())
    await page.locator('[data-testid="stats-breakdown"][aria-busy="false"]').waitFor();
}

/** The organisation a breakdown row drills into, by its (Chinese) name. */
const drill = (page: Page, name: string) =>
  page.getByTestId('stats-breakdown').getByRole('link', { name: `查看“${name}”的下级单位` });

describeBrowser('console: the statistics dashboard from the city down to an enterprise', () => {
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

  it('federation staff see today’s check-ups, drill down to an enterprise, meet a hidden cell and download a CSV', {
    timeout: 240_000,
  }, async () => {
    const context = await desktop(browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, server.url, server.credential('federation_admin'));

    // Fifteen workers of Shunda Logistics take the check-up through their union's campaign today; three of
    // them have a somewhat unsettled result — a group too small to be shown.
    const api = context.request;
    const session = await (await api.get(`${server.url}/api/v1/auth/session`)).json();
    const headers = { 'x-csrf-token': session.csrfToken as string };
    const scopes = await (await api.get(`${server.url}/api/v1/statistics/scopes`)).json();
    const shunda = scopes.organisations.find((o: { name: string }) => o.name === SHUNDA);
    expect(shunda).toBeTruthy();
    const campaign = await api.post(`${server.url}/api/v1/campaigns`, {
      headers,
      data: { organisationId: shunda.id, name: '端到端·职工心理体检' },
    });
    expect(campaign.status()).toBe(201);
    const code = (await campaign.json()).code as string;
    for (let i = 0; i < 15; i++) {
      const answers = { ...calm, phq4: i < 3 ? [1, 1, 1, 1] : calm.phq4 };
      // Anonymous, as a worker's phone sends it (no staff cookie).
      const res = await fetch(`${server.url}/api/v1/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ checkup: 'default', answers, campaign: code, lang: 'zh-CN' }),
      });
      expect(res.status).toBe(201);
    }

    await page.getByRole('link', { name: '统计与报表' }).first().click();
    await settled(page);
    expect(page.url()).toContain('/console/statistics');
    await page.getByRole('radiogroup', { name: '统计周期' }).getByText('日', { exact: true }).click();
    await page
      .getByTestId('stats-period')
      .getByText(/本期：\d{4}年\d{1,2}月\d{1,2}日　/)
      .waitFor();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('granularity')).toBe('day');
    expect(await page.getByTestId('stats-trail').textContent()).toContain('淮北市总工会');
    const times = page.getByTestId('stats-card-checkup.person_times').locator('.stats-card-value');
    expect(await times.textContent()).toBe('15');
    await page.getByTestId('stats-trend-chart').locator('svg').waitFor();
    await screenshot(page, 'console-statistics-e2e-city');

    // Down the tree: the transport industry union, its enterprises as rows.
    await drill(page, '市交通运输产业工会').click();
    await page.getByTestId('stats-trail').getByText('市交通运输产业工会').waitFor();
    await settled(page);
    const url = new URL(page.url());
    expect(url.searchParams.get('org')).toMatch(/^[0-9a-f-]{36}$/);
    expect(url.searchParams.get('granularity')).toBe('day');
    expect(await page.getByTestId('stats-trail').textContent()).toMatch(/淮北市总工会.*市交通运输产业工会/);
    const row = page.getByTestId('stats-breakdown').locator('tbody tr', { hasText: SHUNDA }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain('15');

    // The table's CSV: the server's file for the same view, header in Chinese.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('stats-breakdown').getByRole('link', { name: /CSV/ }).click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('线上测评人次');
    expect(text).toContain(SHUNDA);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);

    // The enterprise itself, picked in the scope tree: its small group is hidden, with the reason.
    await page.getByLabel('统计范围').click();
    await page.getByLabel('统计范围').fill('顺达');
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: SHUNDA }).click();
    await page.getByTestId('stats-trail').getByText(SHUNDA).waitFor();
    await settled(page);
    expect(await page.getByTestId('stats-trail').textContent()).toMatch(
      /市交通运输产业工会.*顺达物流有限公司工会/,
    );
    const hidden = page.locator('[data-hidden]').first();
    await hidden.waitFor();
    expect(await hidden.textContent()).toMatch(/^<10/);
    await hidden.hover();
    await page
      .locator('.ant-tooltip')
      .getByText(/不足 10/)
      .waitFor();
    await screenshot(page, 'console-statistics-e2e-enterprise');

    // A link reproduces the view.
    const again = await context.newPage();
    await again.goto(page.url());
    await settled(again);
    expect(await again.getByTestId('stats-trail').textContent()).toContain(SHUNDA);
    await again.close();

    // English works too.
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Statistics and reports' }).waitFor();
    await settled(page);
    await screenshot(page, 'console-statistics-e2e-enterprise-en');
    await context.close();
  });
});
