import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  answer,
  answerBattery,
  answerToReport,
  defineCheckup,
  finishLast,
  startCheckup,
  stored,
} from './checkup-steps';
import {
  describeBrowser,
  launchBrowser,
  phone,
  type RunningServer,
  screenshot,
  startServer,
} from './harness';

describeBrowser('choosing what to take on a phone', () => {
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

  it('a worker leaves the check-up for PHQ-9 alone, asked first, and sees its report', {
    timeout: 90_000,
  }, async () => {
    const context = await phone(browser);
    const page = await context.newPage();
    await startCheckup(page, server.url);
    await answer(page, 0);
    await page.getByRole('button', { name: '重新开始' }).click();
    await page.getByRole('heading', { name: '单项测评' }).waitFor();
    await screenshot(page, 'checkup-e2e-choose');
    await page.getByRole('link', { name: /^心情 PHQ-9 9 个问题/ }).click();
    await page.getByRole('heading', { name: '心情（PHQ-9）', level: 2 }).waitFor();
    expect(new URL(page.url()).search).toBe('?id=phq9');
    await page.getByText('约 2 分钟 · 9 个问题').waitFor();
    // The default check-up in progress is not given up without asking.
    await page.getByText('你还有一个没做完的“心理健康体检”（答到第 2 / 19 题）。').waitFor();
    await page.getByRole('button', { name: '开始体检' }).click();
    await page.getByRole('button', { name: '清掉，开始这个' }).click();
    await page.getByText('请回想：过去两个星期').waitFor();
    const sent = stored(page);
    await answerToReport(page, [1, 1, 0, 0, 0, 0, 0, 0, 0]);
    expect((await sent).request().postDataJSON()).toMatchObject({ checkup: 'phq9' });
    expect(await page.getByRole('heading', { name: '心情（PHQ-9）', level: 2 }).isVisible()).toBe(true);
    expect(await page.locator('.result-card').count()).toBe(1);
    expect(await page.getByRole('heading', { name: '心情', exact: true }).isVisible()).toBe(true);
    await screenshot(page, 'checkup-e2e-single-report');
    await context.close();
  });

  it('a worker takes the federation’s own check-up for drivers from the list', {
    timeout: 90_000,
  }, async () => {
    const id = await defineCheckup(server, ['phq2', 'who5']);
    const context = await phone(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/checkup`);
    await page.getByRole('heading', { name: '其他体检' }).waitFor();
    await page.getByRole('link', { name: /^司机快速体检 7 个问题/ }).click();
    await page.getByRole('heading', { name: '司机快速体检', level: 2 }).waitFor();
    await page.getByText('跑车间隙也能做：心情和身心状态。').waitFor();
    await page.getByRole('button', { name: '开始体检' }).click();
    const sent = stored(page);
    // The calmest answers (WHO-5's first option is "所有时间"): no longer questionnaire is offered.
    await answerToReport(page, [0, 0, 0, 0, 0, 0, 0]);
    expect((await sent).request().postDataJSON()).toMatchObject({ checkup: id });
    for (const topic of ['司机快速体检', '心情（简短）', '身心状态'])
      expect(await page.getByRole('heading', { name: topic, level: 2 }).isVisible()).toBe(true);
    await context.close();
  });

  it('a campaign link names its campaign and check-up, and the check-up counts for it', {
    timeout: 150_000,
  }, async () => {
    const context = await phone(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/checkup?c=demo-shunda`);
    const note = page.getByTestId('campaign-note');
    await note.getByText('顺达物流“路上心灵驿站”体检活动', { exact: false }).waitFor();
    expect(await note.getByText('看不到你个人的答案', { exact: false }).isVisible()).toBe(true);
    // The campaign's own check-up, nothing else to choose from.
    expect(await page.getByRole('heading', { name: '心理健康体检', level: 2 }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: '单项测评' }).count()).toBe(0);
    await screenshot(page, 'checkup-e2e-campaign');
    await page.getByRole('button', { name: '开始体检' }).click();
    const sent = stored(page);
    await answerBattery(page);
    await finishLast(page);
    await page.getByText('结果已保存。').waitFor();
    expect((await sent).request().postDataJSON()).toMatchObject({
      checkup: 'default',
      campaign: 'demo-shunda',
    });
    await page.getByText(/^来自：.*顺达物流/).waitFor();

    // A link that is no longer valid: said kindly, and the ordinary check-up offered without it.
    await page.goto(`${server.url}/checkup?c=nosuchcode`);
    await page.getByText('这个活动链接已经结束或无效', { exact: false }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: '开始体检' }).isEnabled()).toBe(true);
    await page.getByRole('heading', { name: '单项测评' }).waitFor();
    await context.close();
  });
});
