import type { Language } from '../../shared/preferences';
import type { Progress } from './types';

/**
 * Which check-up /checkup opens, as pure decisions: `?id=` names one (the default, a federation's own, or an
 * instrument taken alone; the id is not sensitive), `?c=` a campaign link from a QR code, which names its
 * own check-up. A check-up in progress is continued when it is the one asked for; otherwise the worker is
 * asked before its answers are given up. (The retrieval code never goes into a URL.)
 */
export const DEFAULT_ID = 'default';

export interface Wanted {
  id: string | null;
  campaign: string | null;
}

/** What a campaign link leads to while the campaign is open (GET /api/v1/campaign-links/<code>). */
export interface CampaignLink {
  code: string;
  name: string;
  checkup: string;
  tenant: string;
}

export type CampaignState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; link: CampaignLink }
  /** Ended or unknown (404): the ordinary check-up is offered, without the campaign. */
  | { status: 'gone' }
  /** Not reachable and nothing cached: the default check-up, sent with the code (dropped if refused). */
  | { status: 'unknown' };

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const CAMPAIGN = /^[A-Za-z0-9_-]{4,40}$/;

/** The URL's choice, as the server accepts it; anything else is ignored. */
export const wantedOf = (params: URLSearchParams): Wanted => {
  const id = params.get('id');
  const c = params.get('c');
  return { id: id && ID.test(id) ? id : null, campaign: c && CAMPAIGN.test(c) ? c : null };
};

/** The campaign code a check-up started now is sent with: none once the link is known to be gone. */
export const campaignToSend = (wanted: Wanted, campaign: CampaignState): string | null =>
  wanted.campaign && campaign.status !== 'gone' ? wanted.campaign : null;

/**
 * The check-up the page is about: the campaign's, the one asked for by id, else the one in progress, else
 * the default. Null while the campaign link is still being looked up.
 */
export function targetOf(wanted: Wanted, campaign: CampaignState, kept: Progress | null): string | null {
  if (wanted.campaign) {
    if (kept?.campaign === wanted.campaign) return kept.checkup.id;
    if (campaign.status === 'loading') return null;
    return campaign.status === 'ready' ? campaign.link.checkup : DEFAULT_ID;
  }
  return wanted.id ?? kept?.checkup.id ?? DEFAULT_ID;
}

/**
 * The check-up in progress is the one the page is about: begun from this same campaign link (even if the
 * campaign has ended since), or the same check-up with the campaign the link would now attach.
 */
export function keptFits(
  kept: Progress,
  wanted: Wanted,
  campaign: CampaignState,
  target: string | null,
): boolean {
  if (wanted.campaign && kept.campaign === wanted.campaign) return true;
  return (
    kept.checkup.id === target &&
    (!wanted.campaign || (kept.campaign ?? null) === campaignToSend(wanted, campaign))
  );
}

/**
 * The campaign the start screen speaks of: the link's, or, for a kept check-up begun from a link and
 * continued at plain /checkup, the one it was begun from (by the name kept with it).
 */
export function shownCampaign(campaign: CampaignState, kept: Progress | null, fits: boolean): CampaignState {
  if (campaign.status !== 'none' || !fits || !kept?.campaign) return campaign;
  const { campaign: code, campaignName: name, checkup, tenant } = kept;
  return name
    ? { status: 'ready', link: { code, name, checkup: checkup.id, tenant: tenant ?? '' } }
    : { status: 'unknown' };
}

/** Where the check-up in progress is continued (its own link, so the page is about it again). */
export const keptUrl = (kept: Progress): string =>
  kept.campaign ? `/checkup?c=${kept.campaign}` : `/checkup?id=${encodeURIComponent(kept.checkup.id)}`;

/** One request for a check-up with its forms; a campaign's check-up is asked of the campaign's federation. */
export const bundlePath = (id: string, lang: Language, tenant?: string | null): string =>
  `/api/v1/checkups/${encodeURIComponent(id)}?lang=${lang}${tenant ? `&tenant=${encodeURIComponent(tenant)}` : ''}`;

/** Whole minutes, at least one: "约 1 分钟" reads better than "约 0.5 分钟". */
export const wholeMinutes = (minutes: number): number => Math.max(1, Math.ceil(minutes));

/** What kind of check-up this is: the default, one instrument alone, or one the federation defined. */
export const kindOf = (c: { id: string; instruments: readonly string[] }): 'default' | 'single' | 'own' =>
  c.id === DEFAULT_ID
    ? 'default'
    : c.instruments.length === 1 && c.instruments[0] === c.id
      ? 'single'
      : 'own';
