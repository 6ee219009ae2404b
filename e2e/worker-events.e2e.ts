import { mkdirSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { doorCodeHash } from '../src/server/events/codes';
import { groupEvents } from '../src/server/events/tables';
import {
  describeBrowser,
  launchBrowser,
  phone,
  type RunningServer,
  screenshot,
  startServer,
} from './harness';

const MOBILE = '13800138000';
const MINUTE = 60_000;

interface ApiEvent {
  id: string;
  kind: string;
  title: string;
  placesLeft: number;
  visibility: string;
}

/** The events the public API lists (the demo season's coming ones), as the contract has them. */
async function publicEvents(url: string): Promise<ApiEvent[]> {
  const res = await fetch(`${url}/api/v1/group-events`);
  return ((await res.json()) as { events: ApiEvent[] }).events;
}

/** The phone codes texted to a number so far (the newest last). */
const codesTo = (server: RunningServer, to: string): string[] =>
  server.sms.messages
    .filter((m) => m.to === to && m.purpose === 'verification')
    .map((m) => /(\d{6})/.exec(m.body)?.[1] ?? '');

/** Proving who one is with a new phone code, in the booking's proof form. */
async function proveByPhone(page: Page, server: RunningServer): Promise<void> {
  const before = codesTo(server, MOBILE).length;
  await page.getByRole('textbox', { name: '手机号' }).fill(MOBILE);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect.poll(() => codesTo(server, MOBILE).length, { timeout: 10_000 }).toBeGreaterThan(before);
  await page.getByRole('textbox', { name: /短信验证码/ }).fill(codesTo(server, MOBILE).at(-1) as string);
}

describeBrowser('events on a phone', () => {
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

  it('a truck driver sees the roadside station first, signs up with a phone code, shows the entry code, checks in at the door and says how it was', {
    timeout: 180_000,
  }, async () => {
    const listed = await publicEvents(server.url);
    const roadside = listed.find((e) => e.kind === 'roadside_station' && e.placesLeft > 0) as ApiEvent;
    expect(roadside, 'the demo season has a roadside station open for sign-up').toBeDefined();
    // Invitation-only events are not listed without their token.
    expect(listed.every((e) => e.visibility === 'open')).toBe(true);

    const context = await phone(browser);
    await context.addInitScript(() =>
      localStorage.setItem('carnation.audiences', JSON.stringify(['truck_driver'])),
    );
    const page = await context.newPage();

    // Home → 活动与讲座: the roadside station first for a driver, marked 适合您.
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: /活动与讲座/ }).click();
    await page.waitForURL(/\/events$/);
    const first = page.locator('.event-card').first();
    await first.waitFor();
    await expect.poll(() => first.getAttribute('data-kind')).toBe('roadside_station');
    expect(await first.textContent()).toContain('适合您');
    await screenshot(page, 'events-list-driver');

    // The kind chip keeps the filter in the address.
    await page.getByRole('button', { name: '路上心灵驿站' }).click();
    await page.waitForURL(/kind=roadside_station/);
    expect(
      await page.locator('.event-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-kind'))),
    ).toEqual(expect.arrayContaining(['roadside_station']));

    // The event: sign up with a phone code; the consent is asked for separately, never ticked for the worker.
    await page.locator(`.event-card[data-event="${roadside.id}"]`).click();
    await page.getByRole('heading', { name: roadside.title }).waitFor();
    await proveByPhone(page, server);
    await page.getByRole('button', { name: '报名', exact: true }).click();
    await page.getByText('请先勾选同意，才能报名').waitFor();
    await page.getByLabel('我同意为这次报名使用上面的信息').check();
    await page.getByRole('button', { name: '报名', exact: true }).click();
    await page.getByRole('heading', { name: '报名成功' }).waitFor();
    await page.locator('.ticket-code').waitFor();
    await screenshot(page, 'events-registered');
    // The phone keeps the registration's id only: never the number, a code or the ticket.
    const kept = await page.evaluate(() => localStorage.getItem('carnation.events.mine') ?? '');
    expect(JSON.parse(kept).ids).toHaveLength(1);
    expect(kept).not.toContain(MOBILE);
    expect(kept).not.toContain('carnation-event:');

    // 我的活动: the proof is still in memory, so the list opens at once, with the entry code.
    await page.getByRole('link', { name: '看我的活动' }).click();
    const card = page.locator('.registration-card').first();
    await card.waitFor();
    expect(await card.getAttribute('data-status')).toBe('registered');
    await card.getByRole('button', { name: '出示入场码' }).click();
    await card.locator('.ticket-code').waitFor();

    // The day: the event starts in a few minutes' time… (moved here, with a door poster's code set).
    const code = 'abcd-efgh-jkmn';
    await server.database.db
      .update(groupEvents)
      .set({
        startsAt: new Date(Date.now() - 10 * MINUTE),
        endsAt: new Date(Date.now() + 50 * MINUTE),
        doorCodeHash: doorCodeHash(roadside.id, code),
      })
      .where(eq(groupEvents.id, roadside.id));

    // …and the worker scans the poster at the door: the code leaves the address bar, 签到成功.
    await page.goto(`${server.url}/events/${roadside.id}/checkin#c=${code.toUpperCase()}`);
    await page.getByRole('heading', { name: '证明是你本人' }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    await proveByPhone(page, server);
    await page.getByRole('button', { name: '活动签到' }).last().click();
    await page.getByRole('heading', { name: '签到成功' }).waitFor();
    await screenshot(page, 'events-checked-in');

    // Afterwards: feedback, anonymous by default.
    await page.getByRole('link', { name: '我的活动', exact: true }).click();
    const attended = page.locator(`.registration-card[data-status="registered"]`).first();
    await attended.getByRole('button', { name: '5 颗星' }).click();
    expect(await attended.getByLabel(/匿名评价/).isChecked()).toBe(true);
    await attended.getByRole('button', { name: '提交评价' }).click();
    await page.getByText('谢谢你的评价！').waitFor();
    await context.close();
  });

  it('a worker from an invited workplace opens its invitation link; the token leaves the address bar', {
    timeout: 60_000,
  }, async () => {
    const context = await phone(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/events?invite=not-a-real-token`);
    await page.locator('.event-card, .status-box').first().waitFor();
    expect(page.url()).not.toContain('invite=');
    await context.close();
  });
});
