import { describe, expect, it } from 'vitest';
import {
  bundlePath,
  type CampaignState,
  campaignToSend,
  keptFits,
  keptUrl,
  kindOf,
  shownCampaign,
  targetOf,
  wantedOf,
  wholeMinutes,
} from './choice';
import { startProgress } from './flow';
import { KEYS } from './keys';
import { forms, single, summary } from './test-fixtures';
import type { Progress } from './types';

const url = (q: string) => wantedOf(new URLSearchParams(q));
const none: CampaignState = { status: 'none' };
const loading: CampaignState = { status: 'loading' };
const gone: CampaignState = { status: 'gone' };
const unknown: CampaignState = { status: 'unknown' };
const link = (checkup = 'default'): CampaignState => ({
  status: 'ready',
  link: { code: 'demo-shunda', name: '顺达物流体检活动', checkup, tenant: 'demo-city' },
});

const keptDefault = (campaign: string | null = null): Progress =>
  startProgress(summary(), forms(), { lang: 'zh-CN', campaign });
const keptPhq9 = (): Progress => {
  const { checkup, forms: f } = single('phq9');
  return startProgress(checkup, f, { lang: 'zh-CN' });
};

describe('which check-up /checkup opens', () => {
  it('reads ?id= and ?c= as the server accepts them, and ignores anything else', () => {
    expect(url('id=phq9&c=demo-shunda')).toEqual({ id: 'phq9', campaign: 'demo-shunda' });
    expect(url('id=8f0e2a4c-1b2d-4e5f-9a6b-7c8d9e0f1a2b')).toMatchObject({
      id: '8f0e2a4c-1b2d-4e5f-9a6b-7c8d9e0f1a2b',
    });
    expect(url('id=../x&c=ab')).toEqual({ id: null, campaign: null });
    expect(url('id=%3Cscript%3E')).toEqual({ id: null, campaign: null });
    expect(url('')).toEqual({ id: null, campaign: null });
  });

  it('is the one asked for, else the one in progress, else the default', () => {
    expect(targetOf(url('id=gad7'), none, keptDefault())).toBe('gad7');
    expect(targetOf(url(''), none, keptPhq9())).toBe('phq9');
    expect(targetOf(url(''), none, null)).toBe('default');
  });

  it('for a campaign link: waits for the link, then takes its check-up (the default when it has ended)', () => {
    const c = url('c=demo-shunda');
    expect(targetOf(c, loading, null)).toBeNull();
    expect(targetOf(c, link('8f0e2a4c-1b2d-4e5f-9a6b-7c8d9e0f1a2b'), null)).toBe(
      '8f0e2a4c-1b2d-4e5f-9a6b-7c8d9e0f1a2b',
    );
    expect(targetOf(c, gone, null)).toBe('default');
    expect(targetOf(c, unknown, null)).toBe('default');
    // Begun from this link before: continued, whatever the link says now.
    expect(targetOf(c, loading, keptDefault('demo-shunda'))).toBe('default');
  });

  it('sends the campaign code unless the link is known to have ended', () => {
    const c = url('c=demo-shunda');
    expect(campaignToSend(c, link())).toBe('demo-shunda');
    expect(campaignToSend(c, unknown)).toBe('demo-shunda');
    expect(campaignToSend(c, gone)).toBeNull();
    expect(campaignToSend(url('id=phq9'), none)).toBeNull();
  });
});

describe('a check-up in progress when another is asked for', () => {
  const fits = (kept: Progress, q: string, campaign: CampaignState = none) =>
    keptFits(kept, url(q), campaign, targetOf(url(q), campaign, kept));

  it('is continued when it is the one asked for, or when nothing in particular is asked for', () => {
    expect(fits(keptDefault(), '')).toBe(true);
    expect(fits(keptDefault(), 'id=default')).toBe(true);
    expect(fits(keptPhq9(), 'id=phq9')).toBe(true);
    expect(fits(keptDefault('demo-shunda'), '')).toBe(true);
  });

  it('is not silently replaced by another check-up: the worker is asked first', () => {
    expect(fits(keptDefault(), 'id=phq9')).toBe(false);
    expect(fits(keptPhq9(), 'id=default')).toBe(false);
    expect(fits(keptPhq9(), 'c=demo-shunda', link())).toBe(false);
    // The same default check-up, but the link would now attribute it to a campaign: asked too.
    expect(fits(keptDefault(), 'c=demo-shunda', link())).toBe(false);
  });

  it('from the same campaign link is continued, even once the campaign has ended', () => {
    expect(fits(keptDefault('demo-shunda'), 'c=demo-shunda', loading)).toBe(true);
    expect(fits(keptDefault('demo-shunda'), 'c=demo-shunda', gone)).toBe(true);
    // An ended link, and the default check-up kept without a campaign: it is the same check-up.
    expect(fits(keptDefault(), 'c=demo-shunda', gone)).toBe(true);
  });

  it('begun from a campaign link, still says so when continued at plain /checkup', () => {
    const named = { ...keptDefault('demo-shunda'), campaignName: '顺达物流体检活动', tenant: 'demo-city' };
    expect(shownCampaign(none, named, true)).toEqual({
      status: 'ready',
      link: { code: 'demo-shunda', name: '顺达物流体检活动', checkup: 'default', tenant: 'demo-city' },
    });
    expect(shownCampaign(none, keptDefault('demo-shunda'), true)).toEqual({ status: 'unknown' });
    expect(shownCampaign(none, keptDefault(), true)).toEqual(none);
    expect(shownCampaign(none, named, false)).toEqual(none);
    expect(shownCampaign(gone, named, true)).toEqual(gone);
  });

  it('is continued at its own link, which never holds the retrieval code', () => {
    const withCode = startProgress(summary(), forms(), {
      lang: 'zh-CN',
      retrievalCode: 'ABCD-EFGH-2345-JKLM',
    });
    expect(keptUrl(withCode)).toBe('/checkup?id=default');
    expect(keptUrl(keptPhq9())).toBe('/checkup?id=phq9');
    expect(keptUrl(keptDefault('demo-shunda'))).toBe('/checkup?c=demo-shunda');
  });
});

describe('fetching and keeping a chosen check-up', () => {
  it('asks for it in the worker’s language, from the campaign’s federation when a link named one', () => {
    expect(bundlePath('default', 'zh-CN')).toBe('/api/v1/checkups/default?lang=zh-CN');
    expect(bundlePath('phq9', 'en', 'demo-city')).toBe('/api/v1/checkups/phq9?lang=en&tenant=demo-city');
  });

  it('keeps each on the phone under its own key, the default under the key it always had', () => {
    expect(KEYS.forms('zh-CN')).toBe('carnation.checkup.forms.zh-CN');
    expect(KEYS.forms('zh-CN', 'default')).toBe('carnation.checkup.forms.zh-CN');
    expect(KEYS.forms('en', 'phq9')).toBe('carnation.checkup.forms.en.phq9');
    expect(KEYS.forms('zh-CN', 'default', 'demo-city')).toBe(
      'carnation.checkup.forms.zh-CN.default@demo-city',
    );
  });

  it('says how long in whole minutes, and what kind of check-up it is', () => {
    expect([0.5, 1, 1.5, 4].map(wholeMinutes)).toEqual([1, 1, 2, 4]);
    expect(kindOf(summary())).toBe('default');
    expect(kindOf(single('gad7').checkup)).toBe('single');
    expect(kindOf({ id: '8f0e2a4c-1b2d-4e5f-9a6b-7c8d9e0f1a2b', instruments: ['phq2', 'who5'] })).toBe('own');
  });
});
