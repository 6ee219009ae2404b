import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signIn } from './console-steps';
import {
  describeBrowser,
  desktop,
  launchBrowser,
  phone,
  type RunningServer,
  screenshot,
  startServer,
} from './harness';

const CITY_STATION = '市职工服务中心心灵驿站';
const MOBILE = '13800138000';
const HOUR = 3_600_000;

interface ApiSlot {
  id: string;
  startsAt: string;
  counsellor: { name: string };
}

/** The city station and its open slots, as the public API lists them. */
async function cityStation(url: string): Promise<{ id: string; slots: ApiSlot[] }> {
  const points = (await (await fetch(`${url}/api/v1/service-points`)).json()) as {
    servicePoints: { id: string; name: string }[];
  };
  const id = points.servicePoints.find((p) => p.name === CITY_STATION)?.id as string;
  const { slots } = (await (await fetch(`${url}/api/v1/service-points/${id}/slots`)).json()) as {
    slots: ApiSlot[];
  };
  return { id, slots };
}

/** The six digits of the newest text message to a number. */
const smsCode = (server: RunningServer, to: string) => /(\d{6})/.exec(server.sms.lastTo(to)?.body ?? '')?.[1];

/** A slot button on the page (the list shows the first days; the rest behind "more"). */
async function slotLink(page: Page, slotId: string) {
  const link = page.locator(`a.slot-button[href$="/book/${slotId}"]`);
  await page.locator('.slot-button').first().waitFor();
  if ((await link.count()) === 0) await page.getByRole('button', { name: /看更多日期/ }).click();
  return link;
}

