import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availability, type InstrumentPolicy, renderForm } from './availability';
import { catalogue, instrument } from './catalogue';
import { defaultCheckup, stepUpsApplicableTo } from './checkups';
import { crisisResources } from './crisis';
import { evaluateSubmission, singleInstrumentCheckup } from './evaluate';
import { optionsOf, scoreAnswers } from './scoring';
import type { InstrumentDefinition } from './types';

const def = (id: string) => instrument(id) as InstrumentDefinition;
const noDecisions: InstrumentPolicy = { reviews: [], licencePermissions: new Set(), commercialUse: false };

describe('which texts workers may see', () => {
  it('shows verified English texts without any approval', () => {
    for (const id of ['phq9', 'gad7', 'who5', 'cbi_work', 'ucla3', 'k10', 'k6']) {
      expect(availability(def(id), 'en', noDecisions)).toMatchObject({ ok: true });
    }
  });

  it('holds back unverified Chinese texts until a supervisor approves them', () => {
    for (const id of ['k10', 'k6', 'ucla3', 'cbi_work', 'gad7', 'gad2', 'phq4']) {
      expect(availability(def(id), 'zh-CN', noDecisions), id).toEqual({
        ok: false,
        reason: 'text_not_approved',
      });
    }
    expect(availability(def('phq9'), 'zh-CN', noDecisions)).toMatchObject({ ok: true });
    expect(availability(def('who5'), 'zh-CN', noDecisions)).toMatchObject({ ok: true });
  });

  it('shows the Chinese wording the supervisor chose, and nothing once a text is rejected', () => {
    const approvedB: InstrumentPolicy = {
      ...noDecisions,
      reviews: [
        {
          instrumentId: 'gad7',
          version: def('gad7').version,
          lang: 'zh-CN',
          status: 'approved',
          variant: 'B',
        },
      ],
    };
    expect(availability(def('gad7'), 'zh-CN', approvedB)).toEqual({ ok: true, variant: 'B', approved: true });
    const form = renderForm(def('gad7'), 'zh-CN', 'B');
    expect(form.items[0]?.text).toBe('感觉紧张、焦虑或不安');
    expect(form.items[0]?.options.map((o) => o.label)).toEqual([
      '根本没有',
      '有几天',
      '超过一半天数',
      '几乎每天',
    ]);
    expect(form.instructions).toBe('在过去2周里，您被以下问题困扰的频率如何？');
    expect(renderForm(def('gad7'), 'zh-CN', 'A').items[0]?.text).toBe('感觉紧张，焦虑或急切');
    const rejected: InstrumentPolicy = {
      ...noDecisions,
      reviews: [
        {
          instrumentId: 'phq9',
          version: def('phq9').version,
          lang: 'zh-CN',
          status: 'rejected',
          variant: null,
        },
      ],
    };
    expect(availability(def('phq9'), 'zh-CN', rejected)).toEqual({ ok: false, reason: 'text_rejected' });
  });

  it('offers PSS-10 only with a recorded licence permission, and WHO-5 too when the use is commercial', () => {
    expect(availability(def('pss10'), 'en', noDecisions)).toEqual({
      ok: false,
      reason: 'licence_permission_missing',
    });
    expect(
      availability(def('pss10'), 'en', { ...noDecisions, licencePermissions: new Set(['pss10']) }),
    ).toMatchObject({ ok: true });
    expect(availability(def('who5'), 'en', { ...noDecisions, commercialUse: true })).toEqual({
      ok: false,
      reason: 'licence_permission_missing',
    });
  });

  it('never offers excluded instruments', () => {
    for (const id of ['isi', 'bat', 'mbi', 'scl90']) {
      expect(availability(def(id), 'en', { ...noDecisions, licencePermissions: new Set([id]) })).toEqual({
        ok: false,
        reason: 'excluded',
      });
    }
  });

  it('renders a form in one language with its own timeframe, instructions and attribution', () => {
    const who5 = renderForm(def('who5'), 'zh-CN', null);
    expect(who5.timeframe).toBe('过去两星期');
    expect(who5.items[3]?.text).toBe('我睡醒时感到清新、得到了足够的休息');
    expect(who5.attribution).toContain('世界卫生组织');
    expect(renderForm(def('cbi_work'), 'zh-CN', null).timeframe).toBeNull();
    expect(renderForm(def('cbi_work'), 'zh-CN', null).instructions).not.toContain('[');
    expect(renderForm(def('cbi_work'), 'en', null).items[0]?.options[0]?.label).toBe('To a very high degree');
    expect(renderForm(def('phq9'), 'en', null).criticalItems).toEqual([{ n: 9, threshold: 1, urgentAt: 2 }]);
  });
});

describe('scoring on the phone', () => {
  it('gives the same result from a rendered form as from the definition, for every instrument', () => {
    for (const d of [...catalogue.values()].filter((x) => x.status === 'usable')) {
      const form = renderForm(d, 'zh-CN', d.zhVariants ? 'A' : null);
      fc.assert(
        fc.property(
          fc.tuple(...d.items.map((item) => fc.constantFrom(...optionsOf(d, item).map((o) => o.value)))),
          (answers) => {
            const a = scoreAnswers(d, answers);
            const b = scoreAnswers(form, answers);
            return (
              a.score === b.score &&
              a.band.code === b.band.code &&
              JSON.stringify(a.flags) === JSON.stringify(b.flags)
            );
          },
        ),
        { numRuns: 50 },
      );
    }
  });
});

