import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../src/core/booking/recurrence';
import { monthOf } from '../src/web/console/lib/event-calendar';
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
const TITLE = '端到端·情绪减压讲座';

/** An antd date or time field: type the value and confirm it. */
async function typeInto(field: Locator, value: string): Promise<void> {
  await field.click();
  await field.fill(value);
  await field.press('Enter');
}

/** Chooses an option of an antd Select, typing part of it first (long lists render only what is in view). */
async function choose(page: Page, field: Locator, option: string, typed = option): Promise<void> {
  await field.click();
  await field.fill(typed);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

/** The message antd shows after an action. */
const notice = (page: Page, text: string | RegExp) => page.locator('.ant-message').getByText(text);

/**
 * The event starts soon (check-in opens an hour before), on the station's clock; near midnight it starts
 * just after, so the event stays on one day.
 */
function soon(): { date: string; start: string; end: string } {
  const at = nextStep(new Date(Date.now() + 15 * 60_000), 5, ZONE);
  const [h, m] = at.time.split(':').map(Number) as [number, number];
  if (h >= 23) return { date: addDays(at.date, 1), start: '00:05', end: '01:05' };
  return {
    date: at.date,
    start: at.time,
    end: `${String(h + 1).padStart(2, '0')}:${String(m).padStart(2, '0')}`,
  };
}

/** Fills the editor for a talk at the city station, invitation-only for Shunda Logistics, led by 王老师. */
async function fillEvent(page: Page, title: string, when: ReturnType<typeof soon>, capacity: number) {
  await page.locator('#event_title').fill(title);
  await page.locator('#event_description').fill('学会几种简单的放松方法。\n适合经常加班的职工。');
  await choose(page, page.locator('#event_servicePointId'), '市职工服务中心心灵驿站', '市职工');
  await typeInto(page.locator('#event_day'), when.date);
  await typeInto(page.locator('#event_start'), when.start);
  await typeInto(page.locator('#event_end'), when.end);
  await page.locator('#event_capacity').fill(String(capacity));
  await page.getByText('定向邀请：只有收到邀请链接的单位职工可以报名').click();
  await choose(page, page.locator('#event_invitedOrganisationId'), '顺达物流有限公司工会', '顺达');
  await choose(page, page.locator('#event_hosts_0_userId'), '王老师', '王');
}

describeBrowser('console: group events from the calendar to the report', () => {
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

  it('a station manager plans a talk, an enterprise officer registers members, the door checks them in, the report counts them', {
    timeout: 240_000,
  }, async () => {
    const when = soon();
    const month = monthOf(when.date);
    const manager = await (await desktop(browser)).newPage();
    await signIn(manager, server.url, server.credential('station_manager'));
    await manager.getByRole('link', { name: '活动' }).first().click();
    await manager.locator('[data-testid="events"][aria-busy="false"]').waitFor();
    expect(await manager.getByTestId('events-month').textContent()).toMatch(/\d{4}年\d{1,2}月/);
    await screenshot(manager, 'console-events-e2e-month');

    // A new talk: saved as a draft, on the station's clock.
    await manager.getByRole('link', { name: '新建活动' }).click();
    await manager.getByTestId('editor-zone').getByText('按北京时间填写').waitFor();
    await fillEvent(manager, TITLE, when, 2);
    await screenshot(manager, 'console-events-e2e-editor');
    await manager.getByRole('button', { name: '保存为草稿' }).click();
    // On a Tuesday or Thursday afternoon 王老师 is on duty at the station: the manager takes those slots.
    const created = notice(manager, /已创建 1 场活动（草稿）/);
    const takeDuty = manager.getByTestId('take-duty');
    await created.or(takeDuty).first().waitFor();
    if (await takeDuty.isVisible()) {
      await screenshot(manager, 'console-events-e2e-on-duty');
      await takeDuty.click();
    }
    await created.waitFor();
    await manager.getByText('这是草稿，职工还看不到').waitFor();
    expect(await manager.getByTestId('event-summary').textContent()).toContain(
      `${when.date} ${when.start}–${when.end}`,
    );
    const eventUrl = manager.url();

    await manager.getByRole('button', { name: '发布' }).click();
    await notice(manager, '已发布，职工现在可以报名。').waitFor();
    // The server keeps only the invitation token's hash: a link is made when asked for, and shown once.
    await manager.getByRole('button', { name: '生成邀请链接' }).click();
    await manager.locator('.ant-modal-confirm').getByRole('button', { name: '生成链接' }).click();
    expect(await manager.getByTestId('invite-link').textContent()).toContain('/events/');
    await manager
      .getByRole('dialog')
      .filter({ hasText: '邀请链接' })
      .locator('.ant-modal-footer')
      .getByRole('button', { name: '关闭' })
      .click();

    // The same counsellor cannot lead a second event at the same time: the server's clash is named.
    await manager.goto(`${server.url}/console/events/new`);
    await fillEvent(manager, '端到端·撞时间的活动', when, 10);
    await manager.getByRole('button', { name: '保存为草稿' }).click();
    const busy = manager.getByTestId('host-busy');
    await busy.getByText('主讲人时间冲突，活动没有保存').waitFor();
    await screenshot(manager, 'console-events-e2e-host-busy');

    // The enterprise officer finds the invitation in the month's list and registers three members for two places.
    const officer = await (await desktop(browser)).newPage();
    await signIn(officer, server.url, server.credential('enterprise_officer'));
    await officer.goto(`${server.url}/console/events?month=${month}&view=list`);
    await officer.getByText('面向本单位公开或定向邀请本单位的活动').waitFor();
    await officer.getByRole('link', { name: TITLE }).click();
    const members = officer.getByTestId('members-card');
    await members.getByLabel('职工名单').fill('张三 13800138001\n李四 13900139002\n王五\t13700137003\n赵六');
    await members.getByText('第 4 行“赵六”没有有效的手机号').waitFor();
    await members.getByLabel('职工名单').fill('张三 13800138001\n李四 13900139002\n王五\t13700137003');
    await members.getByRole('button', { name: '登记 3 人' }).click();
    await notice(officer, '已登记 3 人。').waitFor();
    await members.getByTestId('member-results').getByText('报上名 2 人，排入候补 1 人。').waitFor();
    const officerRows = officer.getByTestId('registrations').locator('.ant-table-row');
    await expect.poll(() => officerRows.count()).toBe(3);
    const officerTable = (await officer.getByTestId('registrations').textContent()) ?? '';
    expect(officerTable).toContain('张三');
    expect(officerTable).toContain('候补中');
    expect(officerTable).toContain('第 1 位');
    await screenshot(officer, 'console-events-e2e-officer');
    // The officer cancels 张三 after confirming: the place goes to 王五, first in line.
    await officerRows.filter({ hasText: '张三' }).getByRole('button', { name: '取消报名' }).click();
    await officer.getByText('取消 张三 的报名？').waitFor();
    await screenshot(officer, 'console-events-e2e-officer-cancel');
    await officer.locator('.ant-popconfirm').getByRole('button', { name: '取消报名' }).click();
    await notice(officer, '已取消 张三 的报名。').waitFor();
    await expect
      .poll(async () => (await officerRows.filter({ hasText: '张三' }).textContent()) ?? '')
      .toContain('已取消');
    await expect
      .poll(async () => (await officerRows.filter({ hasText: '王五' }).textContent()) ?? '')
      .not.toContain('候补中');
    expect(server.sms.messages.some((m) => m.to === '13800138001' && m.body.includes('已取消报名'))).toBe(
      true,
    );
    await officer.context().close();

    // At the door: two places taken, nobody in yet; a code that is no ticket is refused, a tick checks one in.
    await manager.goto(eventUrl);
    await manager.getByRole('tab', { name: '签到' }).click();
    const panel = manager.getByTestId('checkin-panel');
    await expect.poll(() => panel.getByTestId('checkin-count').textContent()).toBe('已签到 0 / 2');
    await manager.getByRole('button', { name: '门口模式' }).click();
    await panel.getByLabel('签到码').fill('ABCD EFGH JKMN');
    await panel.getByRole('button', { name: '签到', exact: true }).first().click();
    await panel.getByTestId('checkin-result').getByText('这不是本系统的活动签到码').waitFor();
    await panel.getByTestId('checkin-row').first().getByRole('button', { name: '签到' }).click();
    await expect.poll(() => panel.getByTestId('checkin-count').textContent()).toBe('已签到 1 / 2');
    await screenshot(manager, 'console-events-e2e-door');
    await manager.getByRole('button', { name: '退出门口模式' }).click();

    // Three drivers walk in; two care packages go to truck drivers.
    await manager.getByRole('tab', { name: '现场登记' }).click();
    await manager.locator('.ant-card').filter({ hasText: '现场参加' }).locator('input').first().fill('3');
    await manager.getByRole('button', { name: '登记现场人数' }).click();
    await notice(manager, '已登记现场人数。').waitFor();
    const care = manager.locator('.ant-card').filter({ hasText: '关爱包发放' });
    await choose(manager, care.locator('input[role="combobox"]'), '货车司机', '货车');
    await care.locator('.ant-input-number input').fill('2');
    await manager.getByRole('button', { name: '登记发放' }).click();
    await notice(manager, '已登记关爱包发放。').waitFor();

    // The report counts them, and its workbook downloads.
    await manager.getByRole('tab', { name: '活动报告' }).click();
    const report = manager.getByTestId('event-report');
    await report.getByText('到场率').waitFor();
    const stat = (title: string) =>
      report
        .locator('.ant-statistic')
        .filter({ hasText: title })
        .locator('.ant-statistic-content')
        .textContent();
    await expect.poll(() => stat('签到')).toBe('1');
    expect(await stat('现场参加')).toBe('3');
    expect(await stat('到场合计')).toBe('4');
    expect(await report.textContent()).toContain('货车司机');
    const href = await report.getByRole('link', { name: '下载 Excel 报告' }).getAttribute('href');
    const workbook = await manager.evaluate(async (path) => {
      const res = await fetch(path as string);
      return { status: res.status, type: res.headers.get('content-type') ?? '' };
    }, href);
    expect(workbook.status).toBe(200);
    expect(workbook.type).toContain('spreadsheetml');
    await screenshot(manager, 'console-events-e2e-report');

    // A door poster, shown once with its code in groups of four.
    await manager.getByRole('button', { name: '门口签到海报' }).click();
    await manager.locator('.ant-modal-confirm').getByRole('button', { name: '生成新码' }).click();
    const code = manager.getByTestId('door-code');
    await code.waitFor();
    expect(await code.textContent()).toMatch(/^[A-Z0-9]{4}( [A-Z0-9]{4})+$/);
    await manager
      .getByRole('dialog')
      .locator('.ant-modal-footer')
      .getByRole('button', { name: '关闭' })
      .click();

    // Cancelled with a reason: the registered and the waitlisted are texted (张三 was cancelled by the officer).
    const before = server.sms.messages.length;
    await manager.getByRole('button', { name: '取消活动' }).click();
    const dialog = manager.getByRole('dialog').filter({ hasText: '取消这场活动？' });
    await dialog.getByText('已报名和候补的 2 人会收到短信通知').waitFor();
    await dialog.getByLabel('取消原因').fill('场地临时维修');
    await dialog.getByRole('button', { name: '确认取消活动' }).click();
    await notice(manager, '活动已取消，已通知报名的职工。').waitFor();
    await manager.getByText('这场活动已取消。原因：场地临时维修').waitFor();
    await expect
      .poll(
        () => server.sms.messages.slice(before).filter((m) => m.body.startsWith('【康乃馨】活动提醒')).length,
      )
      .toBeGreaterThanOrEqual(1);

    // The month's workbook for the calendar shown.
    await manager.goto(`${server.url}/console/events?month=${month}`);
    const exportHref = await manager.getByRole('link', { name: '导出本月 Excel' }).getAttribute('href');
    expect(exportHref).toContain('/api/v1/managed-events/export.xlsx?from=');
    const cell = manager.locator(`td[data-date="${when.date}"]`);
    await expect.poll(() => cell.getByTestId('calendar-event').filter({ hasText: TITLE }).count()).toBe(1);
    expect(localDateOf(new Date(), ZONE) <= when.date).toBe(true);
    await manager.context().close();
  });
});
