import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays, isoWeekday } from '../src/core/booking/recurrence';
import { localDateOf, nextStep } from '../src/web/console/lib/zoned-calendar';
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
    await signIn(page, server.url, server.credential('counsellor'));
    await page.getByTestId('today-appointments').waitFor();
    await page.getByRole('link', { name: '预约日程' }).first().click();
    await page.getByText('职工同意分享的话题和体检结果只有您本人能看到').waitFor();
    await calendarLoaded(page);

    // Late in the week the rest of it may hold no duty: the next week does.
    const open = page.locator('.console-entry-open');
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
});