describe('the default check-up', () => {
  const calm = {
    phq4: [0, 0, 0, 0],
    who5: [4, 4, 4, 4, 4],
    cbi_work: [0, 0, 0, 25, 25, 0, 100],
    ucla3: [1, 1, 1],
  };

  it('is the under-five-minute battery of instruments.md §5 with two step-ups', () => {
    expect(defaultCheckup.instruments).toEqual(['phq4', 'who5', 'cbi_work', 'ucla3']);
    const items = defaultCheckup.instruments.reduce((n, id) => n + def(id).items.length, 0);
    expect(items).toBe(19);
    expect(defaultCheckup.stepUps.map((s) => s.target)).toEqual(['phq9', 'gad7']);
  });

  it('scores a calm submission with no step-up and no crisis', () => {
    const r = evaluateSubmission(defaultCheckup, catalogue, calm);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.results.map((x) => [x.instrument, x.band.code])).toEqual([
      ['phq4', 'normal'],
      ['who5', 'not_low'],
      ['cbi_work', 'low'],
      ['ucla3', 'not_lonely'],
    ]);
    expect(r.crisis.triggered).toBe(false);
    expect(r.stepUps).toEqual([]);
  });

  it('offers PHQ-9 after a positive PHQ-2 or low WHO-5, and GAD-7 after a positive GAD-2', () => {
    const low = evaluateSubmission(defaultCheckup, catalogue, { ...calm, who5: [2, 2, 2, 2, 2] });
    expect(low.ok && low.stepUps).toEqual(['phq9']);
    const itemLow = evaluateSubmission(defaultCheckup, catalogue, { ...calm, who5: [5, 5, 5, 5, 1] });
    expect(itemLow.ok && itemLow.stepUps).toEqual(['phq9']);
    const both = evaluateSubmission(defaultCheckup, catalogue, { ...calm, phq4: [2, 1, 2, 1] });
    expect(both.ok && both.stepUps).toEqual(['phq9', 'gad7']);
  });

  it('accepts a step-up that carries over the two shared answers, and reports the crisis of item 9', () => {
    const r = evaluateSubmission(defaultCheckup, catalogue, {
      ...calm,
      phq4: [0, 0, 2, 1],
      phq9: [2, 1, 1, 1, 0, 0, 0, 0, 1],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.results.find((x) => x.instrument === 'phq9')?.score).toBe(6);
    expect(r.crisis).toEqual({ triggered: true, level: 'urgent', reasons: ['phq9.self_harm_thoughts'] });
    expect(r.stepUps).toEqual([]);
  });

  it('refuses a step-up that was not offered, or whose carried-over answers changed', () => {
    const notOffered = evaluateSubmission(defaultCheckup, catalogue, {
      ...calm,
      phq9: [0, 0, 0, 0, 0, 0, 0, 0, 0],
    });
    expect(!notOffered.ok && notOffered.problems).toEqual([
      { code: 'step_up_not_offered', instrument: 'phq9' },
    ]);
    const changed = evaluateSubmission(defaultCheckup, catalogue, {
      ...calm,
      phq4: [0, 0, 2, 1],
      phq9: [0, 1, 1, 1, 0, 0, 0, 0, 0],
    });
    expect(!changed.ok && changed.problems).toEqual([
      { code: 'carry_over_mismatch', instrument: 'phq9', item: 1, expected: 2 },
    ]);
  });

  it('refuses missing, unknown and malformed answers with the instrument named', () => {
    const r = evaluateSubmission(defaultCheckup, catalogue, {
      phq4: [0, 0, 0],
      who5: [4, 4, 4, 4, 9],
      cbi_work: calm.cbi_work,
      k6: [0],
    });
    expect(!r.ok && r.problems).toEqual([
      { code: 'unknown_instrument', instrument: 'k6' },
      { code: 'missing_instrument', instrument: 'ucla3' },
      { code: 'wrong_answer_count', instrument: 'phq4', expected: 4, received: 3 },
      { code: 'invalid_option', instrument: 'who5', item: 5, value: 9, allowed: [5, 4, 3, 2, 1, 0] },
    ]);
  });

  it('lets any instrument be taken alone, with the step-ups it can lead to', () => {
    const phq2 = singleInstrumentCheckup(def('phq2'), stepUpsApplicableTo(['phq2']));
    const r = evaluateSubmission(phq2, catalogue, { phq2: [2, 2] });
    expect(r.ok && r.stepUps).toEqual(['phq9']);
    const withNine = evaluateSubmission(phq2, catalogue, { phq2: [2, 2], phq9: [2, 2, 0, 0, 0, 0, 0, 0, 0] });
    expect(withNine.ok).toBe(true);
  });

  it('lists 12356 first among the crisis lines, with honest hours', () => {
    expect(crisisResources[0]?.phone).toBe('12356');
    expect(crisisResources[0]?.hours['zh-CN']).not.toMatch(/^24/);
    expect(crisisResources.map((r) => r.phone)).toEqual(expect.arrayContaining(['120', '110']));
  });
});
