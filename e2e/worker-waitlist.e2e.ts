import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
  request,
} from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeBrowser,
  freshTotp,
  launchBrowser,
  phone,
  type RunningServer,
  screenshot,
  startServer,
} from './harness';

const COUNTY = '濉溪县职工心灵驿站';
const MOBILE = '13900139000';
const MINUTE = 60_000;
// The county station's clock (Asia/Shanghai) keeps no summer time: UTC+8 all year.
const SHANGHAI_MS = 8 * 60 * MINUTE;
const CALM = {
  phq4: [0, 0, 0, 0],
  who5: [4, 4, 4, 4, 4],
  cbi_work: [0, 0, 0, 25, 25, 0, 100],
  ucla3: [1, 1, 1],
};

interface ApiSlot {
  id: string;
  startsAt: string;
  endsAt: string;
  counsellor: { id: string; name: string };
}

async function call<T>(
  server: RunningServer,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: T }> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as T };
}

/** An anonymous worker with a check-up retrieval code, as after a check-up. */
async function retrievalCode(server: RunningServer): Promise<string> {
  const r = await call<{ retrievalCode: string }>(server, 'POST', '/api/v1/submissions', {
    checkup: 'default',
    answers: CALM,
    lang: 'zh-CN',
  });
  expect(r.status).toBe(201);
  return r.json.retrievalCode;
}

/** A booking made through the public API with a retrieval code. */
async function book(server: RunningServer, slot: string, code: string): Promise<{ id: string }> {
  const r = await call<{ id: string }>(
    server,
    'POST',
    '/api/v1/bookings',
    { slot, topic: 'work', mode: 'in_person', consent: true, lang: 'zh-CN', retrievalCode: code },
    { 'idempotency-key': randomUUID() },
  );
  expect(r.status, JSON.stringify(r.json)).toBe(201);
  return r.json;
}

async function countyStation(server: RunningServer): Promise<{ id: string; slots: ApiSlot[] }> {
  const points = await call<{ servicePoints: { id: string; name: string }[] }>(
    server,
    'GET',
    '/api/v1/service-points',
  );
  const id = points.json.servicePoints.find((p) => p.name === COUNTY)?.id as string;
  const { json } = await call<{ slots: ApiSlot[] }>(server, 'GET', `/api/v1/service-points/${id}/slots`);
  return { id, slots: json.slots };
}

/** The calendar day (YYYY-MM-DD) and "HH:MM" of an instant at the station's clock. */
const dayAt = (instant: string | number) =>
  new Date(new Date(instant).getTime() + SHANGHAI_MS).toISOString().slice(0, 10);
const hhmm = (instant: string | number) =>
  new Date(new Date(instant).getTime() + SHANGHAI_MS).toISOString().slice(11, 16);

/** The six digits of the newest code texted to a number. */
const smsCode = (server: RunningServer, to: string) =>
  /(\d{6})/.exec(
    server.sms.messages.filter((m) => m.to === to && m.purpose === 'verification').at(-1)?.body ?? '',
  )?.[1] as string;

/** The demo's station manager, signed in through the API (password and TOTP), with the session's CSRF token. */
async function stationManager(server: RunningServer): Promise<{ api: APIRequestContext; csrf: string }> {
  const manager = server.credential('station_manager');
  const api = await request.newContext({ baseURL: server.url });
  const session = await api.post('/api/v1/auth/session', {
    data: { login: manager.login, password: manager.password, totp: await freshTotp(manager.totpSecret) },
  });
  expect(session.status()).toBe(200);
  return { api, csrf: ((await session.json()) as { csrfToken: string }).csrfToken };
}

/**
 * One 15-minute time at the station's clock from `from` (on a five-minute step): its day and hours for a
 * duty roster that happens once. One that would run past midnight starts at midnight instead (at most ten
 * minutes later).
 */
