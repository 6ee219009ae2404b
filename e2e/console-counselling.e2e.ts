import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays, isoWeekday } from '../src/core/booking/recurrence';
import { localDateOf, localTimeOf, nextStep } from '../src/web/console/lib/zoned-calendar';
import { signIn } from './console-steps';
import {
  describeBrowser,
  desktop,
  launchBrowser,
  type RunningServer,
  screenshot,
  startServer,
} from './harness';

const ZONE = 'Asia/Shanghai';

/** An antd date or time field: type the value and confirm it. */
async function typeInto(field: Locator, value: string): Promise<void> {
  await field.click();
  await field.fill(value);
  await field.press('Enter');
}

/** Chooses an option of an antd Select opened from its field. */
async function choose(page: Page, field: Locator, option: string): Promise<void> {
  await field.click();
  await page.locator('.ant-select-item-option', { hasText: option }).first().click();
}

/** Waits until the appointments calendar has its answer. */
const calendarLoaded = (page: Page) => page.locator('[data-testid="calendar"][aria-busy="false"]').waitFor();

/** The message antd shows after an action. */
const notice = (page: Page, text: string | RegExp) => page.locator('.ant-message').getByText(text);

/** A staff API call from the signed-in page, with its session cookie and CSRF token (set-up the UI does not cover). */
async function staffApi(
  page: Page,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = await (await fetch('/api/v1/auth/session')).json();
      const res = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, json: await res.json() };
    },
    { method, path, body },
  );
}

/** Opens the city station's 签到二维码, confirms, and returns the code the poster shows. */
async function renewPoster(page: Page): Promise<string> {
  const card = page.getByTestId('service-point').filter({ hasText: '市职工服务中心心灵驿站' });
  await card.getByRole('button', { name: '签到二维码' }).click();
  const confirm = page.locator('.ant-modal-confirm');
  await confirm.getByText('之前打印张贴的签到海报会立即失效').waitFor();
  await confirm.getByRole('button', { name: '生成新码' }).click();
  const code = page.getByTestId('checkin-code');
  await code.waitFor();
  return (await code.textContent()) ?? '';
}

