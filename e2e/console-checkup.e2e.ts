import { mkdirSync } from 'node:fs';
import { type Browser, request } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { codeFor, signIn } from './console-steps';
import {
  describeBrowser,
  desktop,
  launchBrowser,
  type RunningServer,
  screenshot,
  startServer,
} from './harness';

describeBrowser('console: check-up governance, requests for help, campaigns', () => {
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

  it('a supervisor reads the unverified Chinese K10 and approves it, and workers can then take it', {
    timeout: 120_000,
  }, async () => {
    const k10 = `${server.url}/api/v1/instruments/k10?lang=zh-CN`;
    expect((await fetch(k10)).status).toBe(404);

    const page = await (await desktop(browser)).newPage();
    await signIn(page, server.url, server.credential('supervisor'));
    expect(await page.getByRole('link', { name: '体检推广码' }).count()).toBe(0);
    await page.getByRole('link', { name: '量表文本审核' }).first().click();

    const row = page
      .locator('.ant-table-row')
      .filter({ hasText: '凯斯勒心理困扰量表（K10）' })
      .filter({ has: page.getByText('中文', { exact: true }) });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('未核实');
    expect(await row.textContent()).toContain('暂不显示');
    expect(await row.textContent()).toContain('文本尚未批准');

    // The whole text is there to read before deciding.
    await row.getByRole('button', { name: '阅读并审核' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('感到绝望？').waitFor();
    expect(await drawer.getByText('这份文本尚未核实').isVisible()).toBe(true);
    expect(await drawer.getByText('批准后，这份文本会立即出现在职工的体检中。').isVisible()).toBe(true);
    expect(await drawer.getByText('您的结论、理由和时间都会记入审计日志。').isVisible()).toBe(true);

    // A reason is required.
    await drawer.getByRole('button', { name: '批准', exact: true }).click();
    await drawer.getByText('请填写理由（至少 2 个字）').waitFor();
    await drawer.getByLabel('理由').fill('已对照新南威尔士州跨文化精神卫生中心简体中文版逐条核对，演示用。');
    await drawer.getByRole('button', { name: '批准', exact: true }).click();
    await page.getByText('已批准，职工现在可以看到这份文本').waitFor();
    await screenshot(page, 'console-checkup-e2e-k10-approved');
    await page.keyboard.press('Escape');
    await expect.poll(() => row.textContent()).toContain('正在显示');
    expect(await row.textContent()).toContain('已批准');
    expect(await row.textContent()).toContain('演示·督导 李老师');

    // At once, without sign-in, the worker side offers it.
    const response = await fetch(k10);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { items: unknown[] }).items).toHaveLength(10);
    await page.context().close();
  });

  it('a worker’s consented contact request reaches the counsellor’s queue, who takes it', {
    timeout: 150_000,
  }, async () => {
    const ask = (phone: string, preferredTime: string) =>
      fetch(`${server.url}/api/v1/contact-requests`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ phone, preferredTime, consent: true }),
      });
    expect((await ask('13800138000', '今晚七点后')).status).toBe(201);

    const page = await (await desktop(browser)).newPage();
    await signIn(page, server.url, server.credential('counsellor'));
    await expect.poll(() => page.getByTestId('requests-card').textContent()).toContain('1 条未认领');
    await page.getByRole('link', { name: '求助请求' }).first().click();
    // The queue carries no contact details: a masked number only.
    const row = page.locator('.ant-table-row').filter({ hasText: '138****8000' });
    await row.waitFor();
    expect(await row.textContent()).toContain('未认领');
    expect(await row.textContent()).toContain('体检后请求联系');
    expect(await row.textContent()).not.toContain('13800138000');
    expect(await row.textContent()).not.toContain('今晚七点后');
    await screenshot(page, 'console-checkup-e2e-queue');

    // Taking it opens the request with its contact details (an audited read, said so).
    await row.getByRole('button', { name: '我来跟进' }).click();
    await page.getByText('已认领，请按对方方便的时间尽快联系').waitFor();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('查看联系方式会被记录').waitFor();
    expect(await drawer.getByTestId('contact-phone').textContent()).toBe('13800138000');
    expect(await drawer.textContent()).toContain('今晚七点后');
    await screenshot(page, 'console-checkup-e2e-drawer');
    await page.keyboard.press('Escape');
    await expect.poll(() => row.textContent()).toContain('跟进中');
    expect(await row.getByRole('button', { name: '我来跟进' }).count()).toBe(0);

    // A second request reaches the open queue by itself, without reloading.
    await ask('13900139000', '周六上午');
    const second = page.locator('.ant-table-row').filter({ hasText: '139****9000' });
    await second.waitFor();

    // The supervisor takes it a moment before the counsellor does: the counsellor is told kindly.
    const supervisor = server.credential('supervisor');
    const api = await request.newContext({ baseURL: server.url });
    const session = await api.post('/api/v1/auth/session', {
      data: { login: supervisor.login, password: supervisor.password, totp: await codeFor(supervisor) },
    });
    expect(session.status()).toBe(200);
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const queue = (await (await api.get('/api/v1/alerts?status=new')).json()) as {
      alerts: { id: string; phoneMasked: string | null }[];
    };
    const id = queue.alerts.find((a) => a.phoneMasked === '139****9000')?.id;
    expect(id).toBeDefined();
    await page.route(`**/api/v1/alerts/${id}/acknowledge`, async (route) => {
      const taken = await api.post(`/api/v1/alerts/${id}/acknowledge`, {
        headers: { 'x-csrf-token': csrfToken },
      });
      expect(taken.status()).toBe(200);
      await route.continue();
    });
    await second.getByRole('button', { name: '我来跟进' }).click();
    await page.getByText('这条请求刚刚已由其他同事认领，您不必重复联系。列表已更新。').waitFor();
    await expect.poll(() => second.textContent()).toContain('跟进中');
    expect(await second.textContent()).toContain('演示·督导 李老师');
    await api.dispose();

    // A case for the supervisor's request is theirs to open; the counsellor's own request becomes a case.
    await second.getByRole('button', { name: '查看' }).click();
    await page.getByTestId('open-case').click();
    await page.getByText('这条请求由其他同事跟进，请由他/她开案').waitFor();
    await page.keyboard.press('Escape');
    await row.getByRole('button', { name: '查看' }).click();
    await page.getByTestId('open-case').click();
    await page.waitForURL(/\/console\/cases\/[0-9a-f-]{36}$/);
    await page.context().close();
  });

  it('an enterprise officer creates a campaign for their enterprise and sees its QR code', {
    timeout: 120_000,
  }, async () => {
    const page = await (await desktop(browser)).newPage();
    await signIn(page, server.url, server.credential('enterprise_officer'));
    await page.getByRole('link', { name: '体检推广码' }).first().click();
    await page.getByText('企业和工会看不到任何职工的个人答卷').waitFor();

    await page.getByRole('button', { name: '新建推广码' }).click();
    const dialog = page.getByRole('dialog');
    // Their own enterprise is the only one they may manage, so it is chosen already.
    await dialog.getByText('顺达物流有限公司工会').waitFor();
    await dialog.getByLabel('名称').fill('顺达物流 2026 年春季心理健康体检');
    await dialog.getByRole('button', { name: '新建', exact: true }).click();
    await page.getByText('已创建推广码').waitFor();

    const qr = page.getByRole('img', { name: '体检二维码：顺达物流 2026 年春季心理健康体检' });
    await qr.waitFor();
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    const poster = page.getByRole('dialog');
    await poster.getByText(/\/checkup\?c=[a-z0-9]{8}$/).waitFor();
    expect(await poster.getByRole('button', { name: '打印海报' }).isVisible()).toBe(true);
    await screenshot(page, 'console-checkup-e2e-poster');
    await poster
      .getByRole('button', { name: /关闭|Close/ })
      .first()
      .click();

    const row = page.locator('.ant-table-row').filter({ hasText: '顺达物流 2026 年春季心理健康体检' });
    await row.waitFor();
    expect(await row.textContent()).toContain('进行中');

    // Requests for help are not theirs to see.
    await page.goto(`${server.url}/console/alerts`);
    await page.getByText('您没有访问此页面的权限').waitFor();
    await page.context().close();
  });
});