function onceAt(from: number) {
  let start = Math.ceil(from / (5 * MINUTE)) * 5 * MINUTE;
  const minuteOfDay = ((start + SHANGHAI_MS) % (1440 * MINUTE)) / MINUTE;
  if (minuteOfDay + 15 > 1440) start += (1440 - minuteOfDay) * MINUTE;
  const startMinute = ((start + SHANGHAI_MS) % (1440 * MINUTE)) / MINUTE;
  return {
    start,
    date: dayAt(start),
    startTime: hhmm(start),
    endTime: startMinute + 15 === 1440 ? '24:00' : hhmm(start + 15 * MINUTE),
  };
}

/** Proves who one is on the check-in page with a check-up code (as in "my appointments"). */
async function proveWithCode(page: Page, code: string, lang: 'zh-CN' | 'en' = 'zh-CN') {
  const en = lang === 'en';
  await page.getByRole('radio', { name: en ? 'Check-up code' : '用体检取回码' }).check();
  await page.getByLabel(en ? 'Check-up code (16 characters)' : '取回码（16 位）').fill(code);
  await page.getByRole('button', { name: en ? 'Show my appointments' : '查看我的预约' }).click();
}

describeBrowser('waiting for a full day, and checking in at the station', () => {
  let server: RunningServer;
  let browser: Browser;
  let staff: { api: APIRequestContext; csrf: string };
  let county: string;
  let poster: { code: string; link: string };

  beforeAll(async () => {
    mkdirSync('.tmp/screenshots', { recursive: true });
    server = await startServer();
    browser = await launchBrowser();
    staff = await stationManager(server);
    county = (await countyStation(server)).id;
    // The station's poster: a fresh check-in code, its QR opening /checkin with the code in the fragment.
    const made = await staff.api.post(`/api/v1/managed-service-points/${county}/check-in-code`, {
      headers: { 'x-csrf-token': staff.csrf },
    });
    expect(made.status()).toBe(201);
    poster = (await made.json()) as { code: string; link: string };
    expect(poster.link).toBe(`${server.url}/checkin#p=${county}&c=${poster.code}`);
  });

  afterAll(async () => {
    await staff?.api.dispose();
    await browser?.close();
    await server?.close();
  });

  it('a worker waits for a full day at the county station, is texted when a time comes free, and takes it', {
    timeout: 150_000,
  }, async () => {
    // The county station's next day on duty (the 1st and 3rd Thursday, 9:00–12:00) after today, filled by
    // three workers who booked with their check-up codes.
    const station = await countyStation(server);
    const today = dayAt(Date.now());
    const day = station.slots.map((s) => dayAt(s.startsAt)).find((d) => d > today) as string;
    expect(day).toBeDefined();
    const full = station.slots.filter((s) => dayAt(s.startsAt) === day);
    expect(full.length).toBeGreaterThan(0);
    const holders: { code: string; booking: { id: string }; slot: ApiSlot }[] = [];
    for (const slot of full) {
      const code = await retrievalCode(server);
      holders.push({ code, slot, booking: await book(server, slot.id, code) });
    }
    const otherFree = station.slots.map((s) => dayAt(s.startsAt)).find((d) => d !== day);

    const context: BrowserContext = await phone(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/stations/${county}`);
    await page.getByRole('heading', { level: 2, name: COUNTY }).waitFor();
    await page.getByRole('heading', { name: '想约的那天满了？' }).waitFor();
    expect(await page.locator(`a.slot-button[href$="/book/${full[0]?.id}"]`).count()).toBe(0);
    await screenshot(page, 'waitlist-e2e-station');

    // The waiting list: the next four weeks' days, those with free times not to be picked (book instead).
    await page.getByRole('link', { name: '排队等候' }).click();
    await page.getByRole('heading', { level: 1, name: '排队等候' }).waitFor();
    // The days come with the station's free times, a moment after the heading.
    await expect.poll(() => page.locator('button.wait-day').count()).toBe(28);
    if (otherFree) await expect.poll(() => page.locator(`[data-day="${otherFree}"]`).isDisabled()).toBe(true);
    await expect.poll(() => page.locator(`[data-day="${day}"]`).isDisabled()).toBe(false);

    // Who they are (a phone and its code), a topic, the consent; first a day nobody is on duty.
    const days = await page
      .locator('button.wait-day:not([disabled])')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-day') as string));
    const noDuty = days.find((d) => new Date(`${d}T12:00:00Z`).getUTCDay() !== 4) as string;
    await page.locator(`[data-day="${noDuty}"]`).click();
    await page.getByText('你选的是：').waitFor();
    await page.getByRole('radio', { name: '家庭' }).check();
    await page.getByLabel('手机号', { exact: true }).fill('139 0013 9000');
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByText('验证码已发到 139****9000', { exact: false }).waitFor();
    const code = smsCode(server, MOBILE);
    expect(code).toMatch(/^\d{6}$/);
    await page.getByLabel('短信验证码（6 位数字）').fill(code);
    await page.getByRole('checkbox', { name: /我看过了/ }).check();
    const submit = page.getByRole('button', { name: '排队', exact: true });
    await submit.click();
    await page.getByText('这天没有咨询师值班，排不了队。', { exact: false }).waitFor();
    await screenshot(page, 'waitlist-e2e-no-duty');

    // The full day: in line, first.
    await page.locator(`[data-day="${day}"]`).click();
    expect(await page.getByText('这天没有咨询师值班').count()).toBe(0);
    await screenshot(page, 'waitlist-e2e-join');
    const joined = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/waitlist') && r.request().method() === 'POST' && r.status() === 201,
    );
    await submit.click();
    const entry = (await (await joined).json()) as {
      id: string;
      status: string;
      date: string;
      position: number;
    };
    expect(entry).toMatchObject({ status: 'waiting', date: day, position: 1 });
    await page.getByRole('heading', { name: '已经排上队了' }).waitFor();
    expect(await page.getByText('你现在排第 1 位。').isVisible()).toBe(true);
    expect(await page.getByText('轮到你时，我们会发短信到 139****9000。').isVisible()).toBe(true);
    await screenshot(page, 'waitlist-e2e-joined');

    // Someone cancels: the freed time is held for the first in line, and they are texted.
    const freed = holders[0] as (typeof holders)[0];
    const cancelled = await call(server, 'DELETE', `/api/v1/bookings/${freed.booking.id}`, undefined, {
      'x-retrieval-code': freed.code,
    });
    expect(cancelled.status).toBe(200);
    const text = server.sms.messages.find((m) => m.to === MOBILE && m.purpose === 'waitlist');
    expect(text?.body).toContain('有空位了');
    expect(text?.body).toContain('请在30分钟内打开康乃馨确认');

    // My appointments (the phone's code still in memory): the offer on top, its time and the minutes left.
    await page.getByRole('link', { name: '去“我的预约”' }).click();
    await page.getByRole('heading', { name: '有空位了' }).waitFor();
    const offer = page.locator('.offer-card');
    expect(await offer.locator('.facts-when').textContent()).toContain(hhmm(freed.slot.startsAt));
    expect(await offer.locator('.offer-left').textContent()).toMatch(/^还剩 (29|30) 分 \d\d 秒$/);
    await screenshot(page, 'waitlist-e2e-offer');
    const accepted = page.waitForResponse(
      (r) => r.url().endsWith(`/api/v1/waitlist/${entry.id}/accept`) && r.status() === 201,
    );
    await offer.getByRole('button', { name: '确认这个时间' }).click();
    const booking = (await (await accepted).json()) as { id: string; slot: { id: string } };
    expect(booking.slot.id).toBe(freed.slot.id);
    await page.getByRole('heading', { name: '预约成功' }).waitFor();
    expect(await page.locator('.facts-when').textContent()).toContain(hhmm(freed.slot.startsAt));

    // In my appointments now as a booking, and no longer in line; the server agrees.
    await page.getByRole('link', { name: '去“我的预约”' }).first().click();
    await page.getByRole('heading', { name: '还没到的预约' }).waitFor();
    expect(await page.locator(`[data-booking="${booking.id}"]`).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: '有空位了' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: '正在排队' }).count()).toBe(0);
    const places = await call<{ entries: { id: string; status: string; bookingId: string | null }[] }>(
      server,
      'GET',
      '/api/v1/waitlist',
      undefined,
      { 'x-phone': MOBILE, 'x-phone-code': code },
    );
    expect(places.json.entries.find((e) => e.id === entry.id)).toMatchObject({
      status: 'booked',
      bookingId: booking.id,
    });

    // The poster at the county station, scanned days before that appointment: nothing to check in today.
    await page.goto(poster.link);
    await page.getByRole('heading', { level: 1, name: '到站签到' }).waitFor();
    // The code leaves the address bar at once.
    await expect.poll(() => page.url()).toBe(`${server.url}/checkin`);
    await page.getByText('你上次用手机号 139****9000 预约', { exact: false }).waitFor();
    await page.getByLabel('手机号', { exact: true }).fill(MOBILE);
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByText('验证码已发到 139****9000', { exact: false }).waitFor();
    await page.getByLabel('短信验证码（6 位数字）').fill(smsCode(server, MOBILE));
    await page.getByRole('button', { name: '查看我的预约' }).click();
    await page.getByText(`你今天在${COUNTY}没有预约。`).waitFor();
    expect(await page.getByText('你在这里的下一个预约是', { exact: false }).textContent()).toContain(
      hhmm(freed.slot.startsAt),
    );
    expect(await page.getByRole('link', { name: '看看这个驿站' }).getAttribute('href')).toBe(
      `/stations/${county}`,
    );
    expect(await page.getByRole('link', { name: '现在就打求助电话' }).getAttribute('href')).toBe('/help');
    await screenshot(page, 'checkin-e2e-none-today');
    await context.close();
  });

  it('checks a worker in with the poster from an hour before, and says kindly when it is too early or the wrong poster', {
    timeout: 150_000,
  }, async () => {
    // The station manager opens two times today at the county station, bookable without notice (as for a
    // counsellor who comes in at short notice): one within the hour, one more than an hour on. Two workers
    // book them with their check-up codes. Nothing is faked: the clock is the real one.
    // The whole station as the console's form sends it (a PATCH's missing fields would take their defaults).
    const { servicePoints } = (await (await staff.api.get('/api/v1/managed-service-points')).json()) as {
      servicePoints: ({ id: string; policy: Record<string, number> } & Record<string, unknown>)[];
    };
    const {
      id: _id,
      organisationId: _org,
      rooms: _rooms,
      policy,
      ...fields
    } = servicePoints.find((p) => p.id === county) as (typeof servicePoints)[0];
    const patched = await staff.api.patch(`/api/v1/managed-service-points/${county}`, {
      headers: { 'x-csrf-token': staff.csrf },
      data: { ...fields, ...policy, minNoticeMinutes: 0 },
    });
    expect(patched.status(), await patched.text()).toBe(200);
    const { counsellors } = (await (await staff.api.get('/api/v1/counsellors')).json()) as {
      counsellors: { id: string }[];
    };
    /** A time once, by whichever counsellor is free then (the database skips times that would overlap). */
    const dutyOnce = async (time: ReturnType<typeof onceAt>): Promise<ApiSlot> => {
      for (const c of counsellors) {
        const roster = await staff.api.post('/api/v1/rosters', {
          headers: { 'x-csrf-token': staff.csrf },
          data: {
            servicePointId: county,
            counsellorId: c.id,
            rule: { freq: 'once', date: time.date },
            startTime: time.startTime,
            endTime: time.endTime,
            validFrom: time.date,
            slotMinutes: 15,
            bufferMinutes: 0,
            modes: ['in_person'],
          },
        });
        expect(roster.status(), await roster.text()).toBe(201);
        const change = (await roster.json()) as { roster: { id: string }; slotsCreated: number };
        if (change.slotsCreated === 1) {
          const slot = async () =>
            (await countyStation(server)).slots.find((s) => Date.parse(s.startsAt) === time.start);
          await expect.poll(slot, { timeout: 10_000 }).toBeDefined();
          return (await slot()) as ApiSlot;
        }
        await staff.api.patch(`/api/v1/rosters/${change.roster.id}`, {
          headers: { 'x-csrf-token': staff.csrf },
          data: { active: false },
        });
      }
      throw new Error(`no counsellor is free at ${time.date} ${time.startTime}`);
    };
    // One time starting within the half hour (check-in open), one more than an hour on (not yet).
    const soonTime = onceAt(Date.now() + 20 * MINUTE);
    const soon = await dutyOnce(soonTime);
    const later = await dutyOnce(onceAt(soonTime.start + 65 * MINUTE));
    const soonCode = await retrievalCode(server);
    const laterCode = await retrievalCode(server);
    const soonBooking = await book(server, soon.id, soonCode);
    await book(server, later.id, laterCode);

    // The wrong poster's code (an old one, say): the server refuses, the page says so plainly.
    const first = await phone(browser);
    let page = await first.newPage();
    await page.goto(`${server.url}/checkin#p=${county}&c=oldposter2345`);
    await page.getByRole('heading', { name: '先确认是你' }).waitFor();
    await expect.poll(() => page.url()).toBe(`${server.url}/checkin`);
    await proveWithCode(page, soonCode);
    await page.getByText('这个签到码和你预约的驿站对不上。', { exact: false }).waitFor();
    expect(await page.getByText('直接告诉工作人员你到了就行', { exact: false }).isVisible()).toBe(true);
    await screenshot(page, 'checkin-e2e-wrong-code');

    // The poster's code, within the hour before: checked in, and a calm screen to keep open.
    page = await first.newPage();
    await page.goto(poster.link);
    await page.getByRole('heading', { name: '先确认是你' }).waitFor();
    const checkedIn = page.waitForResponse(
      (r) => r.url().endsWith(`/api/v1/bookings/${soonBooking.id}/check-in`) && r.status() === 200,
    );
    await proveWithCode(page, soonCode);
    expect(((await (await checkedIn).json()) as { checkedInAt: string | null }).checkedInAt).not.toBeNull();
    // The code went in the body only, never in an address.
    expect((await checkedIn).request().postDataJSON()).toEqual({ code: poster.code });
    await page.getByRole('heading', { name: '已签到' }).waitFor();
    expect(await page.getByText('请稍候，咨询师会来接你。').isVisible()).toBe(true);
    expect(await page.locator('.facts-when').textContent()).toContain(hhmm(soonTime.start));
    expect(page.url()).toBe(`${server.url}/checkin`);
    await screenshot(page, 'checkin-e2e-done');
    const seen = await call<{ checkedInAt: string | null }>(
      server,
      'GET',
      `/api/v1/bookings/${soonBooking.id}`,
      undefined,
      { 'x-retrieval-code': soonCode },
    );
    expect(seen.json.checkedInAt).not.toBeNull();
    await first.close();

    // Scanned again on a phone in large text: already checked in, nothing sent again.
    const large = await phone(browser);
    await large.addInitScript(() => localStorage.setItem('carnation.largeText', '1'));
    page = await large.newPage();
    await page.goto(poster.link);
    await page.getByRole('heading', { name: '先确认是你' }).waitFor();
    await proveWithCode(page, soonCode);
    await page.getByRole('heading', { name: '已签到' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(true);
    await screenshot(page, 'checkin-e2e-done-large-text');
    await large.close();

    // An hour too early: the server says check-in is not open yet; the page says from when.
    const early = await phone(browser);
    page = await early.newPage();
    await page.goto(poster.link);
    await page.getByRole('heading', { name: '先确认是你' }).waitFor();
    await proveWithCode(page, laterCode);
    const opens = hhmm(Date.parse(later.startsAt) - 60 * MINUTE);
    await page.getByText(`还没到签到的时间。${opens} 起可以签到`, { exact: false }).waitFor();
    await screenshot(page, 'checkin-e2e-not-yet');
    await early.close();

    // The same in English.
    const english = await browser.newContext({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'en',
    });
    await english.addInitScript(() => localStorage.setItem('carnation.lang', 'en'));
    page = await english.newPage();
    await page.goto(poster.link);
    await page.getByRole('heading', { name: 'First, show it is you' }).waitFor();
    await proveWithCode(page, laterCode, 'en');
    await page
      .getByText(`It is not time to check in yet. You can check in from ${opens}`, {
        exact: false,
      })
      .waitFor();
    expect(await page.locator('.page').textContent()).not.toMatch(/[\u4e00-\u9fff]/);
    await screenshot(page, 'checkin-e2e-not-yet-en');
    await english.close();
  });

  it('asks for the phone number for a session by phone, which the counsellor makes by calling', async () => {
    // The city station offers 王老师's afternoons in person or by phone.
    const points = await call<{ servicePoints: { id: string; name: string }[] }>(
      server,
      'GET',
      '/api/v1/service-points',
    );
    const city = points.json.servicePoints.find((p) => p.name === '市职工服务中心心灵驿站')?.id as string;
    const { json } = await call<{ slots: (ApiSlot & { modes: string[] })[] }>(
      server,
      'GET',
      `/api/v1/service-points/${city}/slots`,
    );
    const slot = json.slots.find((s) => s.modes.includes('phone')) as ApiSlot;
    const context = await phone(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/stations/${city}/book/${slot.id}`);
    await page.getByRole('heading', { name: '你选的时间' }).waitFor();
    await page.getByRole('radio', { name: '打电话聊' }).check();
    await page.getByRole('radio', { name: '用体检取回码' }).check();
    await page.getByText('电话或视频咨询，是咨询师打给你，要用到你的手机号。', { exact: false }).waitFor();
    expect(await page.getByLabel('取回码（16 位）').count()).toBe(0);
    await page.getByRole('radio', { name: '工作' }).check();
    await page.getByRole('checkbox', { name: /我看过了/ }).check();
    await page.getByRole('button', { name: '确认预约' }).click();
    expect(await page.locator('.remote-phone.is-error').isVisible()).toBe(true);
    await screenshot(page, 'booking-e2e-remote-needs-phone');
    await page.getByRole('button', { name: '改用手机号预约' }).click();
    expect(await page.getByRole('radio', { name: '用手机号' }).isChecked()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('tel');
    await context.close();
  });

  it('shows the waiting list in English on a phone set to English', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'en',
    });
    await context.addInitScript(() => localStorage.setItem('carnation.lang', 'en'));
    const page = await context.newPage();
    await page.goto(`${server.url}/stations/${county}/waitlist`);
    await page.getByRole('heading', { level: 1, name: 'Waiting list' }).waitFor();
    await page.locator('button.wait-day:not([disabled])').first().click();
    await page.getByText('You chose:').waitFor();
    expect(await page.getByRole('button', { name: 'Join the waiting list' }).isVisible()).toBe(true);
    expect(await page.locator('.book-form').textContent()).not.toMatch(/[\u4e00-\u9fff]/);
    await screenshot(page, 'waitlist-e2e-join-en');
    await context.close();
  });

  it('fits a week of days on a small phone in large text', async () => {
    const context = await phone(browser);
    await context.addInitScript(() => localStorage.setItem('carnation.largeText', '1'));
    const page = await context.newPage();
    await page.goto(`${server.url}/stations/${county}/waitlist`);
    await page.getByRole('heading', { level: 1, name: '排队等候' }).waitFor();
    await page.locator('button.wait-day').first().waitFor();
    // Seven days a row, nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.locator('.wait-calendar').scrollIntoViewIfNeeded();
    await screenshot(page, 'waitlist-e2e-days-large-text');
    await context.close();
  });
});
