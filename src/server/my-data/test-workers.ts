import { expect } from 'vitest';
import type { TestApp } from '../testing/app';

/** Workers of the demo federation doing what workers do, through the public API (tests only). */
export const calmAnswers = {
  phq4: [0, 0, 0, 0],
  who5: [4, 4, 4, 4, 4],
  cbi_work: [0, 0, 0, 25, 25, 0, 100],
  ucla3: [1, 1, 1],
};

/** A check-up; returns its id and the retrieval code (the same code when one is given). */
export async function takeCheckup(t: TestApp, retrievalCode?: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/submissions',
    payload: { checkup: 'default', answers: calmAnswers, ...(retrievalCode ? { retrievalCode } : {}) },
  });
  expect(res.statusCode).toBe(201);
  return { id: res.json().id as string, code: res.json().retrievalCode as string };
}

export async function phoneCode(t: TestApp, phone: string): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/phone-verifications', payload: { phone } });
  expect(res.statusCode).toBe(202);
  return (t.sms.lastTo(phone)?.body.match(/\d{6}/) ?? [''])[0] as string;
}

/** Books the first free slot anywhere, with a phone code or a retrieval code. */
export async function book(
  t: TestApp,
  who: { phone: string; code: string } | { retrievalCode: string },
  shareResults = false,
) {
  const points = (await t.app.inject({ url: '/api/v1/service-points' })).json().servicePoints as {
    id: string;
    kind: string;
  }[];
  const city = points.find((p) => p.kind === 'city_station')?.id as string;
  const slots = (await t.app.inject({ url: `/api/v1/service-points/${city}/slots` })).json().slots as {
    id: string;
  }[];
  for (const slot of slots) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/bookings',
      payload: { slot: slot.id, topic: 'work', mode: 'in_person', consent: true, shareResults, ...who },
    });
    if (res.statusCode === 201) return res.json().id as string;
    if (res.json().error?.code !== 'slot_taken') throw new Error(`booking failed: ${res.body}`);
  }
  throw new Error('no free slot');
}

export const byPhone = (phone: string, code: string) => ({ 'x-phone': phone, 'x-phone-code': code });
export const byCode = (code: string) => ({ 'x-retrieval-code': code });
