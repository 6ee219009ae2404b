import type { Page } from 'playwright-core';
import { TOTP_STEP_SECONDS, timeStep } from '../src/core/identity/totp';
import { freshTotp } from './harness';

export interface Account {
  login: string;
  password: string;
  totpSecret: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The TOTP step each account last signed in with: a code is accepted once per step per account. */
const usedStep = new Map<string, number>();

export async function codeFor(account: Account): Promise<string> {
  const last = usedStep.get(account.login) ?? -1;
  while (timeStep(Date.now()) <= last) {
    await sleep(TOTP_STEP_SECONDS * 1000 - (Date.now() % (TOTP_STEP_SECONDS * 1000)) + 200);
  }
  const code = await freshTotp(account.totpSecret);
  usedStep.set(account.login, timeStep(Date.now()));
  return code;
}

/** Signs a demo account in to the console in Chinese, second factor included. */
export async function signIn(page: Page, url: string, account: Account): Promise<void> {
  await page.goto(`${url}/console/login`);
  await page.getByLabel('登录名', { exact: true }).fill(account.login);
  await page.getByLabel('密码', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByLabel('验证码', { exact: true }).fill(await codeFor(account));
  await page.getByRole('button', { name: '验证并登录' }).click();
  await page.getByTestId('current-user').waitFor();
}
