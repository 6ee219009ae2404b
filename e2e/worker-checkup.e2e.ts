import { mkdirSync } from 'node:fs';
import { type Browser, request } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  answer,
  answerBattery,
  counter,
  finishLast,
  history,
  offlineReady,
  shownCode,
  startCheckup,
} from './checkup-steps';
import {
  describeBrowser,
  freshTotp,
  launchBrowser,
  phone,
  type RunningServer,
  screenshot,
  startServer,
} from './harness';

describeBrowser('the check-up on a phone', () => {
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

  it('a worker completes the check-up, keeps the code, and sees a trend after a second one', {
    timeout: 150_000,
  }, async () => {
    const context = await phone(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: /心理体检/ }).click();
    await page.getByRole('heading', { name: '心理健康体检', level: 2 }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: '开始体检' }).isEnabled()).toBe(true);
    for (const line of ['约 4 分钟 · 19 个问题', '匿名填写：不用注册，不用留名字。'])
      expect(await page.getByText(line).isVisible()).toBe(true);
    expect(await page.getByText('不是诊断', { exact: false }).first().isVisible()).toBe(true);
    await screenshot(page, 'checkup-e2e-start');

    await page.getByRole('button', { name: '开始体检' }).click();
    // Each instrument's own timeframe and instructions come before its first question.
    await page.getByText('请回想：过去两个星期').waitFor();
    await page.getByRole('button', { name: '开始回答' }).click();
    expect(await counter(page)).toBe('第 1 / 19 题');
    expect(await page.getByRole('heading', { name: '感觉紧张，焦虑或急切' }).isVisible()).toBe(true);
    await screenshot(page, 'checkup-e2e-question');
    await answerBattery(page);
    await finishLast(page);

    await page.getByText('结果已保存。').waitFor();
    const code = await shownCode(page);
    expect(code).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/);
    expect(
      await page.getByText('凭这个码可以查看以后的结果，我们不保存您的身份', { exact: false }).isVisible(),
    ).toBe(true);
    expect(await page.getByRole('checkbox', { name: '在这部手机上记住' }).isChecked()).toBe(false);
    for (const topic of ['心情与紧张', '身心状态', '工作倦怠', '孤独感'])
      expect(await page.getByRole('heading', { name: topic, level: 2 }).isVisible()).toBe(true);
    expect(await page.getByText('百分制 100 分（越高越好）').isVisible()).toBe(true);
    expect(await page.locator('a[href="tel:12356"]').first().isVisible()).toBe(true);
    await screenshot(page, 'checkup-e2e-report');
    await page.getByRole('button', { name: '我已记下' }).click();
    expect(await page.getByTestId('retrieval-code').count()).toBe(0);

    // A week later (here: at once), the second check-up with the code written down.
    await startCheckup(page, server.url, code);
    await answerBattery(page);
    await finishLast(page);
    await page.getByText('结果已保存。').waitFor();
    const trend = page.locator('[data-instrument="phq4"] svg.trend-chart');
    await trend.waitFor();
    expect(await trend.locator('circle').count()).toBe(2);
    expect(await page.getByText('心情与紧张的变化，共 2 次').isVisible()).toBe(true);
    await screenshot(page, 'checkup-e2e-trend');
    expect(await history(server.url, code)).toHaveLength(2);

    // 我的记录: the code typed into a form field (never into the address), both check-ups, newest first.
    await page.goto(`${server.url}/records`);
    await page.getByLabel('取回码', { exact: true }).fill(code.toLowerCase());
    await page.getByRole('button', { name: '查看记录' }).click();
    await expect.poll(() => page.locator('.history-entry').count()).toBe(2);
    expect(page.url()).not.toContain(code);
    await context.close();
  });

  it('offline after loading: PHQ-9 offered, item 9 shows crisis help at once, and the check-up is sent once', {
    timeout: 150_000,
  }, async () => {
    const context = await phone(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/checkup`);
    await offlineReady(page);
    await context.setOffline(true);

    await startCheckup(page, server.url);
    await answerBattery(page, { low: true });
    await page.locator('.q-options button').first().click();
    await page.getByRole('button', { name: '好的，继续' }).click();
    await page.getByRole('button', { name: '开始回答' }).click();
    expect(await counter(page)).toBe('第 20 / 26 题');
    for (let k = 0; k < 6; k++) await answer(page, 0);
    expect(
      await page.getByRole('heading', { name: '有不如死掉或用某种方式伤害自己的念头' }).isVisible(),
    ).toBe(true);
    await page.getByRole('button', { name: '好几天' }).click();

    // The crisis screen, with no server and no network: calm words and the lines to call, 12356 first.
    await page.getByRole('heading', { name: '谢谢你如实作答' }).waitFor();
    const hotline = page.locator('a[href="tel:12356"]');
    expect(await hotline.first().isVisible()).toBe(true);
    expect(await page.locator('.crisis-screen a[href^="tel:"]').first().getAttribute('href')).toBe(
      'tel:12356',
    );
    expect(await page.locator('a[href="tel:120"]').isVisible()).toBe(true);
    await screenshot(page, 'checkup-e2e-crisis-offline');
    // Contact by a counsellor needs the network: said plainly, with 12356 instead.
    await page.getByRole('link', { name: '可以请心理咨询师联系我' }).click();
    await page.getByText('现在没有网络，提交不了', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: '提交' }).isDisabled()).toBe(true);
    await page.goBack();
    await page.getByRole('button', { name: '继续完成体检' }).click();
    await page.waitForURL('**/checkup/result');

    // Kept on the phone, results worked out there, crisis help at the very top.
    await page.getByText('已保存在手机上，联网后会自动提交。').waitFor();
    const top = page.locator('.report > :not(.print-only)').first();
    expect(await top.getAttribute('class')).toContain('crisis-urgent');
    expect(await page.getByRole('heading', { name: '心情', exact: true }).isVisible()).toBe(true);
    await screenshot(page, 'checkup-e2e-report-offline');

    // Back online: sent by itself, with its one key; a retry and a reload store nothing more.
    await context.setOffline(false);
    await page.getByText('结果已保存。').waitFor({ timeout: 30_000 });
    const code = await shownCode(page);
    await page.reload();
    await page.getByText('结果已保存。').waitFor();
    const kept = await history(server.url, code);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.results).toHaveLength(5);
    await context.close();
  });

  it('continues at the same question after a reload, and can start again', async () => {
    const context = await phone(browser);
    const page = await context.newPage();
    await startCheckup(page, server.url);
    for (let k = 0; k < 5; k++) await answer(page, 1);
    expect(await counter(page)).toBe('第 6 / 19 题');
    const question = await page.locator('.q-text').textContent();
    await page.reload();
    await page.locator('.q-count').waitFor();
    expect(await counter(page)).toBe('第 6 / 19 题');
    expect(await page.locator('.q-text').textContent()).toBe(question);
    // Back to the answer given before the reload.
    await page.getByRole('button', { name: '上一题' }).click();
    expect(await counter(page)).toBe('第 5 / 19 题');
    expect(await page.getByRole('button', { name: '大部分时间' }).getAttribute('aria-pressed')).toBe('true');

    // 重新开始: asked once more, then the answers are gone from the phone.
    await page.getByRole('button', { name: '重新开始' }).click();
    await page.getByText('已经答到第 5 / 19 题', { exact: false }).waitFor();
    await page.getByRole('button', { name: '重新开始' }).click();
    await page.getByRole('button', { name: '清掉，重新开始' }).click();
    await page.getByRole('button', { name: '开始体检' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('carnation.checkup.progress'))).toBeNull();
    await context.close();
  });

  it('a consented contact request from the report reaches the counsellors with the phone number', {
    timeout: 150_000,
  }, async () => {
    const context = await phone(browser);
    const page = await context.newPage();
    await startCheckup(page, server.url);
    await answerBattery(page);
    await finishLast(page);
    await page.getByText('结果已保存。').waitFor();
    await page.getByRole('link', { name: '留下电话，请心理咨询师联系我' }).click();

    await page.getByLabel('电话号码', { exact: true }).fill('139 0013 9000');
    await page.getByRole('button', { name: '今晚' }).click();
    expect(await page.getByLabel('什么时候方便接电话？').inputValue()).toBe('今晚');
    await page.getByRole('checkbox', { name: '把这次体检结果给咨询师看' }).check();
    const send = page.getByRole('button', { name: '提交' });
    expect(await send.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: /我同意/ }).check();
    expect(await send.isEnabled()).toBe(true);
    await screenshot(page, 'checkup-e2e-contact');
    await send.click();
    await page.getByRole('heading', { name: '已经收到' }).waitFor();
    expect(await page.getByText('这不是急救服务', { exact: false }).isVisible()).toBe(true);
    expect(await page.locator('a[href="tel:12356"]').isVisible()).toBe(true);
    await context.close();

    // The demo counsellor signs in (password and TOTP) and finds the request in the queue.
    const counsellor = server.credential('counsellor');
    const api = await request.newContext({ baseURL: server.url });
    const signIn = await api.post('/api/v1/auth/session', {
      data: {
        login: counsellor.login,
        password: counsellor.password,
        totp: await freshTotp(counsellor.totpSecret),
      },
    });
    expect(signIn.status()).toBe(200);
    // The queue shows the number masked; opening the request (an audited read) gives the phone and the time.
    const alerts = await api.get('/api/v1/alerts');
    expect(alerts.status()).toBe(200);
    const { alerts: queue } = (await alerts.json()) as {
      alerts: { id: string; phoneMasked: string | null; hasSharedResults: boolean }[];
    };
    const listed = queue.find((a) => a.phoneMasked === '139****9000');
    expect(listed?.hasSharedResults).toBe(true);
    const opened = await api.get(`/api/v1/alerts/${listed?.id}`, {
      headers: { 'x-csrf-token': (await signIn.json()).csrfToken },
    });
    expect(opened.status()).toBe(200);
    const mine = (await opened.json()) as {
      contact: { phone: string; preferredTime: string };
      sharedSubmissionId: string | null;
    };
    expect(mine.contact).toMatchObject({ phone: '13900139000', preferredTime: '今晚' });
    expect(mine.sharedSubmissionId).toMatch(/^[0-9a-f-]{36}$/);
    await api.dispose();
  });
});
