import { mkdirSync } from 'node:fs';
import { type Browser, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { totpAt } from '../src/core/identity/totp';
import { answer, answerBattery, startCheckup } from './checkup-steps';
import { type Account, codeFor, signIn } from './console-steps';
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

const WORKER = '13900139111';
const WORKER_MASKED = '139****9111';
const SECOND_WORKER = '13700137222';
const DUTY_PHONE = '13600136000';
const MINUTE = 60_000;

/** The latest six-digit code texted to a number (the recording SMS sender keeps every message). */
const smsCode = (server: RunningServer, to: string) =>
  [...server.sms.messages]
    .reverse()
    .find((m) => m.to === to && m.purpose === 'verification')
    ?.body.match(/\d{6}/)?.[0];

/** An API client signed in as a staff account, with its CSRF token. */
async function staffApi(server: RunningServer, account: Account) {
  const api = await request.newContext({ baseURL: server.url });
  const res = await api.post('/api/v1/auth/session', {
    data: { login: account.login, password: account.password, totp: await codeFor(account) },
  });
  expect(res.status(), await res.text()).toBe(200);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { api, headers: { 'x-csrf-token': csrfToken } };
}

/** A new counsellor made by the federation admin and taken through first sign-in (password, TOTP). */
async function newCounsellor(server: RunningServer, login: string): Promise<Account> {
  const { api, headers } = await staffApi(server, server.credential('federation_admin'));
  const me = (await (await api.get('/api/v1/auth/session')).json()) as { user: { organisationId: string } };
  const made = await api.post('/api/v1/users', {
    headers,
    data: {
      login,
      displayName: '赵老师',
      organisationId: me.user.organisationId,
      roles: [{ role: 'counsellor', organisationId: me.user.organisationId }],
    },
  });
  expect(made.status(), await made.text()).toBe(201);
  const temporary = ((await made.json()) as { temporaryPassword: string }).temporaryPassword;
  await api.dispose();

  const own = await request.newContext({ baseURL: server.url });
  let csrf = (
    (await (await own.post('/api/v1/auth/session', { data: { login, password: temporary } })).json()) as {
      csrfToken: string;
    }
  ).csrfToken;
  const call = async (url: string, data?: Record<string, unknown>) => {
    const res = await own.post(url, { headers: { 'x-csrf-token': csrf }, data });
    expect(res.status(), `${url}: ${await res.text()}`).toBe(200);
    const body = (await res.json()) as { csrfToken?: string; secret?: string };
    if (body.csrfToken) csrf = body.csrfToken;
    return body;
  };
  const password = 'Zhao-laoshi-2026-care';
  await call('/api/v1/auth/password', { currentPassword: temporary, newPassword: password });
  const { secret } = await call('/api/v1/auth/totp/enrolment');
  await call('/api/v1/auth/totp/enrolment/confirm', { totp: totpAt(secret as string, Date.now()) });
  await own.dispose();
  // The code just used for enrolment is spent: the first sign-in waits for the next one.
  const step = Math.floor(Date.now() / 30_000);
  while (Math.floor(Date.now() / 30_000) === step) await new Promise((r) => setTimeout(r, 500));
  return { login, password, totpSecret: secret as string };
}

/** The worker's check-up up to PHQ-9 item 9, answered "好几天": the crisis screen shows at once. */
async function answerUpToCrisis(page: Page, url: string): Promise<void> {
  await startCheckup(page, url);
  await answerBattery(page, { low: true });
  await page.locator('.q-options button').first().click();
  await page.getByRole('button', { name: '好的，继续' }).click();
  await page.getByRole('button', { name: '开始回答' }).click();
  for (let k = 0; k < 6; k++) await answer(page, 0);
  await page.getByRole('heading', { name: '有不如死掉或用某种方式伤害自己的念头' }).waitFor();
  await page.getByRole('button', { name: '好几天' }).click();
  await page.getByRole('heading', { name: '谢谢你如实作答' }).waitFor();
}

describeBrowser.each(serverDrivers)('the care loop: discover, counsel, follow up (%s)', (driver) => {
  let server: RunningServer;
  let browser: Browser;
  let caseId = '';
  const marker = `标记-${Date.now().toString(36)}-只应出现在密文里`;

  beforeAll(async () => {
    mkdirSync('.tmp/screenshots', { recursive: true });
    server = await startServer(driver);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a worker’s item-9 request rings in the on-duty counsellor’s open console within seconds, and becomes a case with a sealed note and a follow-up task', {
    timeout: 240_000,
  }, async () => {
    // 王老师 is at the console: alarm on, on duty for two hours, the queue open.
    const console_ = await (await desktop(browser)).newPage();
    await signIn(console_, server.url, server.credential('counsellor'));
    await console_.getByTestId('alarm-enable').click();
    await console_.getByTestId('duty-toggle').click();
    await console_.getByRole('menuitem', { name: '2 小时', exact: true }).click();
    await expect.poll(() => console_.getByTestId('duty-toggle').textContent()).toContain('值班至');
    await console_.getByRole('link', { name: '求助请求' }).first().click();
    await console_.getByText('列表实时更新').waitFor();

    // A worker on a phone answers item 9 and, from the crisis screen, asks for a call.
    const worker = await (await phone(browser)).newPage();
    await answerUpToCrisis(worker, server.url);
    expect(await worker.locator('a[href="tel:12356"]').first().isVisible()).toBe(true);
    await worker.getByRole('link', { name: '可以请心理咨询师联系我' }).click();
    await worker.getByLabel('电话号码', { exact: true }).fill('139 0013 9111');
    await worker.getByRole('button', { name: '今晚' }).click();
    await worker.getByRole('checkbox', { name: /我同意/ }).check();
    const sentAt = Date.now();
    await worker.getByRole('button', { name: '提交' }).click();

    // It rings in the open console by itself: no reload.
    const notice = console_.getByTestId('crisis-notice');
    await notice.waitFor({ timeout: 10_000 });
    const latency = Date.now() - sentAt;
    console.info(`[care-loop ${driver}] crisis request → counsellor's console: ${latency} ms`);
    expect(latency).toBeLessThan(5_000);
    expect(await notice.textContent()).not.toContain(WORKER);
    await worker.getByRole('heading', { name: '已经收到' }).waitFor();
    const first = console_.locator('.ant-table-row').first();
    await expect.poll(() => first.textContent()).toContain(WORKER_MASKED);
    expect(await first.textContent()).toContain('紧急');
    await screenshot(console_, `care-loop-${driver}-ringing`);

    // Opened from the notice: the drawer gives the phone (an audited read); taken; a case is opened.
    await notice.getByRole('button', { name: '立即查看' }).click();
    const drawer = console_.getByRole('dialog');
    await expect.poll(() => drawer.getByTestId('contact-phone').textContent()).toBe(WORKER);
    await drawer.getByRole('button', { name: '我来跟进' }).click();
    await console_.getByText('已认领，请按对方方便的时间尽快联系').waitFor();
    await drawer.getByTestId('open-case').click();
    await console_.waitForURL(/\/console\/cases\/[0-9a-f-]{36}$/);
    caseId = console_.url().split('/').at(-1) as string;
    await console_.getByTestId('basis-banner').waitFor();
    expect(await console_.getByTestId('basis-banner').textContent()).toContain('您是这个个案的负责咨询师');

    // A structured session note with a marker that must only ever be stored sealed.
    await console_.getByRole('button', { name: '写记录' }).click();
    const noteForm = console_.getByRole('dialog');
    await noteForm.getByLabel('主要困扰').click();
    await console_.locator('.ant-select-item-option').filter({ hasText: '家庭' }).click();
    await noteForm.locator('.ant-radio-button-wrapper').filter({ hasText: /^中$/ }).click();
    await noteForm.getByLabel('有自伤或轻生想法').check();
    await noteForm.getByLabel(/其他记录/).fill(`电话回访，已做安全计划。${marker}`);
    await noteForm.getByRole('button', { name: '保存记录' }).click();
    await console_.getByTestId('note').filter({ hasText: marker }).waitFor();

    // A follow-up task: call back tomorrow.
    await console_
      .locator('.ant-card')
      .filter({ hasText: '跟进计划' })
      .getByRole('button', { name: /添加/ })
      .click();
    // The dialog that adds a task (the note's dialog has closed by now), ready before anything is typed.
    const taskForm = console_.getByRole('dialog').filter({ hasText: '跟进' });
    const taskTitle = taskForm.getByLabel('标题');
    await taskTitle.waitFor();
    await taskTitle.fill('明天晚上电话回访');
    await expect.poll(() => taskTitle.inputValue()).toBe('明天晚上电话回访');
    const taskSaved = console_.waitForResponse(
      (r) => r.url().includes(`/api/v1/cases/${caseId}/tasks`) && r.request().method() === 'POST',
    );
    await taskForm.getByRole('button', { name: '保存', exact: true }).click();
    expect((await taskSaved).status()).toBe(201);
    await console_.getByTestId('task').filter({ hasText: '明天晚上电话回访' }).waitFor();
    await screenshot(console_, `care-loop-${driver}-case`);

    // What the database holds is a ciphertext: the marker is nowhere in it.
    const stored = await server.database.executeSql('select body_sealed from case_notes where case_id = $1', [
      caseId,
    ]);
    const sealed = String((stored.rows[0] as { body_sealed: string }).body_sealed);
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain(marker);
    const tasks = await server.database.executeSql(
      'select detail_sealed from follow_up_tasks where case_id = $1',
      [caseId],
    );
    expect(String((tasks.rows[0] as { detail_sealed: string }).detail_sealed)).not.toContain('回访');
    await console_.context().close();
    await worker.context().close();
  });

  it('a crisis request nobody takes goes to the supervisors at 15 minutes and to the duty phone at 30, on the job’s clock', {
    timeout: 180_000,
  }, async () => {
    // The federation administrator names the duty phone on the settings page.
    const adminPage = await (await desktop(browser)).newPage();
    await signIn(adminPage, server.url, server.credential('federation_admin'));
    await adminPage.goto(`${server.url}/console/care-settings`);
    // The settings have loaded (the form fills itself then) before anything is typed into it.
    await adminPage
      .getByTestId('duty-phone-current')
      .getByText('还没有设置值班电话', { exact: false })
      .waitFor();
    const phoneField = adminPage.getByLabel('值班手机号');
    await phoneField.fill(DUTY_PHONE);
    await expect.poll(() => phoneField.inputValue()).toBe(DUTY_PHONE);
    const saved = adminPage.waitForResponse(
      (r) => r.url().includes('/care-settings') && r.request().method() !== 'GET',
    );
    await adminPage.getByRole('button', { name: '保存', exact: true }).click();
    expect((await saved).status()).toBe(200);
    await expect
      .poll(() => adminPage.getByTestId('duty-phone-current').textContent(), { timeout: 15_000 })
      .toContain(DUTY_PHONE.slice(-4));
    await adminPage.context().close();

    const supervisorPage = await (await desktop(browser)).newPage();
    await signIn(supervisorPage, server.url, server.credential('supervisor'));
    await supervisorPage.getByRole('link', { name: '求助请求' }).first().click();
    await supervisorPage.getByText('列表实时更新').waitFor();

    const askedAt = Date.now();
    const res = await fetch(`${server.url}/api/v1/contact-requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        phone: SECOND_WORKER,
        preferredTime: '现在',
        consent: true,
        crisisLevel: 'urgent',
      }),
    });
    expect(res.status).toBe(201);
    const row = supervisorPage.locator('.ant-table-row').filter({ hasText: '137****7222' });
    await row.waitFor();

    // A minute early nothing happens; at 15 minutes the supervisors are told.
    expect((await server.runEscalations(new Date(askedAt + 14 * MINUTE))).escalated).toBe(0);
    const toSupervisors = await server.runEscalations(new Date(askedAt + 15 * MINUTE + 1_000));
    expect(toSupervisors.escalated).toBeGreaterThanOrEqual(1);
    await expect.poll(() => row.textContent()).toContain('已通知督导');
    await supervisorPage.getByTestId('notification-bell').click();
    await supervisorPage.getByText('求助超时无人接手').first().waitFor();
    await screenshot(supervisorPage, `care-loop-${driver}-escalated`);
    await supervisorPage.keyboard.press('Escape');

    // Still nobody: 15 minutes later the duty phone gets a text that names no one.
    const texted = await server.runEscalations(new Date(askedAt + 31 * MINUTE));
    expect(texted.texted).toBeGreaterThanOrEqual(1);
    const sms = server.sms.messages.find((m) => m.to === DUTY_PHONE && m.purpose === 'escalation');
    expect(sms?.body).toContain('紧急求助');
    expect(sms?.body).not.toContain(SECOND_WORKER);
    await expect.poll(() => row.textContent()).toContain('已短信值班电话');
    await supervisorPage.context().close();
  });

  it('a second counsellor and the federation administrator are denied the note', {
    timeout: 180_000,
  }, async () => {
    const zhao = await newCounsellor(server, `zhao.care.${driver}`);
    const page = await (await desktop(browser)).newPage();
    await signIn(page, server.url, zhao);
    await page.goto(`${server.url}/console/cases/${caseId}`);
    await page.getByText('这是另一位咨询师的个案').waitFor();
    expect(await page.content()).not.toContain(marker);
    await screenshot(page, `care-loop-${driver}-other-counsellor`);
    // The same signed-in session asking the API directly is refused too.
    expect((await page.request.get(`${server.url}/api/v1/cases/${caseId}`)).status()).toBe(403);
    await page.context().close();

    const adminPage = await (await desktop(browser)).newPage();
    await signIn(adminPage, server.url, server.credential('federation_admin'));
    await adminPage.goto(`${server.url}/console/cases/${caseId}`);
    await adminPage.getByText('您没有访问此页面的权限').waitFor();
    expect(await adminPage.content()).not.toContain(marker);
    const refused = await adminPage.request.get(`${server.url}/api/v1/cases/${caseId}`);
    expect(refused.status()).toBe(403);
    expect(await refused.text()).not.toContain(marker);
    await adminPage.context().close();
  });

  it('the worker proves it is them with a texted code and sees who read their request and case', {
    timeout: 120_000,
  }, async () => {
    const page = await (await phone(browser)).newPage();
    await page.goto(`${server.url}/my-data`);
    await page.getByText('用手机号').first().click();
    await page.getByLabel('手机号', { exact: true }).fill('139 0013 9111');
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByText('验证码已发到 139****9111', { exact: false }).waitFor();
    await expect.poll(() => smsCode(server, WORKER)).toMatch(/^\d{6}$/);
    await page.getByLabel('短信验证码（6 位数字）').fill(smsCode(server, WORKER) as string);
    await page.getByRole('button', { name: '查看我的数据' }).click();

    const log = page.getByRole('region', { name: '谁看过我的信息' });
    await log.waitFor();
    await expect.poll(() => log.textContent()).toContain('王老师');
    expect(await log.textContent()).toContain('心理咨询师');
    // Nobody who was refused read anything.
    expect(await log.textContent()).not.toContain('赵老师');
    await log.scrollIntoViewIfNeeded();
    await screenshot(page, `care-loop-${driver}-access-log`);
    await page.context().close();
  });
});
