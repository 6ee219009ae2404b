import { describe, expect, it } from 'vitest';
import {
  audiencesOfEvent,
  eventsToShow,
  filterFromParams,
  fitsMe,
  inThisWeek,
  kindChips,
  mondayOf,
  paramsOfFilter,
  placesOf,
} from './list';
import { anEvent, idN } from './test-fixtures';

const noFilter = { kind: null, near: false, week: false, fit: false };

describe('the events list', () => {
  it('reads its chips from the address, and writes back only what differs from the default', () => {
    const f = filterFromParams(new URLSearchParams('kind=roadside_station&week=1'), false);
    expect(f).toEqual({ kind: 'roadside_station', near: false, week: true, fit: false });
    expect(filterFromParams(new URLSearchParams(''), true).fit).toBe(true);
    expect(filterFromParams(new URLSearchParams('fit=0'), true).fit).toBe(false);
    expect(filterFromParams(new URLSearchParams('kind=custom:tea-talk'), false).kind).toBe('custom:tea-talk');
    // Anything odd in the address is ignored rather than sent on.
    expect(filterFromParams(new URLSearchParams('kind=<script>'), false).kind).toBeNull();
    expect(paramsOfFilter({ kind: null, near: false, week: false, fit: true }, true).toString()).toBe('');
    expect(paramsOfFilter({ kind: 'lecture', near: true, week: false, fit: false }, true).toString()).toBe(
      'kind=lecture&near=1&fit=0',
    );
  });

  it('puts roadside stations and drivers’ events first for a truck driver, and keeps time order otherwise', () => {
    const talk = anEvent({ id: idN(1), kind: 'lecture', startsAt: '2026-12-05T06:00:00Z' });
    const family = anEvent({
      id: idN(2),
      kind: 'parent_child',
      audiences: ['parent'],
      startsAt: '2026-12-06T06:00:00Z',
    });
    const roadside = anEvent({ id: idN(3), kind: 'roadside_station', startsAt: '2026-12-07T06:00:00Z' });
    const drivers = anEvent({
      id: idN(4),
      kind: 'group_counselling',
      audiences: ['truck_driver'],
      startsAt: '2026-12-08T06:00:00Z',
    });
    const all = [talk, family, roadside, drivers];
    const now = new Date('2026-12-04T02:00:00Z');

    const forDriver = eventsToShow(all, { ...noFilter, fit: true }, ['truck_driver'], now);
    expect(forDriver.map((e) => e.id)).toEqual([idN(3), idN(4), idN(1), idN(2)]);
    expect(forDriver.filter((e) => fitsMe(e, ['truck_driver'])).map((e) => e.kind)).toEqual([
      'roadside_station',
      'group_counselling',
    ]);
    // Nothing is hidden, and without 适合我 (or groups) the server's order stands.
    expect(eventsToShow(all, noFilter, ['truck_driver'], now)).toEqual(all);
    expect(eventsToShow(all, { ...noFilter, fit: true }, [], now)).toEqual(all);
    expect(fitsMe(roadside, [])).toBe(false);
    expect(audiencesOfEvent(roadside)).toContain('driver_family');
  });

  it('filters by kind, and by this week at the event’s own clock', () => {
    // Thursday 3 Dec 2026, 23:30 in Shanghai (15:30 UTC): the week runs Monday 30 Nov to Sunday 6 Dec.
    const now = new Date('2026-12-03T15:30:00Z');
    expect(mondayOf('2026-12-03')).toBe('2026-11-30');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    const sundayNight = anEvent({ id: idN(1), startsAt: '2026-12-06T15:00:00Z' }); // Sun 23:00 Shanghai
    const mondayMorning = anEvent({ id: idN(2), startsAt: '2026-12-06T16:30:00Z' }); // Mon 00:30 Shanghai
    expect(inThisWeek(sundayNight, now)).toBe(true);
    expect(inThisWeek(mondayMorning, now)).toBe(false);
    // The same instant in London is still Sunday there: this week at that event's place.
    expect(inThisWeek({ ...mondayMorning, timeZone: 'Europe/London' }, now)).toBe(true);

    const roadside = anEvent({ id: idN(3), kind: 'roadside_station', startsAt: '2026-12-04T06:00:00Z' });
    const shown = eventsToShow([sundayNight, mondayMorning, roadside], { ...noFilter, week: true }, [], now);
    expect(shown.map((e) => e.id)).toEqual([idN(1), idN(3)]);
    expect(
      eventsToShow([sundayNight, roadside], { ...noFilter, kind: 'roadside_station' }, [], now).map(
        (e) => e.id,
      ),
    ).toEqual([idN(3)]);
  });

  it('offers chips for the kinds on the list, named as the server named them', () => {
    const events = [
      anEvent({ kind: 'roadside_station', kindName: '路上心灵驿站' }),
      anEvent({ kind: 'custom:tea-talk', kindName: '茶话会' }),
      anEvent({ kind: 'roadside_station', kindName: '路上心灵驿站' }),
      anEvent({ kind: 'lecture', kindName: '心理讲座' }),
    ];
    expect(kindChips(events)).toEqual([
      { kind: 'roadside_station', name: '路上心灵驿站' },
      { kind: 'custom:tea-talk', name: '茶话会' },
      { kind: 'lecture', name: '心理讲座' },
    ]);
    // A recommendation's link to a kind with nothing on: no chip to press, and the list says so.
    expect(kindChips([])).toEqual([]);
  });

  it('says places left, 可排队候补 when full, or why one cannot sign up', () => {
    expect(placesOf(anEvent({ placesLeft: 3 }))).toEqual({ kind: 'left', count: 3 });
    expect(placesOf(anEvent({ placesLeft: 0, waitlistLength: 4 }))).toEqual({ kind: 'waitlist', waiting: 4 });
    expect(placesOf(anEvent({ registration: { opensAt: null, closesAt: null, refusal: 'closed' } }))).toEqual(
      { kind: 'refused', why: 'closed' },
    );
    expect(placesOf(anEvent({ status: 'cancelled' }))).toEqual({ kind: 'refused', why: 'cancelled' });
  });
});
