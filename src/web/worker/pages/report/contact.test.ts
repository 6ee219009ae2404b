import { describe, expect, it } from 'vitest';
import type { ReportRecord } from '../../checkup/report-store';
import { contactBody, isPhone } from './contact';

const report = {
  key: 'k',
  response: { id: '6f1c1f1e-64b6-4a55-9d0c-6a4f1e0d2b11', retrievalCode: 'ABCD-EFGH-2345-6JKL' },
} as ReportRecord;

describe('the contact request', () => {
  it('accepts the phone numbers the server accepts', () => {
    for (const ok of ['13800138000', '138 0013 8000', '+86 138-0013-8000', '010-82951332', '0755 1234 5678'])
      expect(isPhone(ok), ok).toBe(true);
    for (const bad of ['', '12345', '23800138000', '1380013800', 'call me'])
      expect(isPhone(bad), bad).toBe(false);
  });

  it('shares the check-up only when ticked and saved, with its id and the code that proves it is theirs', () => {
    const input = { phone: '13800138000', preferredTime: ' 今晚 ', message: '  ', share: true };
    expect(contactBody(input, report)).toEqual({
      phone: '13800138000',
      preferredTime: '今晚',
      consent: true,
      submissionId: report.response?.id,
      retrievalCode: 'ABCDEFGH23456JKL',
      shareResults: true,
    });
    expect(contactBody({ ...input, share: false }, report)).not.toHaveProperty('submissionId');
    expect(contactBody(input, { ...report, response: undefined })).not.toHaveProperty('shareResults');
    expect(contactBody({ ...input, message: ' 想聊聊 ' }, null)).toMatchObject({ message: '想聊聊' });
  });
});