describeBrowser('counselling on a phone', () => {
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

  it('a worker finds the nearest station, books 王老师 with a phone code, gets a reminder, and moves the time', {
    timeout: 150_000,
  }, async () => {
    const context: BrowserContext = await phone(browser);
    await context.grantPermissions(['geolocation'], { origin: server.url });
    await context.setGeolocation({ latitude: 33.9601, longitude: 116.7985 });
    const page = await context.newPage();

    // A slot of 王老师 more than a day ahead, so that its day-before reminder is still to come.
    const city = await cityStation(server.url);
    const slot = city.slots.find(
      (s) => s.counsellor.name === '王老师' && Date.parse(s.startsAt) > Date.now() + 26 * HOUR,
    ) as ApiSlot;
    expect(slot).toBeDefined();

    // Home → 找心理咨询: the phone's location (allowed) ranks the stations, the city station first.
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: /找心理咨询/ }).click();
    const locate = page.getByRole('button', { name: /用我的位置/ });
    const located = page.getByText('已按你现在的位置，从近到远排好。');
    await Promise.race([locate.waitFor(), located.waitFor()]);
    if (await locate.isVisible()) await locate.click();
    await located.waitFor();
    const first = page.locator('.point-card').first();
    await expect.poll(() => first.locator('.point-name').textContent()).toBe(CITY_STATION);
    expect(await first.getByText('15分钟内可到').isVisible()).toBe(true);
    expect(await first.getByText(/最近可约：/).isVisible()).toBe(true);
    // The phone and video line has no place: shown apart, without a distance.
    expect(await page.getByRole('heading', { name: '不方便到场？可以电话或视频咨询' }).isVisible()).toBe(
      true,
    );
    expect(await page.locator('a[href="/help"]').first().isVisible()).toBe(true);
    await screenshot(page, 'booking-e2e-find');

    // The station: its free times by day; 王老师's slot.
    await first.getByRole('link', { name: /看看时间，预约/ }).click();
    await page.getByRole('heading', { level: 2, name: CITY_STATION }).waitFor();
    expect(await page.getByRole('heading', { name: '王老师' }).isVisible()).toBe(true);
    await (await slotLink(page, slot.id)).click();

    // Topic, way of talking, the phone and its code, the consent.
    await page.getByRole('heading', { name: '你选的时间' }).waitFor();
    expect(await page.getByText('咨询师：王老师', { exact: false }).isVisible()).toBe(true);
    const book = page.getByRole('button', { name: '确认预约' });
    await book.click();
    expect(await page.getByText('请选一个方向').isVisible()).toBe(true);
    await page.getByRole('radio', { name: '工作' }).check();
    await page.getByRole('radio', { name: '到驿站当面聊' }).check();
    await page.getByLabel('手机号', { exact: true }).fill('138 0013 8000');
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByText('验证码已发到 138****8000', { exact: false }).waitFor();
    const code = smsCode(server, MOBILE) as string;
    expect(code).toMatch(/^\d{6}$/);
    await page.getByLabel('短信验证码（6 位数字）').fill(code);
    expect(await page.getByRole('checkbox', { name: /我看过了/ }).isChecked()).toBe(false);
    await page.getByRole('checkbox', { name: /我看过了/ }).check();
    const booked = page.waitForResponse((r) => r.url().endsWith('/api/v1/bookings') && r.status() === 201);
    await book.click();
    const booking = (await (await booked).json()) as { id: string; slot: { startsAt: string } };
    expect((await booked).request().headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(booking.slot.startsAt).toBe(slot.startsAt);

    // The confirmation: the time at the station's clock, the place, what to bring, the reminders, changing it.
    await page.getByRole('heading', { name: '预约成功' }).waitFor();
    const hhmm = (iso: string) =>
      new Intl.DateTimeFormat('zh-CN', {
        timeZone: 'Asia/Shanghai',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(iso));
    const oldWhen = (await page.locator('.facts-when').textContent()) ?? '';
    expect(oldWhen).toContain(hhmm(slot.startsAt));
    for (const text of ['要准备什么', '我们会发短信提醒你：', '想改时间或取消'])
      expect(await page.getByText(text).first().isVisible()).toBe(true);
    expect(await page.getByText(CITY_STATION).first().isVisible()).toBe(true);
    expect(page.url()).not.toContain(code);
    // The phone keeps the booking's id and the masked number only.
    const kept = await page.evaluate(() => localStorage.getItem('carnation.counselling.mine'));
    expect(kept).toContain(booking.id);
    expect(kept).toContain('138****8000');
    expect(kept).not.toContain(MOBILE);
    expect(kept).not.toContain(code);
    await screenshot(page, 'booking-e2e-confirmation');

    // 23 hours before: the day-before reminder goes to that phone, with the place and without the topic.
    const { sent } = await server.runReminders(new Date(Date.parse(slot.startsAt) - 23 * HOUR));
    expect(sent).toBeGreaterThanOrEqual(1);
    const reminder = server.sms.messages.find((m) => m.to === MOBILE && m.purpose === 'reminder');
    expect(reminder?.body).toContain(CITY_STATION);
    expect(reminder?.body).not.toContain('工作');

    // My appointments (the code still in memory): change the time to another day.
    await page.getByRole('link', { name: '去“我的预约”' }).first().click();
    await page.getByRole('heading', { name: '还没到的预约' }).waitFor();
    await page.getByRole('link', { name: '改时间' }).click();
    await page.getByRole('heading', { name: '选一个新的时间' }).waitFor();
    // Another time of 王老师 (the booked one is no longer listed), so that she sees the move in the console.
    const other = page.locator('.slot-button').filter({ hasText: '王老师' }).first();
    const newTime = (await other.locator('.slot-time').textContent()) ?? '';
    await other.click();
    await page.getByRole('button', { name: '确定改到这个时间' }).click();
    await page.getByRole('heading', { name: '时间改好了' }).waitFor();
    const newWhen = (await page.locator('.facts-when').textContent()) ?? '';
    expect(newWhen).toContain(newTime);
    expect(newWhen).not.toBe(oldWhen);
    await screenshot(page, 'booking-e2e-rescheduled');

    // The server agrees: the new booking open, the old one cancelled.
    const mine = (await (
      await fetch(`${server.url}/api/v1/bookings`, { headers: { 'x-phone': MOBILE, 'x-phone-code': code } })
    ).json()) as { bookings: { id: string; status: string; rescheduledFrom: string | null }[] };
    expect(mine.bookings.find((b) => b.id === booking.id)?.status).toBe('cancelled');
    const moved = mine.bookings.find((b) => b.rescheduledFrom === booking.id) as unknown as {
      id: string;
      status: string;
      slot: { startsAt: string };
    };
    expect(moved.status).toBe('booked');
    await context.close();

    // 王老师 sees the moved appointment on that day in the console, with the topic the worker chose.
    const desk = await (await desktop(browser)).newPage();
    await signIn(desk, server.url, server.credential('counsellor'));
    const day = new Date(Date.parse(moved.slot.startsAt) + 8 * HOUR).toISOString().slice(0, 10);
    await desk.goto(`${server.url}/console/appointments?view=week&date=${day}`);
    await desk.locator('[data-testid="calendar"][aria-busy="false"]').waitFor();
    const entry = desk.locator('.console-entry-booked').filter({ hasText: hhmm(moved.slot.startsAt) });
    await entry.first().waitFor();
    await entry.first().click();
    const drawer = desk.locator('.ant-drawer');
    await drawer.getByText('工作', { exact: true }).waitFor();
    expect(await drawer.textContent()).toContain('138****8000');
    await screenshot(desk, 'booking-e2e-console');
    await desk.context().close();
  });

  it('shows the booking page in English on a phone set to English', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      locale: 'en',
    });
    // The app opens in Chinese unless the worker chose English (kept on the phone, as Settings does).
    await context.addInitScript(() => localStorage.setItem('carnation.lang', 'en'));
    const page = await context.newPage();
    const city = await cityStation(server.url);
    const slot = city.slots.at(-1) as ApiSlot;
    await page.goto(`${server.url}/stations/${city.id}/book/${slot.id}`);
    await page.getByRole('heading', { level: 1, name: 'Book counselling' }).waitFor();
    // The form comes with the slot's answer, a moment after the heading.
    for (const text of ['What would you like to talk about?', 'How we know it is you', 'What we keep'])
      await page.getByText(text).waitFor();
    expect(await page.getByRole('button', { name: 'Book this time' }).isVisible()).toBe(true);
    expect(await page.locator('.book-form').textContent()).not.toMatch(/[\u4e00-\u9fff]/);
    await screenshot(page, 'booking-e2e-en');
    await context.close();
  });
});
