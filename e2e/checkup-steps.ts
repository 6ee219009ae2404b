import { type Page, request } from 'playwright-core';
import { expect } from 'vitest';
import { freshTotp, type RunningServer } from './harness';

// What the check-up journeys share: answering, finishing, and reading back what the server stored.

/** The screen now showing: the question counter ("第 5 / 19 题"), an offer, the crisis screen or the report. */
export const counter = (page: Page) => page.locator('.q-count').textContent();

/**
 * Answers the question on screen with the option at `index` (0 = the first one shown), first closing an
 * instrument's instructions when they show, and waits until the check-up has moved on.
 */
export async function answer(page: Page, index: number): Promise<void> {
  const begin = page.getByRole('button', { name: '开始回答' });
  const options = page.locator('.q-options button');
  await Promise.race([begin.waitFor(), options.first().waitFor()]);
  if (await begin.isVisible()) await begin.click();
  const before = await counter(page);
  await options.nth(index).click();
  await page.waitForFunction((b) => document.querySelector('.q-count')?.textContent !== b, before);
}

/**
 * The 19 questions of the default battery. `low` answers PHQ-4's two mood items with "一半以上的天数", which
 * offers PHQ-9; otherwise every answer is the calmest (WHO-5's first option is "所有时间", CBI's last is the
 * lowest; CBI item 7 is reversed, and so answered with its first option).
 */
export async function answerBattery(page: Page, { low = false } = {}): Promise<void> {
  for (const i of [0, 0, low ? 2 : 0, low ? 2 : 0]) await answer(page, i);
  for (let k = 0; k < 5; k++) await answer(page, 0);
  for (let k = 0; k < 6; k++) await answer(page, 4);
  await answer(page, 0);
  await answer(page, 0);
  await answer(page, 0);
}

export async function startCheckup(page: Page, url: string, code?: string): Promise<void> {
  await page.goto(`${url}/checkup`);
  const start = page.getByRole('button', { name: '开始体检' });
  await expect.poll(() => start.isEnabled()).toBe(true);
  if (code) {
    await page.getByText('以前做过体检？').click();
    await page.getByLabel('取回码（16 位，可不填）').fill(code);
  }
  await start.click();
}

/** The last question (UCLA-3 item 3) answered: the check-up goes to its report. */
export async function finishLast(page: Page): Promise<void> {
  await page.locator('.q-options button').first().click();
  await page.waitForURL('**/checkup/result');
}

/** Answers the questions on screen with the options `picks` names, the last leading to the report. */
export async function answerToReport(page: Page, picks: number[]): Promise<void> {
  for (const i of picks) await answer(page, i);
  await page.waitForURL('**/checkup/result');
  await page.getByText('结果已保存。').waitFor();
}

/** The check-up as the server received it (the one submission that was stored: 201). */
export const stored = (page: Page) =>
  page.waitForResponse((r) => r.url().endsWith('/api/v1/submissions') && r.status() === 201);

/** A check-up the demo federation's administrator defines (signed in with password and TOTP). */
export async function defineCheckup(server: RunningServer, instruments: string[]): Promise<string> {
  const admin = server.credential('federation_admin');
  const api = await request.newContext({ baseURL: server.url });
  const signIn = await api.post('/api/v1/auth/session', {
    data: { login: admin.login, password: admin.password, totp: await freshTotp(admin.totpSecret) },
  });
  expect(signIn.status()).toBe(200);
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const made = await api.post('/api/v1/checkup-definitions', {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      name: { 'zh-CN': '司机快速体检', en: 'Quick check for drivers' },
      description: { 'zh-CN': '跑车间隙也能做：心情和身心状态。', en: 'Between runs: mood and well-being.' },
      instruments,
    },
  });
  expect(made.status()).toBe(201);
  const { id } = (await made.json()) as { id: string };
  await api.dispose();
  return id;
}

/** The server's view: the submissions kept under a code (the worker's own history API). */
export async function history(url: string, code: string): Promise<{ id: string; results: unknown[] }[]> {
  const res = await fetch(`${url}/api/v1/retrieval/history`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ retrievalCode: code, lang: 'zh-CN' }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { submissions: { id: string; results: unknown[] }[] }).submissions;
}

export const shownCode = async (page: Page) => {
  const code = page.getByTestId('retrieval-code');
  await code.waitFor();
  return ((await code.getAttribute('data-code')) ?? '').trim();
};

/** Waits until the page's service worker has cached the app and controls the page (as after a first visit). */
export const offlineReady = (page: Page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    while (!navigator.serviceWorker.controller) await new Promise((r) => setTimeout(r, 50));
  });
