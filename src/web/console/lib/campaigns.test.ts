import { describe, expect, it } from 'vitest';
import { campaignState, svgDataUri } from './campaigns';

describe('campaign state', () => {
  const now = new Date('2026-11-15T04:00:00Z');

  it('is paused whatever the dates when switched off', () => {
    expect(campaignState({ active: false, startsAt: null, endsAt: null }, now)).toBe('paused');
  });

  it('follows the start and end dates when active', () => {
    expect(campaignState({ active: true, startsAt: null, endsAt: null }, now)).toBe('running');
    expect(campaignState({ active: true, startsAt: '2026-11-16T00:00:00Z', endsAt: null }, now)).toBe(
      'scheduled',
    );
    expect(campaignState({ active: true, startsAt: null, endsAt: '2026-11-15T04:00:00Z' }, now)).toBe(
      'ended',
    );
    expect(
      campaignState({ active: true, startsAt: '2026-11-01T00:00:00Z', endsAt: '2026-12-01T00:00:00Z' }, now),
    ).toBe('running');
  });
});

describe('svgDataUri', () => {
  it('makes an image address with every markup character escaped', () => {
    const uri = svgDataUri('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0h1"/></svg>');
    expect(uri.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(uri).not.toMatch(/[<>"# ]/);
    expect(decodeURIComponent(uri.split(',')[1] ?? '')).toContain('<path d="M0 0h1"/>');
  });
});
