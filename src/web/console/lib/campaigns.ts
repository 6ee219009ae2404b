import type { Campaign } from './types';

export type CampaignState = 'running' | 'paused' | 'scheduled' | 'ended';

/** What a campaign link does right now: the server accepts submissions only for a running one. */
export function campaignState(c: Pick<Campaign, 'active' | 'startsAt' | 'endsAt'>, now: Date): CampaignState {
  if (!c.active) return 'paused';
  if (c.startsAt && Date.parse(c.startsAt) > now.getTime()) return 'scheduled';
  if (c.endsAt && Date.parse(c.endsAt) <= now.getTime()) return 'ended';
  return 'running';
}

/**
 * An SVG (the server's QR code) as an image address. An <img> shows it without running anything in it, which
 * inserting the markup into the page would not guarantee.
 */
export const svgDataUri = (svg: string): string =>
  `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
