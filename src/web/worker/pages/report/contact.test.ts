import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api';
import type { ReportRecord } from '../../checkup/report-store';
import { codeOfThisCheckup, contactBody, isPhone, sendContact } from './contact';

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
    expect(contactBody(input, { ...report, response: undefined })).not.toHaveProperty('shareResults');
    expect(contactBody({ ...input, message: ' 想聊聊 ' }, null)).toMatchObject({ message: '想聊聊' });
  });

  it('says whom it is about with this check-up’s code, and lets its urgency count, even when not shared', () => {
    const input = { phone: '13800138000', preferredTime: '今晚', message: '', share: false };
    const body = contactBody(input, report, codeOfThisCheckup(report, false, null));
    expect(body).toMatchObject({ submissionId: report.response?.id, retrievalCode: 'ABCDEFGH23456JKL' });
    expect(body).not.toHaveProperty('shareResults');
    // From the crisis screen mid-check-up: the code given at its start, and no earlier check-up's id.
    const code = codeOfThisCheckup(report, true, 'wxyz-2345-abcd-efgh');
    expect(code).toBe('WXYZ2345ABCDEFGH');
    const fromCrisis = contactBody(input, null, code, true);
    // … and it says it comes from a crisis, so it reaches the counsellors as one before any check-up was sent.
    expect(fromCrisis).toMatchObject({ retrievalCode: 'WXYZ2345ABCDEFGH', crisisLevel: 'urgent' });
    expect(contactBody(input, report, null)).not.toHaveProperty('crisisLevel');
    expect(fromCrisis).not.toHaveProperty('submissionId');
    expect(codeOfThisCheckup(report, true, null)).toBeNull();
    expect(codeOfThisCheckup(null, false, 'wxyz-2345-abcd-efgh')).toBeNull();
    expect(contactBody(input, null, null)).not.toHaveProperty('retrievalCode');
  });

  it('never lets an unknown code stop a request for help: it goes again without it', async () => {
    const sent: object[] = [];
    const send = async (body: object) => {
      sent.push(body);
      if ('retrievalCode' in body) throw new ApiError(400, 'unknown_retrieval_code', 'x');
      return { id: 'a', priority: 'normal' };
    };
    const input = { phone: '13800138000', preferredTime: '今晚', message: '', share: false };
    await expect(sendContact(contactBody(input, null, 'WXYZ2345ABCDEFGH'), send)).resolves.toEqual({
      id: 'a',
      priority: 'normal',
    });
    expect(sent).toHaveLength(2);
    expect(sent[1]).not.toHaveProperty('retrievalCode');
    // Sharing needs the code: that refusal is said, not hidden.
    await expect(sendContact(contactBody({ ...input, share: true }, report), send)).rejects.toThrow();
  });
});
