import { describe, expect, it } from 'vitest';
import type { MetricKey } from '../../../core/statistics/metrics';
import {
  byFamily,
  type Change,
  changeOf,
  changeText,
  figureText,
  hiddenText,
  metricLabel,
  shownValue,
  valueText,
} from './stats-figures';
import type { Figure } from './stats-types';

const shown = (value: number): Figure => ({ value, hidden: null });
const small: Figure = { value: null, hidden: 'small' };
const complement: Figure = { value: null, hidden: 'complement' };
const none: Figure = { value: null, hidden: null };
const metric = (key: MetricKey, current: Figure, previous: Figure) => ({ key, current, previous });
const words = { flat: '持平', new: '新增', points: ' 个百分点' };

describe('a hidden figure', () => {
  it('is written as under the answer’s minimum group size, never as a number', () => {
    expect(hiddenText(10)).toBe('<10');
    expect(figureText(small, 'count', 'zh-CN', 10)).toBe('<10');
    expect(figureText(complement, 'count', 'en', 15)).toBe('<15');
    expect(figureText({ value: 4, hidden: 'small' }, 'count', 'en', 10)).toBe('<10');
    expect(shownValue({ value: 4, hidden: 'small' })).toBeNull();
  });

  it('differs from nothing to compute (a median over no one) and from a real 0', () => {
    expect(figureText(none, 'duration_minutes', 'zh-CN', 10)).toBe('—');
    expect(figureText(undefined, 'count', 'zh-CN', 10)).toBe('—');
    expect(figureText(shown(0), 'count', 'zh-CN', 10)).toBe('0');
  });
});

describe('values by kind', () => {
  it('writes counts whole with separators, durations and hours to one decimal, shares as per cent', () => {
    expect(valueText(5983, 'count', 'en')).toBe('5,983');
    expect(valueText(12.345, 'duration_minutes', 'zh-CN')).toBe('12.3');
    expect(valueText(64, 'hours', 'en')).toBe('64');
    expect(valueText(0.857, 'share', 'en')).toBe('85.7%');
    expect(valueText(4.666, 'rating', 'zh-CN')).toBe('4.67');
  });

  it('names metrics from the catalogue in both languages', () => {
    expect(metricLabel('checkup.person_times', 'zh-CN')).toBe('线上测评人次');
    expect(metricLabel('checkup.person_times', 'en')).toBe('Check-ups taken (person-times)');
  });
});

describe('the change from the previous period', () => {
  it('is a percentage of the previous value, up or down', () => {
    expect(changeOf(metric('checkup.people', shown(120), shown(100)))).toEqual({
      direction: 'up',
      percent: 20,
    });
    expect(changeOf(metric('checkup.people', shown(75), shown(100)))).toEqual({
      direction: 'down',
      percent: 25,
    });
    expect(changeOf(metric('checkup.people', shown(40), shown(40)))).toEqual({ direction: 'flat' });
  });

  it('is not given when either side is hidden or missing, so it cannot give a hidden figure away', () => {
    expect(changeOf(metric('checkup.people', shown(120), small))).toBeNull();
    expect(changeOf(metric('checkup.people', complement, shown(120)))).toBeNull();
    expect(changeOf(metric('alerts.ack_median_minutes', shown(12), none))).toBeNull();
  });

  it('says “new” instead of dividing by a previous 0', () => {
    expect(changeOf(metric('events.held', shown(12), shown(0)))).toEqual({ direction: 'new' });
  });

  it('gives shares in percentage points', () => {
    const c = changeOf(metric('tasks.on_time_share', shown(0.9), shown(0.8))) as Change;
    expect(c.direction).toBe('up');
    expect(changeText(c, 'zh-CN', words)).toBe('▲ 10 个百分点');
  });

  it('reads with an arrow, so colour is never the only sign', () => {
    expect(changeText({ direction: 'up', percent: 20 }, 'en', words)).toBe('▲ 20%');
    expect(changeText({ direction: 'down', percent: 2.54 }, 'en', words)).toBe('▼ 2.5%');
    expect(changeText({ direction: 'flat' }, 'zh-CN', words)).toBe('持平');
    expect(changeText({ direction: 'new' }, 'zh-CN', words)).toBe('▲ 新增');
  });
});

describe('grouping by family', () => {
  it('follows the catalogue’s order and leaves out families with nothing in them', () => {
    const groups = byFamily([
      { key: 'tools.uses' },
      { key: 'checkup.person_times' },
      { key: 'checkup.people' },
    ]);
    expect(groups.map((g) => g.family)).toEqual(['online', 'library']);
    expect(groups[0]?.items.map((m) => m.key)).toEqual(['checkup.people', 'checkup.person_times']);
  });
});
