import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, phone, type RunningServer, startServer } from './harness';

const SHOTS = '/tmp/shots-linking';
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

/** A check-up through the public API, for its retrieval code. */
async function codeFromCheckup(url: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      checkup: 'default',
      answers: {
        phq4: [0, 0, 0, 0],
        who5: [4, 4, 4, 4, 4],
        cbi_work: [0, 0, 0, 25, 25, 0, 100],
        ucla3: [1, 1, 1],
      },
    }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { retrievalCode: string }).retrievalCode;
}

const linked = async (url: string, what: 'diary' | 'groups', code: string) =>
  (await (await fetch(`${url}/api/v1/linked-${what}`, { headers: { 'x-retrieval-code': code } })).json()) as {
    entries?: { date: string; note: string }[];
    groups?: string[];
    updatedAt: string | null;
  };

async function turnOn(page: Page, code?: string) {
  await page.getByRole('button', { name: '了解一下' }).click();
  await page.getByText('技术上服务方能够解密', { exact: false }).waitFor();
  if (code) await page.getByLabel('取回码', { exact: true }).fill(code);
}

describeBrowser('the mood diary linked to a retrieval code, found again on another phone', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('write, link with the code, open on a fresh phone with the code, see the entries; then stop', {
    timeout: 150_000,
  }, async () => {
    const code = await codeFromCheckup(server.url);
    const first = await phone(browser);
    const a = await first.newPage();
    await a.goto(`${server.url}/tools/diary`);
    await a.getByRole('heading', { level: 1, name: '心情日记' }).waitFor();
    await a.getByRole('radio', { name: '还不错' }).check();
    await a.getByLabel('想记点什么吗？（可以不写）').fill('下班后散了会儿步');
    await a.getByRole('button', { name: '保存' }).click();
    await a.getByText('已保存在这部手机上。').waitFor();
    // Nothing is sent until the worker chooses to.
    expect((await linked(server.url, 'diary', code)).updatedAt).toBeNull();
    await shot(a, 'diary-offer');

    await turnOn(a, 'not-a-code');
    await a.getByRole('button', { name: '开启同步' }).click();
    await a
      .getByText('检索码是 16 位', { exact: false })
      .or(a.getByText('取回码是 16 位', { exact: false }))
      .waitFor();
    await shot(a, 'diary-link-open');
    await a.getByLabel('取回码', { exact: true }).fill(code.toLowerCase());
    await a.getByRole('button', { name: '开启同步' }).click();
    await a.getByText('已同步。').waitFor();
    await a.getByText(`尾号 ${code.slice(-4)}`, { exact: false }).waitFor();
    expect(await a.getByText('还用取回码加密同步了一份到服务器', { exact: false }).isVisible()).toBe(true);
    await shot(a, 'diary-linked');
    expect((await linked(server.url, 'diary', code)).entries?.map((e) => e.note)).toEqual([
      '下班后散了会儿步',
    ]);

    // Each saved entry syncs.
    await a.getByLabel('想记点什么吗？（可以不写）').fill('下班后散了会儿步，睡得早');
    await a.getByRole('button', { name: '保存' }).click();
    await expect
      .poll(async () => (await linked(server.url, 'diary', code)).entries?.[0]?.note, { timeout: 10_000 })
      .toBe('下班后散了会儿步，睡得早');
    await first.close();

    // A fresh phone: nothing there until the worker links with the same code.
    const second = await phone(browser);
    const b = await second.newPage();
    await b.goto(`${server.url}/tools/diary`);
    await b.getByRole('heading', { level: 1, name: '心情日记' }).waitFor();
    expect(await b.locator('.entry-note').count()).toBe(0);
    await turnOn(b, code);
    await b.getByRole('button', { name: '开启同步' }).click();
    await b.getByText('已同步。').waitFor();
    await b.locator('.entry-note', { hasText: '下班后散了会儿步，睡得早' }).waitFor();
    await shot(b, 'diary-second-phone');

    // 我是… the same way; this phone remembers the code now, offered by its last four characters.
    await b.goto(`${server.url}/me/groups`);
    await b.getByRole('button', { name: '货车司机' }).click();
    await turnOn(b);
    expect(
      await b.getByRole('radio', { name: `用这部手机记住的取回码（尾号 ${code.slice(-4)}）` }).isChecked(),
    ).toBe(true);
    await b.getByRole('button', { name: '开启同步' }).click();
    await b.getByText('已同步。').waitFor();
    await shot(b, 'groups-linked');
    expect((await linked(server.url, 'groups', code)).groups).toEqual(['truck_driver']);
    await b.getByRole('button', { name: '工厂倒班职工' }).click();
    await expect
      .poll(async () => (await linked(server.url, 'groups', code)).groups?.sort(), { timeout: 10_000 })
      .toEqual(['factory_shift', 'truck_driver']);

    // Stop: the server's copy goes, the phone's stays.
    await b.goto(`${server.url}/tools/diary`);
    await b.getByText('已同步。').waitFor();
    await b.getByRole('button', { name: '停止同步并删除服务器上的副本' }).click();
    await shot(b, 'diary-stop-confirm');
    await b.getByRole('button', { name: '确定删除' }).click();
    await b.getByText('已停止同步，服务器上的副本已删除。', { exact: false }).waitFor();
    expect((await linked(server.url, 'diary', code)).updatedAt).toBeNull();
    expect(await b.locator('.entry-note').count()).toBe(1);
    await shot(b, 'diary-stopped');
    await second.close();
  });
});
