import { describe, expect, it } from 'vitest';
import { audienceFit, audienceGroups, byAudienceFit } from './audiences';

describe('audiences', () => {
  it('have unique ids', () => {
    expect(new Set(audienceGroups.map((g) => g.id)).size).toBe(audienceGroups.length);
  });

  it('put what names my group first, then what is for everyone, then what is for others — hiding nothing', () => {
    const items = [
      { id: 'office', a: ['office_staff'] },
      { id: 'all', a: [] },
      { id: 'road', a: ['truck_driver', 'ride_hailing_driver'] },
      { id: 'all2', a: [] },
    ];
    expect(byAudienceFit(items, (i) => i.a, ['truck_driver']).map((i) => i.id)).toEqual([
      'road',
      'all',
      'all2',
      'office',
    ]);
  });

  it('leave the order alone for a worker who said nothing', () => {
    expect(audienceFit(['truck_driver'], [])).toBe(1);
    const items = [{ a: ['office_staff'] }, { a: [] }];
    expect(byAudienceFit(items, (i) => i.a, [])).toEqual(items);
  });
});