describeBrowser('console: rosters, appointments and the calendar feed', () => {
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

  it('a station manager puts 王老师 on a Friday duty at the city station and closes it for a holiday', {
    timeout: 150_000,
  }, async () => {
    const page = await (await desktop(browser)).newPage();
    await signIn(page, server.url, server.credential('station_manager'));
    await page.getByRole('link', { name: '值班排班' }).first().click();
    // The city station comes first, with the demo's duty: 王老师 on Tuesday and Thursday afternoons.
    await page.getByText('市职工服务中心心灵驿站').first().waitFor();
    const tuesdays = page.locator('.ant-table-row').filter({ hasText: '每周二、周四' });
    await tuesdays.waitFor();
    expect(await tuesdays.textContent()).toContain('王老师');

    await page.getByRole('button', { name: '新增排班' }).click();
    const dialog = page.getByRole('dialog');
    await choose(page, dialog.locator('#roster_counsellorId'), '王老师');
    await choose(page, dialog.locator('#roster_roomId'), '沙盘室');
    // Weekly is chosen; Friday only, whatever weekday the form started from.
    for (const day of ['周一', '周二', '周三', '周四', '周六', '周日'])
      await dialog.getByRole('checkbox', { name: day, exact: true }).uncheck();
    await dialog.getByRole('checkbox', { name: '周五', exact: true }).check();
    await typeInto(dialog.locator('#roster_start'), '09:00');
    await typeInto(dialog.locator('#roster_end'), '12:00');
    await dialog.getByRole('checkbox', { name: '视频', exact: true }).check();
    const preview = dialog.getByTestId('roster-preview');
    await expect.poll(() => preview.textContent()).toContain('每周五 09:00–12:00，每次值班 3 个预约时段');
    expect(await preview.textContent()).toContain('接下来：');
    await screenshot(page, 'console-counselling-e2e-roster-form');
    await dialog.getByRole('button', { name: '新建', exact: true }).click();
    await notice(page, /已新增排班，生成了 \d+ 个可预约时段/).waitFor();

    const friday = page.locator('.ant-table-row').filter({ hasText: '每周五' });
    await friday.waitFor();
    const row = (await friday.textContent()) ?? '';
    expect(row).toContain('王老师');
    expect(row).toContain('09:00–12:00');
    expect(row).toContain('沙盘室');
    expect(row).toContain('视频');

    // A holiday on the first Tuesday at least three days ahead: 王老师's three slots that day are withdrawn.
    const today = localDateOf(new Date(), ZONE);
    let holiday = addDays(today, 3);
    while (isoWeekday(holiday) !== 2) holiday = addDays(holiday, 1);
    const exceptions = page.getByTestId('exceptions');
    await exceptions.getByRole('button', { name: '登记停诊' }).click();
    const add = page.getByRole('dialog');
    await typeInto(add.locator('#roster-exception_date'), holiday);
    await add.getByLabel('原因（选填）').fill('调休放假');
    await add.getByRole('button', { name: '保存', exact: true }).click();
    await notice(page, '已登记停诊，撤下 3 个空闲时段').waitFor();
    const closed = exceptions.locator('.ant-table-row').filter({ hasText: '调休放假' });
    await closed.waitFor();
    expect(await closed.textContent()).toContain('整个驿站停诊（节假日）');
    await screenshot(page, 'console-counselling-e2e-rosters');
    await page.context().close();
  });

  it('a counsellor sees the week’s open slots, blocks an hour, records a walk-in and subscribes to the calendar', {
    timeout: 150_000,
  }, async () => {
    const page = await (await desktop(browser)).newPage();
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname + new URL(r.url()).search));
    await signIn(page, server.url, server.credential('counsellor'));
    await page.getByTestId('today-appointments').waitFor();
    // The home page counts the day without reading (and auditing) what workers shared in the calendar.
    expect(asked.some((u) => u.startsWith('/api/v1/appointments/summary?date='))).toBe(true);
    expect(asked.filter((u) => u.startsWith('/api/v1/appointments?'))).toEqual([]);
    await page.getByRole('link', { name: '预约日程' }).first().click();
    await page.getByText('职工同意分享的话题和体检结果只有您本人能看到').waitFor();
    await calendarLoaded(page);

    // Late in the week the rest of it may hold no duty: the next week does. (Open slots already over — the
    // demo's past year has some nobody booked — can no longer be blocked.)
    const open = page.locator('.console-entry-open:not(.console-entry-past)');
    if ((await open.count()) === 0) {
      const period = page.getByTestId('period');
      const thisWeek = await period.textContent();
      await page.getByRole('button', { name: '下一周' }).click();
      await expect.poll(() => period.textContent()).not.toBe(thisWeek);
      await calendarLoaded(page);
    }
    expect(await open.count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('summary').textContent()).toMatch(/空闲时段 [1-9]\d*/);

    // Block an hour from the first open slot: it is withdrawn and shows as blocked time.
    await open.first().click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByText('职工可预约').waitFor();
    await drawer.getByRole('button', { name: '占用这段时间' }).click();
    const block = page.getByRole('dialog').filter({ hasText: '占用时间' });
    await block.locator('#block-time_minutes').fill('60');
    await block.locator('#block-time_note').fill('参加督导培训');
    await block.getByRole('button', { name: '保存', exact: true }).click();
    await notice(page, '已占用这段时间').waitFor();
    const blocked = page.locator('.console-entry-blocked');
    await blocked.first().waitFor();
    expect(await blocked.count()).toBe(1);
    await screenshot(page, 'console-counselling-e2e-week');

    // Freed again, the roster's slot comes back.
    await blocked.first().click();
    await drawer.getByText('参加督导培训').waitFor();
    await drawer.getByRole('button', { name: '释放这段时间' }).click();
    await page.locator('.ant-popover').getByRole('button', { name: '释放这段时间' }).click();
    await notice(page, '已释放，重新开放了 1 个预约时段').waitFor();
    await expect.poll(() => blocked.count()).toBe(0);

    // A worker walks in: recorded to start in about ten minutes, then marked as attended.
    const start = nextStep(new Date(Date.now() + 8 * 60_000), 5, ZONE);
    await page.getByRole('button', { name: '登记来访' }).click();
    const walkIn = page.getByRole('dialog').filter({ hasText: '登记现场来访' });
    await choose(page, walkIn.locator('#walk-in_servicePointId'), '市职工服务中心心灵驿站');
    await typeInto(walkIn.locator('#walk-in_date'), start.date);
    await typeInto(walkIn.locator('#walk-in_time'), start.time);
    await walkIn.getByText('家庭', { exact: true }).click();
    await walkIn.getByRole('button', { name: '保存', exact: true }).click();
    await notice(page, '已登记来访').waitFor();
    await calendarLoaded(page);
    const booked = page.locator('.console-entry-booked');
    await booked.first().waitFor();
    await booked.first().click();
    await drawer.getByText('现场来访').waitFor();
    expect(await drawer.textContent()).toContain(`${start.time}–`);
    await drawer.getByRole('button', { name: '已到访' }).click();
    await notice(page, '已标记为到访').waitFor();
    await page.locator('.console-entry-attended').first().waitFor();
    await drawer.getByRole('button', { name: '改回“已预约”' }).waitFor();
    await page.keyboard.press('Escape');

    // The calendar feed: a secret address to paste into a calendar app, with times and places only.
    const feed = page.getByTestId('calendar-feed');
    await feed.getByRole('button', { name: '开启日历订阅' }).click();
    const address = feed.getByLabel('订阅地址');
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/calendar-feeds\/[A-Za-z0-9_-]{32}\.ics$/);
    expect(await feed.getByText('这个地址相当于一把钥匙').isVisible()).toBe(true);
    await feed.getByText(/已开启/).waitFor();
    await screenshot(page, 'console-counselling-e2e-feed');

    const ics = await fetch(url);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const text = await ics.text();
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('BEGIN:VEVENT');
    expect(text).toContain('市职工服务中心心灵驿站');
    for (const word of ['家庭', 'family', '其他', '工作', '人际关系']) expect(text).not.toContain(word);

    // Renewing the address revokes the old one.
    await feed.getByRole('button', { name: '重新生成地址' }).click();
    await page.locator('.ant-popover').getByRole('button', { name: '重新生成地址' }).click();
    await expect.poll(() => address.inputValue()).not.toBe(url);
    expect((await fetch(url)).status).toBe(404);
    await page.context().close();
  });

  it('a station manager prints a new check-in poster; a worker checks in with its code and the calendar shows it', {
    timeout: 150_000,
  }, async () => {
    const page = await (await desktop(browser)).newPage();
    await signIn(page, server.url, server.credential('station_manager'));
    await page.getByRole('link', { name: '驿站与咨询师' }).first().click();

    // The first poster, then a new one: the new code replaces the old.
    const first = await renewPoster(page);
    const poster = page.getByTestId('checkin-poster');
    await page.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
    await poster.waitFor({ state: 'detached' });
    const code = await renewPoster(page);
    expect(code).toMatch(/^[A-Z2-9]{4} [A-Z2-9]{4} [A-Z2-9]{4}$/);
    expect(code).not.toBe(first);
    const text = (await poster.textContent()) ?? '';
    for (const words of ['市职工服务中心心灵驿站', '到达后请用手机扫码签到', 'Scan when you arrive'])
      expect(text).toContain(words);
    const qr = poster.getByRole('img', { name: '市职工服务中心心灵驿站的签到二维码' });
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(await page.getByRole('dialog').getByText('新的签到码只显示这一次').isVisible()).toBe(true);
    await screenshot(page, 'console-counselling-e2e-checkin-poster');
    // Printed, only the poster shows.
    await page.emulateMedia({ media: 'print' });
    expect(await poster.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
    expect(await page.getByTestId('current-user').evaluate((el) => getComputedStyle(el).visibility)).toBe(
      'hidden',
    );
    await page.emulateMedia({ media: 'screen' });
    await page.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();

    // A worker with a time at the city station in a few minutes checks in with the poster's code. The set-up
    // (no minimum notice, a one-off duty) goes through the API; near midnight there is no time left today.
    const today = localDateOf(new Date(), ZONE);
    const start = nextStep(new Date(Date.now() + 2 * 60_000), 5, ZONE);
    if (start.date !== today || start.time > '23:40') return;
    const points = (await staffApi(page, 'GET', '/api/v1/managed-service-points')).json.servicePoints as {
      id: string;
      kind: string;
    }[];
    const city = points.find((p) => p.kind === 'city_station')?.id as string;
    expect(
      (await staffApi(page, 'PATCH', `/api/v1/managed-service-points/${city}`, { minNoticeMinutes: 0 }))
        .status,
    ).toBe(200);
    const counsellors = (await staffApi(page, 'GET', '/api/v1/counsellors')).json.counsellors as {
      id: string;
    }[];
    const [h, m] = start.time.split(':').map(Number) as [number, number];
    const end = `${String(h + (m + 15 >= 60 ? 1 : 0)).padStart(2, '0')}:${String((m + 15) % 60).padStart(2, '0')}`;
    // The first counsellor free then (a clash with another duty makes no slot).
    let slotCreated = false;
    for (const c of counsellors) {
      const roster = await staffApi(page, 'POST', '/api/v1/rosters', {
        servicePointId: city,
        counsellorId: c.id,
        rule: { freq: 'once', date: today },
        startTime: start.time,
        endTime: end,
        validFrom: today,
        slotMinutes: 15,
        bufferMinutes: 0,
      });
      expect(roster.status).toBe(201);
      if ((roster.json.slotsCreated as number) > 0) {
        slotCreated = true;
        break;
      }
    }
    expect(slotCreated).toBe(true);
    const { slots } = (await (await fetch(`${server.url}/api/v1/service-points/${city}/slots`)).json()) as {
      slots: { id: string; startsAt: string }[];
    };
    const slot = slots.find(
      (s) => s.startsAt === new Date(`${start.date}T${start.time}:00+08:00`).toISOString(),
    );
    expect(slot).toBeDefined();
    const phone = '13900139111';
    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    await post('/api/v1/phone-verifications', { phone });
    const phoneCode = (server.sms.lastTo(phone)?.body.match(/\d{6}/) ?? [''])[0] as string;
    const booking = (await (
      await post('/api/v1/bookings', {
        slot: slot?.id,
        topic: 'work',
        mode: 'in_person',
        phone,
        code: phoneCode,
        consent: true,
      })
    ).json()) as { id: string };
    const who = { 'x-phone': phone, 'x-phone-code': phoneCode };
    const stale = await post(`/api/v1/bookings/${booking.id}/check-in`, { code: first }, who);
    expect(((await stale.json()) as { error: { code: string } }).error.code).toBe('invalid_checkin_code');
    // Typed as printed: capitals in groups of four.
    const arrived = await post(`/api/v1/bookings/${booking.id}/check-in`, { code }, who);
    expect(arrived.status).toBe(200);
    const checkedInAt = ((await arrived.json()) as { checkedInAt: string }).checkedInAt;
    const time = localTimeOf(checkedInAt, ZONE);
    await staffApi(page, 'PATCH', `/api/v1/managed-service-points/${city}`, { minNoticeMinutes: 120 });

    // The station manager's calendar shows the arrival: on the day's card, and in the week's side panel.
    await page.goto(`${server.url}/console/appointments?view=day&point=${city}`);
    await calendarLoaded(page);
    const tag = page.getByTestId('day-agenda').getByTestId('checked-in');
    await tag.waitFor();
    expect(await tag.textContent()).toBe(`已签到 ${time}`);
    await screenshot(page, 'console-counselling-e2e-checked-in-day');
    await page.getByText('周', { exact: true }).click();
    await calendarLoaded(page);
    const chip = page.locator('.console-entry').filter({ hasText: `已签到 ${time}` });
    await chip.click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByText('签到', { exact: true }).waitFor();
    expect(await drawer.getByTestId('checked-in').textContent()).toBe(`已签到 ${time}`);
    // The panel slides in: let it settle before the picture.
    await drawer.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    await screenshot(page, 'console-counselling-e2e-checked-in-week');
    await page.context().close();
  });
});
