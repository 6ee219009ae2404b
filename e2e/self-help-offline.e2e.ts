import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { offlineReady } from './checkup-steps';
import {
  describeBrowser,
  launchBrowser,
  phone,
  type RunningServer,
  screenshot,
  startServer,
} from './harness';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/**
 * axe-core's serious and critical findings on the page as it is now. Evaluated through the DevTools
 * protocol, which the app's Content-Security-Policy (rightly refusing inline scripts) does not stop.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The breathing circle's drawn size now (its computed transform, mid-transition). */
const circleScale = (page: Page) =>
  page.locator('.breath-circle').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);

const phaseWord = (page: Page) => page.getByTestId('breath-phase').textContent();

describeBrowser('self-help tools on a phone, offline', () => {
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

  it('after one visit online: grounding to the end, breathing, and a diary entry that survives a reload, all with no network', {
    timeout: 150_000,
  }, async () => {
    const context = await phone(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await offlineReady(page);

    // From the home tile to the hub, online once.
    await page.getByRole('link', { name: /自助小工具/ }).click();
    await page.getByRole('heading', { level: 1, name: '自助小工具' }).waitFor();
    expect(await page.getByRole('link', { name: /需要马上帮助/ }).isVisible()).toBe(true);
    expect(await page.locator('.tool-card').count()).toBe(4);
    await screenshot(page, 'tools-hub');
    expect(await seriousViolations(page)).toEqual([]);

    await context.setOffline(true);

    // 5-4-3-2-1, step by step, counting a few things and skipping the rest: next never waits for the count.
    await page.getByRole('link', { name: /54321 感官法/ }).click();
    await page.getByRole('heading', { level: 1, name: '54321 感官法' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '开始' }).click();
    const prompts = [
      '找出 5 样你能看到的东西',
      '找出 4 样你能摸到的东西',
      '找出 3 种你能听到的声音',
      '找出 2 种你能闻到的气味',
      '找出 1 种你能尝到的味道',
    ];
    for (const [i, prompt] of prompts.entries()) {
      await page.getByRole('heading', { level: 2, name: prompt }).waitFor();
      expect(await page.getByText(`第 ${i + 1} 步，共 5 步`).isVisible()).toBe(true);
      await page.getByRole('button', { name: '找到一样' }).click();
      if (i === 0) {
        await page.getByRole('button', { name: '找到一样' }).click();
        await page.getByText('已找到 2 样，共 5 样').waitFor();
        await page.getByLabel('想写下来也可以（不会保存）').fill('墙上的钟');
        expect(await seriousViolations(page)).toEqual([]);
        await screenshot(page, 'tools-grounding-step');
        // Back and forward again lands on the same step.
        await page.getByRole('button', { name: '下一步' }).click();
        await page.getByRole('button', { name: '上一步' }).click();
        await page.getByRole('heading', { level: 2, name: prompts[0] }).waitFor();
      }
      await page.getByRole('button', { name: '下一步' }).click();
    }
    await page.getByRole('heading', { level: 2, name: '5 步都做完了' }).waitFor();
    expect(await page.getByRole('link', { name: /拨打求助电话/ }).isVisible()).toBe(true);

    // On to breathing from the end's suggestions: the calm rhythm, one minute; the phase word changes.
    await page.getByRole('link', { name: '再做几分钟呼吸放松' }).click();
    await page.getByRole('heading', { level: 1, name: '呼吸放松' }).waitFor();
    await page.getByRole('radio', { name: /平静呼吸 4-6/ }).check();
    await page.getByRole('radio', { name: '1 分钟' }).check();
    await screenshot(page, 'tools-breathing-setup');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '开始' }).click();
    expect(await phaseWord(page)).toBe('吸气');
    expect(await page.getByTestId('breath-phase').getAttribute('aria-live')).toBe('polite');
    // The circle grows while breathing in (a CSS transition: its drawn size is between its ends).
    const early = await circleScale(page);
    await page.waitForTimeout(1_500);
    expect(await circleScale(page)).toBeGreaterThan(early);
    await expect.poll(() => phaseWord(page), { timeout: 7_000 }).toBe('呼气');
    await screenshot(page, 'tools-breathing-run');
    expect(await seriousViolations(page)).toEqual([]);
    await expect.poll(() => phaseWord(page), { timeout: 8_000 }).toBe('吸气');
    expect(await page.getByText('第 2 次呼吸').isVisible()).toBe(true);
    await page.getByRole('button', { name: '暂停' }).click();
    await page.getByText('已暂停').waitFor();
    await page.getByRole('button', { name: '继续' }).click();
    await page.getByRole('button', { name: '结束' }).click();
    await page.getByRole('button', { name: '开始' }).waitFor();

    // Muscle relaxation opens and counts down offline too.
    await page.goto(`${server.url}/tools/relaxation`);
    await page.getByRole('heading', { level: 1, name: '肌肉放松' }).waitFor();
    await page.getByRole('button', { name: '开始' }).click();
    await page.getByRole('heading', { level: 2, name: '双手' }).waitFor();
    expect(await page.getByTestId('relax-phase').textContent()).toBe('用力');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '下一组' }).click();
    await page.getByRole('heading', { level: 2, name: '手臂' }).waitFor();
    await page.getByRole('button', { name: '结束' }).click();

    // The diary: today's check-in, kept on the phone, in the week's chart, still there after a reload.
    await page.goto(`${server.url}/tools/diary`);
    await page.getByRole('heading', { level: 1, name: '心情日记' }).waitFor();
    expect(await page.getByText('心情日记只保存在这部手机上', { exact: false }).isVisible()).toBe(true);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('请先选一个心情。').waitFor();
    await page.getByRole('radio', { name: '还不错' }).check();
    await page.getByLabel('昨晚睡了多久？').selectOption('7');
    await page.getByRole('radio', { name: '睡得好' }).check();
    await page.getByLabel('想记点什么吗？（可以不写）').fill('下班后散了会儿步');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存在这部手机上。').waitFor();
    expect(await page.locator('.week-chart').getAttribute('data-entries')).toBe('1');
    expect(await page.locator('.week-chart .week-bar').count()).toBe(1);
    expect(await page.locator('.week-chart .week-gap').count()).toBe(6);
    await screenshot(page, 'tools-diary');
    expect(await seriousViolations(page)).toEqual([]);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: '心情日记' }).waitFor();
    await page.locator('.entry-note', { hasText: '下班后散了会儿步' }).waitFor();
    expect(await page.getByLabel('想记点什么吗？（可以不写）').inputValue()).toBe('下班后散了会儿步');
    expect(await page.getByRole('radio', { name: '还不错' }).isChecked()).toBe(true);
    expect(await page.locator('.week-chart').getAttribute('data-entries')).toBe('1');
    expect(await page.getByText('您当前处于离线状态', { exact: false }).isVisible()).toBe(true);

    // A low mood is met with the helplines at once; deleting everything leaves nothing on the phone.
    await page.getByRole('radio', { name: '很难受' }).check();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('link', { name: '拨打求助电话' }).waitFor();
    await page.getByRole('button', { name: '删除全部记录' }).click();
    await page.getByRole('button', { name: '确定，全部删除' }).click();
    await page.getByText('全部记录已删除。').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('carnation.diary'))).toBeNull();
    await context.close();
  });

  it('in English and large text, and without movement for a phone that asks for reduced motion', async () => {
    const context = await phone(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.evaluate(() => {
      localStorage.setItem('carnation.lang', 'en');
      localStorage.setItem('carnation.largeText', '1');
    });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${server.url}/tools`);
    await page.getByRole('heading', { level: 1, name: 'Self-help tools' }).waitFor();
    expect(await page.locator('html').getAttribute('class')).toContain('large-text');
    await screenshot(page, 'tools-hub-en-large');

    await page.getByRole('link', { name: /Calm breathing/ }).click();
    await page.getByRole('radio', { name: /Box 4-4-4-4/ }).check();
    await page.getByRole('button', { name: 'Start' }).click();
    expect(await phaseWord(page)).toBe('Breathe in');
    // No circle to move: marks count the seconds of the phase instead.
    expect(await page.locator('.breath-circle').isVisible()).toBe(false);
    expect(await page.locator('.breath-marks').isVisible()).toBe(true);
    expect(await page.locator('.breath-mark').count()).toBe(4);
    await expect.poll(() => phaseWord(page), { timeout: 7_000 }).toBe('Hold');
    await screenshot(page, 'tools-breathing-en-large-reduced');
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${server.url}/tools/diary`);
    await page.getByRole('heading', { level: 1, name: 'Mood diary' }).waitFor();
    await page.getByRole('radio', { name: 'Quite good' }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved on this phone.').waitFor();
    await screenshot(page, 'tools-diary-en-large');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
