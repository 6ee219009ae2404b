import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TOTP_STEP_SECONDS, timeStep } from '../src/core/identity/totp';
import {
  describeBrowser,
  desktop,
  freshTotp,
  launchBrowser,
  type RunningServer,
  screenshot,
  startServer,
} from './harness';

interface Account {
  login: string;
  password: string;
  totpSecret: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A code is good once: wait until the authenticator shows a step later than the one already used. */
async function codeAfter(secret: string, usedStep: number): Promise<string> {
  while (timeStep(Date.now()) <= usedStep) {
    await sleep(TOTP_STEP_SECONDS * 1000 - (Date.now() % (TOTP_STEP_SECONDS * 1000)) + 200);
  }
  return freshTotp(secret);
}

async function enterPassword(page: Page, url: string, login: string, password: string): Promise<void> {
  await page.goto(`${url}/console/login`);
  await page.getByLabel('登录名', { exact: true }).fill(login);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

async function signIn(page: Page, url: string, account: Account, code?: string): Promise<void> {
  await enterPassword(page, url, account.login, account.password);
  await page.getByLabel('验证码', { exact: true }).fill(code ?? (await freshTotp(account.totpSecret)));
  await page.getByRole('button', { name: '验证并登录' }).click();
  await page.getByTestId('current-user').waitFor();
}

describeBrowser('staff console journeys', () => {
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

  it('a new staff member changes the password, enrols TOTP, saves recovery codes and signs in again', {
    timeout: 180_000,
  }, async () => {
    // The federation administrator opens the account in the console and reads the temporary password.
    const admin = await (await desktop(browser)).newPage();
    await signIn(admin, server.url, server.credential('federation_admin'));
    await admin.getByRole('link', { name: '账号与角色' }).first().click();
    await admin.getByRole('button', { name: '新建账号' }).click();
    await admin.getByLabel('登录名', { exact: true }).fill('new-counsellor');
    await admin.getByLabel('姓名', { exact: true }).fill('新来的咨询师 赵老师');
    const home = admin.locator('#create-user_organisationId');
    await home.click();
    await home.fill('心理健康服务中心');
    await admin.locator('.ant-select-tree-title', { hasText: '市心理健康服务中心' }).click();
    await admin.locator('#create-user_roles_0_role').click();
    await admin.locator('.ant-select-item-option', { hasText: '心理咨询师' }).click();
    await admin.getByRole('button', { name: '新建', exact: true }).click();
    const shown = admin.getByTestId('temporary-password');
    await shown.waitFor();
    const temporaryPassword = ((await shown.textContent()) ?? '').trim();
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{12}$/);
    await screenshot(admin, 'console-e2e-temporary-password');
    await admin.getByRole('button', { name: '我已记下' }).click();
    await admin.getByRole('cell', { name: 'new-counsellor' }).waitFor();

    // The new counsellor signs in with it and is made to choose a new password first.
    const page = await (await desktop(browser)).newPage();
    await enterPassword(page, server.url, 'new-counsellor', temporaryPassword);
    await page.getByRole('heading', { name: '首次登录，请设置新密码' }).waitFor();
    const newPassword = 'quiet harbour lantern 42';
    await page.getByLabel('临时密码').fill(temporaryPassword);
    await page.getByLabel('新密码', { exact: true }).fill(newPassword);
    await page.getByLabel('再次输入新密码').fill(newPassword);
    await page.getByRole('button', { name: '修改密码' }).click();

    // Then second-factor enrolment: QR code and the key for typing by hand.
    await page.getByRole('heading', { name: '设置双重验证' }).waitFor();
    expect(await page.getByRole('img', { name: '双重验证二维码' }).isVisible()).toBe(true);
    const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await screenshot(page, 'console-e2e-totp-enrolment');
    const enrolCode = await freshTotp(secret);
    const enrolStep = timeStep(Date.now());
    await page.getByLabel('6 位验证码').fill(enrolCode);
    await page.getByRole('button', { name: '完成设置' }).click();

    // Recovery codes are shown once; going on needs the "saved" confirmation.
    await page.getByText('双重验证已设置完成。').waitFor();
    const codes = page.getByTestId('recovery-codes').locator('li');
    expect(await codes.count()).toBe(10);
    expect(await codes.first().textContent()).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
    const next = page.getByRole('button', { name: '继续' });
    expect(await next.isDisabled()).toBe(true);
    await page.getByLabel('我已妥善保存这些恢复码').check();
    await next.click();

    // Signed in: the console home greets them by name.
    await page.getByRole('heading', { name: '新来的咨询师 赵老师，您好！' }).waitFor();
    expect(await page.getByTestId('current-user').textContent()).toBe('新来的咨询师 赵老师');
    await screenshot(page, 'console-e2e-new-user-home');

    // Sign out, and in again with the new password and a later TOTP code.
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByText('您已安全退出登录。').waitFor();
    await signIn(
      page,
      server.url,
      { login: 'new-counsellor', password: newPassword, totpSecret: secret },
      await codeAfter(secret, enrolStep),
    );
    await page.getByRole('heading', { name: '新来的咨询师 赵老师，您好！' }).waitFor();
    expect(page.url()).toBe(`${server.url}/console`);
    await page.context().close();
    await admin.context().close();
  });

  it('a counsellor opening the audit viewer sees a clear permission message', async () => {
    const page = await (await desktop(browser)).newPage();
    await signIn(page, server.url, server.credential('counsellor'));
    await page.goto(`${server.url}/console/audit`);
    await page.getByText('您没有访问此页面的权限').waitFor();
    expect(await page.getByText('此页面需要以下角色之一：审计员、平台运营').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: '审计日志' }).count()).toBe(0);
    await screenshot(page, 'console-e2e-denied');
    await page.getByRole('button', { name: '返回首页' }).click();
    await page.getByRole('heading', { name: /您好/ }).waitFor();
    await page.context().close();
  });

  it('an auditor filters sign-in events and verifies the audit chain', async () => {
    const context = await desktop(browser);
    const page = await context.newPage();
    await signIn(page, server.url, server.credential('auditor'));
    await page.getByRole('link', { name: '审计日志' }).first().click();
    await page.getByRole('cell', { name: 'auth.sign_in' }).first().waitFor();

    await page.getByLabel('操作', { exact: true }).fill('auth.');
    const filtered = page.waitForResponse(
      (r) => r.url().includes('/api/v1/audit-events?') && r.url().includes('action=auth.'),
    );
    await page.getByRole('button', { name: '查询' }).click();
    await filtered;
    const actionCells = page.locator('.ant-table-tbody tr.ant-table-row td:nth-child(4)');
    await expect
      .poll(async () => {
        const actions = await actionCells.allTextContents();
        return (
          actions.length > 0 &&
          actions.every((a) => a.startsWith('auth.')) &&
          actions.includes('auth.sign_in')
        );
      })
      .toBe(true);

    await page.getByRole('button', { name: '校验审计链' }).click();
    await page.getByText(/审计链完整：共校验 \d+ 条记录，未发现篡改。/).waitFor();
    await screenshot(page, 'console-e2e-audit-verified');
    await page.getByRole('dialog').getByRole('button', { name: '关闭' }).last().click();

    // A session that ends on the server sends the user back to sign-in with a message.
    await context.clearCookies();
    await page.getByRole('link', { name: '组织架构' }).first().click();
    await page.getByText('登录已过期，请重新登录').waitFor();
    expect(page.url()).toBe(`${server.url}/console/login`);
    await context.close();
  });
});
