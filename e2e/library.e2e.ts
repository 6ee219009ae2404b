import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startingLibrary } from '../src/server/content/library';
import { signIn } from './console-steps';
import {
  describeBrowser,
  desktop,
  launchBrowser,
  phone,
  type RunningServer,
  screenshot,
  serverDrivers,
  startServer,
} from './harness';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical findings on the page as it is now (evaluated past the app's CSP). */
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

/** A made-up phrase and a made-up word: nothing in the starting library says either. */
const ZH_PHRASE = '晨光驿站茶话';
const EN_WORD = 'lanternwalk';
const ZH_TITLE = `${ZH_PHRASE}：夜班后的一杯热茶`;
const EN_TITLE = `The ${EN_WORD}: a cup of tea after the night shift`;

const truckTitles = startingLibrary
  .filter((e) => e.audiences.includes('truck_driver'))
  .map((e) => e.zh.title);

/** A form field's name, with antd's required mark ("* 标题") or without it. */
const field = (label: string) => new RegExp(`^(\\* )?${label}$`);

const cardTitles = (page: Page) => page.locator('.content-list .content-card-title').allTextContents();

/** The library on a phone, its first page of cards shown. */
async function openLibrary(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/learn`);
  await page.locator('.content-list .content-card').first().waitFor();
}

describeBrowser.each(serverDrivers)('the library: write, review, publish, find and read (%s)', (driver) => {
  let server: RunningServer;
  let browser: Browser;
  const slug = `${EN_WORD}-${driver}`;

  beforeAll(async () => {
    mkdirSync('.tmp/screenshots', { recursive: true });
    server = await startServer(driver);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('an editor writes an article in both languages and submits it; they may not approve it themselves; a supervisor approves and publishes it', {
    timeout: 180_000,
  }, async () => {
    // The federation administrator both edits and reviews: the one who may not approve their own words.
    const editor = await (await desktop(browser)).newPage();
    await signIn(editor, server.url, server.credential('federation_admin'));
    await editor.goto(`${server.url}/console/content/new`);
    await editor.getByRole('heading', { name: '新建内容' }).waitFor();

    await editor.getByRole('textbox', { name: field('标题') }).fill(ZH_TITLE);
    await editor
      .getByRole('textbox', { name: field('摘要') })
      .fill(`下了夜班，在${ZH_PHRASE}坐一坐，给自己一点安静。`);
    const zhBody = editor.getByRole('textbox', { name: '中文 正文' });
    await zhBody.click();
    await editor.keyboard.type(`每次下了夜班，我们在${ZH_PHRASE}泡一杯热茶，说说这一天。`);
    await editor.keyboard.press('Enter');
    await editor.keyboard.type('累了就歇一歇，不用一个人扛。');

    await editor.getByRole('tab', { name: 'English' }).click();
    await editor.getByRole('textbox', { name: field('标题') }).fill(EN_TITLE);
    await editor
      .getByRole('textbox', { name: field('摘要') })
      .fill(`After the night shift, the ${EN_WORD} is a quiet moment of your own.`);
    await editor.getByRole('textbox', { name: 'English 正文' }).click();
    await editor.keyboard.type(`Every night after work we take a ${EN_WORD} and share a cup of tea.`);

    await editor.getByRole('textbox', { name: field('链接名') }).fill(slug);
    await editor.getByRole('combobox', { name: field('主题') }).click();
    await editor.locator('.ant-select-item-option').filter({ hasText: '睡眠' }).click();
    await editor.locator('.ant-select-item-option').filter({ hasText: '情绪调节' }).click();
    await editor.keyboard.press('Escape');
    await screenshot(editor, `library-${driver}-editor`);

    await editor.getByRole('button', { name: '创建草稿' }).click();
    await editor.waitForURL(/\/console\/content\/[0-9a-f-]{36}$/);
    const bar = editor.locator('.content-sticky-bar');
    await bar.getByText('草稿', { exact: true }).waitFor();
    // What was typed in the rich-text box is what was stored.
    await editor.getByRole('textbox', { name: '中文 正文' }).getByText('累了就歇一歇').waitFor();

    await bar.getByRole('button', { name: '提交审核' }).click();
    await editor.getByRole('dialog').getByRole('button', { name: '提交审核' }).click();
    await bar.getByText('待审核', { exact: true }).waitFor();
    // Their own version under review: no approve button, and the page says why.
    await editor.getByText('当前的第 1 版是您保存的', { exact: false }).waitFor();
    expect(await editor.getByRole('button', { name: '通过并发布' }).count()).toBe(0);
    await screenshot(editor, `library-${driver}-own-work`);
    await editor.context().close();

    // 李老师 the supervisor finds it under 待我审核, approves it and publishes it now.
    const reviewer = await (await desktop(browser)).newPage();
    await signIn(reviewer, server.url, server.credential('supervisor'));
    await reviewer.goto(`${server.url}/console/content`);
    await reviewer.locator('.ant-segmented-item').filter({ hasText: '待我审核' }).click();
    const row = reviewer.locator('.ant-table-row').filter({ hasText: ZH_TITLE });
    await row.getByRole('link', { name: '审核' }).click();
    await reviewer.waitForURL(/\/console\/content\/[0-9a-f-]{36}$/);
    const reviewBar = reviewer.locator('.content-sticky-bar');
    await reviewBar.getByRole('button', { name: '通过并发布' }).click();
    const approve = reviewer.getByRole('dialog');
    await approve.getByRole('button', { name: '通过并发布' }).click();
    // The dialog closes once the server has taken the decision (a refusal would stay in it, said in words).
    await approve.waitFor({ state: 'hidden' });
    await reviewBar.getByText('已发布', { exact: true }).waitFor();
    await reviewer.getByText('审核通过', { exact: true }).waitFor();
    await screenshot(reviewer, `library-${driver}-published`);

    // In the library's list: published, with the reviewer named.
    await reviewer.goto(`${server.url}/console/content?view=published`);
    const published = reviewer.locator('.ant-table-row').filter({ hasText: ZH_TITLE });
    await published.waitFor();
    expect(await published.textContent()).toContain('已发布');
    expect(await published.textContent()).toContain('李老师');
    await reviewer.context().close();
  });

  it('on a phone the library finds it by the Chinese phrase and, in English, by the English word; the reader opens it; no serious axe findings', {
    timeout: 90_000,
  }, async () => {
    const context = await phone(browser);
    const page = await context.newPage();
    await openLibrary(page, server.url);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('searchbox', { name: '搜索文章和故事' }).fill(ZH_PHRASE);
    await page.getByRole('searchbox', { name: '搜索文章和故事' }).press('Enter');
    await page.waitForURL(/\/learn\/search\?q=/);
    const hit = page.locator('.content-card').filter({ hasText: ZH_TITLE });
    await hit.waitFor();
    expect(await hit.locator('mark').first().textContent()).toContain(ZH_PHRASE.slice(0, 2));
    await screenshot(page, `library-${driver}-search-zh`);
    await hit.click();
    await page.getByRole('heading', { name: ZH_TITLE }).waitFor();
    await page.getByText('累了就歇一歇，不用一个人扛。').waitFor();
    expect(page.url()).toContain(`/learn/${slug}`);
    // The Enter typed in the console's editor made two paragraphs, stored as such.
    const stored = (await (await page.request.get(`${server.url}/api/v1/content/${slug}`)).json()) as {
      bodyHtml: string;
    };
    expect(stored.bodyHtml).toMatch(/^<p>每次下了夜班[^<]*<\/p>\s*<p>累了就歇一歇，不用一个人扛。<\/p>$/);
    await screenshot(page, `library-${driver}-reader-zh`);
    expect(await seriousViolations(page)).toEqual([]);

    // The same phone set to English.
    await page.evaluate(() => localStorage.setItem('carnation.lang', 'en'));
    await openLibrary(page, server.url);
    await page.getByRole('heading', { level: 1, name: 'Knowledge and stories' }).waitFor();
    const box = page.getByRole('searchbox');
    await box.fill(EN_WORD);
    await box.press('Enter');
    const enHit = page.locator('.content-card').filter({ hasText: EN_TITLE });
    await enHit.waitFor();
    await screenshot(page, `library-${driver}-search-en`);
    await enHit.click();
    await page.getByRole('heading', { name: EN_TITLE }).waitFor();
    await page.getByText(`we take a ${EN_WORD}`, { exact: false }).waitFor();
    await screenshot(page, `library-${driver}-reader-en`);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('a truck driver sees truck-driver pieces first, marked 适合您; a worker who said nothing sees the newest first', {
    timeout: 90_000,
  }, async () => {
    const driverPhone = await phone(browser);
    const trucker = await driverPhone.newPage();
    await trucker.goto(`${server.url}/me/groups`);
    await trucker.getByRole('button', { name: '货车司机' }).click();
    expect(await trucker.getByRole('button', { name: '货车司机' }).getAttribute('aria-pressed')).toBe('true');
    await openLibrary(trucker, server.url);
    await trucker.getByText('适合您的内容排在前面。').waitFor();
    const first = trucker.locator('.content-list .content-card').first();
    expect(truckTitles).toContain(await first.locator('.content-card-title').textContent());
    expect(await first.locator('.badge').filter({ hasText: '适合您' }).count()).toBe(1);
    // The new piece is for everyone: it comes after what names truck drivers, unmarked.
    const titles = await cardTitles(trucker);
    expect(titles.indexOf(ZH_TITLE)).toBeGreaterThan(0);
    const fitting = titles.filter((t) => truckTitles.includes(t)).length;
    expect(titles.slice(0, fitting).every((t) => truckTitles.includes(t))).toBe(true);
    await screenshot(trucker, `library-${driver}-truck-driver`);
    await driverPhone.close();

    const plainPhone = await phone(browser);
    const plain = await plainPhone.newPage();
    await openLibrary(plain, server.url);
    const api = (await (await plain.request.get(`${server.url}/api/v1/content?lang=zh-CN`)).json()) as {
      items: { title: string }[];
    };
    const shown = await cardTitles(plain);
    expect(shown).toEqual(api.items.map((i) => i.title));
    // Newest first: the article just published leads; nothing is marked for anyone.
    expect(shown[0]).toBe(ZH_TITLE);
    expect(await plain.locator('.content-list .badge').filter({ hasText: '适合您' }).count()).toBe(0);
    expect(await plain.getByText('适合您的内容排在前面。').count()).toBe(0);
    await screenshot(plain, `library-${driver}-everyone`);
    await plainPhone.close();
  });
});
