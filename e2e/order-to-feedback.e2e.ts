import { mkdirSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../src/core/booking/recurrence';
import { groupEvents } from '../src/server/events/tables';
import { localDateOf } from '../src/web/console/lib/zoned-calendar';
import { signIn } from './console-steps';
import {
  describeBrowser,
  desktop,
  launchBrowser,
  type RunningServer,
  screenshot,
  serverDrivers,
  startServer,
} from './harness';

const ZONE = 'Asia/Shanghai';
const LECTURE = '职场压力与情绪调适讲座';
const MOBILE = '13800138066';
const MINUTE = 60_000;

/** An antd date or time field: type the value and confirm it. */
async function typeInto(field: Locator, value: string): Promise<void> {
  await field.click();
  await field.fill(value);
  await field.press('Enter');
}

/** The message antd shows after an action. */
const notice = (page: Page, text: string | RegExp) => page.locator('.ant-message').getByText(text);

/** Opens one order's drawer, fresh from the server. */
async function openOrder(page: Page, url: string, id: string): Promise<Locator> {
  await page.goto(`${url}/console/orders?open=${id}`);
  const drawer = page.locator('.ant-drawer');
  await drawer.getByText('进展').waitFor();
  return drawer;
}

/** Takes one step of the order from its drawer: the step's button, its dialog (filled by `fill`), done. */
async function takeStep(page: Page, label: string, fill?: (dialog: Locator) => Promise<void>) {
  await page.locator('.ant-drawer').getByRole('button', { name: label, exact: true }).click();
  const dialog = page.locator('.ant-modal').filter({ hasText: label });
  await dialog.waitFor();
  await fill?.(dialog);
  await dialog.locator('.ant-modal-footer').getByRole('button', { name: label, exact: true }).click();
  await notice(page, `已完成：${label}`).waitFor();
}

/** The order's state tag in its drawer. */
const stateOf = (drawer: Locator) => drawer.locator('.ant-tag').first().textContent();

/** The phone codes texted to a number so far (the newest last). */
const codesTo = (server: RunningServer, to: string): string[] =>
  server.sms.messages
    .filter((m) => m.to === to && m.purpose === 'verification')
    .map((m) => /(\d{6})/.exec(m.body)?.[1] ?? '');

describeBrowser.each(serverDrivers)(
  'a grassroots order, from the menu to the worker’s feedback (%s)',
  (driver) => {
    let server: RunningServer;
    let browser: Browser;

    beforeAll(async () => {
      mkdirSync('.tmp/screenshots', { recursive: true });
      server = await startServer(driver);
      browser = await launchBrowser();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('an enterprise orders a lecture, the federation schedules a counsellor, a worker registers by invitation, is checked in by ticket, gives feedback, and the order closes with every step on its timeline', {
      timeout: 300_000,
    }, async () => {
      const day = addDays(localDateOf(new Date(), ZONE), 20);

      // The enterprise officer orders the lecture from the service menu.
      const officer = await (await desktop(browser)).newPage();
      await signIn(officer, server.url, server.credential('enterprise_officer'));
      await officer.goto(`${server.url}/console/orders`);
      await officer.getByRole('button', { name: '我要下单' }).click();
      await officer.getByText('第一步：选择服务').waitFor();
      await officer.locator('.ant-card').filter({ hasText: LECTURE }).first().click();
      await officer.getByText('第二步：时间、人数和地点').waitFor();
      await typeInto(officer.locator('#dates_0_date'), day);
      await typeInto(officer.locator('#dates_0_time'), '19:30');
      await officer.locator('#headcount').fill('40');
      await officer.getByLabel('地点名称').fill('顺达物流园二号仓会议室');
      await officer.getByLabel('详细地址').fill('相山区示例路 8 号');
      await officer.getByLabel('备注（可不填）').fill('司机晚上七点后有空');
      await screenshot(officer, `order-journey-${driver}-new`);
      await officer.getByRole('button', { name: '提交订单' }).click();
      await notice(officer, '订单已提交，总工会会尽快答复。').waitFor();
      await officer.waitForURL(/open=/);
      const orderId = new URL(officer.url()).searchParams.get('open') as string;
      let drawer = officer.locator('.ant-drawer');
      await expect.poll(() => stateOf(drawer)).toBe('待审核');

      // The federation accepts it, then schedules it with 王老师 as host.
      const admin = await (await desktop(browser)).newPage();
      await signIn(admin, server.url, server.credential('federation_admin'));
      drawer = await openOrder(admin, server.url, orderId);
      expect(await drawer.textContent()).toContain('顺达物流');
      await takeStep(admin, '受理', (d) => d.getByLabel('留言').fill('已收到，马上安排老师。'));
      await expect.poll(() => stateOf(drawer)).toBe('已受理');
      await takeStep(admin, '排期并派老师', async (d) => {
        await d.locator('#hostUserIds').click();
        await d.locator('#hostUserIds').fill('王');
        await admin
          .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '王老师' })
          .first()
          .click();
        await admin.keyboard.press('Escape');
        // 王老师 may be on duty at a station that evening (the phone line on Mondays and Wednesdays): take it.
        await d.getByText('占用老师在驿站的值班时段').click();
      });
      await expect.poll(() => stateOf(drawer)).toBe('已排期');
      expect(await drawer.textContent()).toContain(`${day} 19:30 – 21:00`);
      await screenshot(admin, `order-journey-${driver}-scheduled`);

      // The enterprise confirms the schedule.
      drawer = await openOrder(officer, server.url, orderId);
      await takeStep(officer, '确认排期');
      await expect.poll(() => stateOf(drawer)).toBe('企业已确认');

      // The order made an invitation-only event for the enterprise; its page makes the invitation link.
      const eventId = await admin.evaluate(async (id) => {
        const res = await fetch(`/api/v1/service-orders/${id}`);
        return ((await res.json()) as { order: { events: { id: string }[] } }).order.events[0]?.id;
      }, orderId);
      expect(eventId).toBeTruthy();
      await admin.goto(`${server.url}/console/events/${eventId}`);
      await admin.getByRole('heading', { name: LECTURE }).waitFor();
      await admin.getByRole('button', { name: '生成邀请链接' }).click();
      await admin.locator('.ant-modal-confirm').getByRole('button', { name: '生成链接' }).click();
      const link = new URL(((await admin.getByTestId('invite-link').textContent()) ?? '').trim());
      const invite = link.searchParams.get('invite') as string;
      expect(invite).toBeTruthy();
      await admin
        .getByRole('dialog')
        .filter({ hasText: '邀请链接' })
        .locator('.ant-modal-footer')
        .getByRole('button', { name: '关闭' })
        .click();

      // A worker of that enterprise opens the link on a phone: the lecture is among their events.
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        locale: 'zh-CN',
      });
      const worker = await context.newPage();
      await worker.goto(`${server.url}/events?invite=${invite}`);
      const card = worker.locator(`.event-card[data-event="${eventId}"]`);
      await card.waitFor();
      expect(worker.url()).not.toContain('invite=');
      expect(await card.textContent()).toContain(LECTURE);
      await screenshot(worker, `order-journey-${driver}-worker-list`);

      // They register with a phone code; the registration carries the ticket the QR code shows.
      await card.click();
      await worker.getByRole('heading', { name: LECTURE }).waitFor();
      await worker.getByRole('textbox', { name: '手机号' }).fill(MOBILE);
      await worker.getByRole('button', { name: '获取验证码' }).click();
      await expect.poll(() => codesTo(server, MOBILE).length, { timeout: 10_000 }).toBeGreaterThan(0);
      await worker
        .getByRole('textbox', { name: /短信验证码/ })
        .fill(codesTo(server, MOBILE).at(-1) as string);
      await worker.getByLabel('我同意为这次报名使用上面的信息').check();
      const registered = worker.waitForResponse(
        (r) => r.request().method() === 'POST' && r.url().includes(`/group-events/${eventId}/registrations`),
      );
      await worker.getByRole('button', { name: '报名', exact: true }).click();
      const body = (await (await registered).json()) as { registration: { ticket: string } };
      const ticket = body.registration.ticket;
      expect(ticket).toMatch(/^carnation-event:/);
      await worker.getByRole('heading', { name: '报名成功' }).waitFor();

      // 我的活动: the entry code as a QR code.
      await worker.getByRole('link', { name: '看我的活动' }).click();
      const mine = worker.locator(`.registration-card[data-status="registered"]`).first();
      await mine.waitFor();
      expect(await mine.textContent()).toContain(LECTURE);
      await mine.getByRole('button', { name: '出示入场码' }).click();
      await mine.locator('.ticket-code').waitFor();
      await screenshot(worker, `order-journey-${driver}-ticket`);

      // The day comes (the lecture moved to have begun ten minutes ago): staff scan the ticket at the door.
      await server.database.db
        .update(groupEvents)
        .set({ startsAt: new Date(Date.now() - 10 * MINUTE), endsAt: new Date(Date.now() + 80 * MINUTE) })
        .where(eq(groupEvents.id, eventId as string));
      await admin.reload();
      await admin.getByRole('tab', { name: '签到' }).click();
      const panel = admin.getByTestId('checkin-panel');
      await expect.poll(() => panel.getByTestId('checkin-count').textContent()).toBe('已签到 0 / 1');
      await panel.getByLabel('签到码').fill(ticket);
      await panel.getByRole('button', { name: '签到', exact: true }).first().click();
      await panel
        .getByTestId('checkin-result')
        .getByText(/已签到/)
        .waitFor();
      await expect.poll(() => panel.getByTestId('checkin-count').textContent()).toBe('已签到 1 / 1');
      await screenshot(admin, `order-journey-${driver}-checkin`);

      // The worker, back on 我的活动, says how it was.
      await worker.goBack();
      await worker.goForward();
      const attended = worker.locator(`.registration-card[data-status="registered"]`).first();
      await attended.getByRole('button', { name: '5 颗星' }).click();
      await attended.getByLabel(/想说的话/).fill('讲得很实在，学到了放松的办法。');
      await attended.getByRole('button', { name: '提交评价' }).click();
      await worker.getByText('谢谢你的评价！').waitFor();
      await screenshot(worker, `order-journey-${driver}-feedback`);
      await context.close();

      // The event's report counts the attendee and the feedback.
      await admin.getByRole('tab', { name: '活动报告' }).click();
      const report = admin.getByTestId('event-report');
      await report.getByText('到场率').waitFor();

      // The federation records the delivery; the enterprise rates; the federation closes.
      drawer = await openOrder(admin, server.url, orderId);
      await takeStep(admin, '登记服务情况', async (d) => {
        await d.locator('#attendance').fill('1');
        await d.getByLabel('小结').fill('讲座顺利完成，到场职工都扫码签到。');
      });
      await expect.poll(() => stateOf(drawer)).toBe('已服务');

      drawer = await openOrder(officer, server.url, orderId);
      await takeStep(officer, '评价', (d) => d.getByLabel('评语').fill('老师讲得好，职工很喜欢。'));
      await expect.poll(() => stateOf(drawer)).toBe('已评价');

      drawer = await openOrder(admin, server.url, orderId);
      await takeStep(admin, '结单');
      await expect.poll(() => stateOf(drawer)).toBe('已结单');
      await drawer.getByText('现在没有需要您处理的事项。').waitFor();

      // The timeline shows every step, each on its side; the enterprise sees the same.
      drawer = await openOrder(officer, server.url, orderId);
      const timeline = drawer.locator('.ant-timeline');
      await expect
        .poll(async () =>
          (await timeline.locator('.ant-timeline-item').allTextContents()).map((t) =>
            t
              .split(/\s\d{4}-/)[0]
              ?.replace(/\s+/g, ' ')
              .trim(),
          ),
        )
        .toEqual([
          '企业 · 下单',
          '总工会 · 受理',
          '总工会 · 排期并派老师',
          '企业 · 确认排期',
          '总工会 · 登记服务情况',
          '企业 · 评价',
          '总工会 · 结单',
        ]);
      expect(await drawer.textContent()).toContain('★★★★★');
      await screenshot(officer, `order-journey-${driver}-timeline`);

      // The order's final state, as the API has it.
      const final = await officer.evaluate(async (id) => {
        const res = await fetch(`/api/v1/service-orders/${id}`);
        return ((await res.json()) as { order: { state: string; rating: number; attendance: number } }).order;
      }, orderId);
      expect(final).toMatchObject({ state: 'closed', rating: 5, attendance: 1 });
      await officer.context().close();
      await admin.context().close();
    });
  },
);
