import { describe, expect, it } from 'vitest';
import {
  type LiveEvent,
  parseAlertEvent,
  parseEndEvent,
  parseNotificationEvent,
  RECONNECT_MAX_MS,
  RingMemory,
  reconnectDelay,
  ringOf,
} from './care-events';

const id = '5b7c1f6e-8f57-4c1a-9d53-0c7e0f1d2a3b';

describe('care event parsing', () => {
  it('reads an alert event as the server sends it', () => {
    const data = JSON.stringify({
      alertId: id,
      priority: 'crisis',
      status: 'new',
      source: 'checkup_contact_request',
      escalationLevel: 0,
      forYou: true,
    });
    expect(parseAlertEvent(data)).toEqual({
      alertId: id,
      priority: 'crisis',
      status: 'new',
      source: 'checkup_contact_request',
      escalationLevel: 0,
      forYou: true,
    });
  });

  it('takes forYou as false unless it is exactly true, and a missing level as 0', () => {
    const data = JSON.stringify({
      alertId: id,
      priority: 'high',
      status: 'new',
      source: 'hotline',
      forYou: 'yes',
    });
    expect(parseAlertEvent(data)).toMatchObject({ forYou: false, escalationLevel: 0 });
  });

  it('refuses what is not an alert event', () => {
    for (const data of [
      '',
      'not json',
      '[]',
      'null',
      '42',
      JSON.stringify({ alertId: id }),
      '{"alertId":""}',
    ])
      expect(parseAlertEvent(data), data).toBeNull();
  });

  it('reads a notification event, label and priority null when absent', () => {
    const data = JSON.stringify({
      kind: 'case_assigned',
      objectType: 'case',
      objectId: id,
      label: '2026-0007',
    });
    expect(parseNotificationEvent(data)).toEqual({
      kind: 'case_assigned',
      objectType: 'case',
      objectId: id,
      label: '2026-0007',
      priority: null,
    });
    expect(parseNotificationEvent(JSON.stringify({ kind: 'task_due', objectType: 'task' }))).toBeNull();
    expect(parseNotificationEvent('{')).toBeNull();
  });

  it('reads the end of a stream', () => {
    expect(parseEndEvent('{"reason":"session_ended"}')).toEqual({ reason: 'session_ended' });
    expect(parseEndEvent('{}')).toBeNull();
  });
});

describe('reconnecting after a drop', () => {
  it('doubles from one second, in the upper half of each step', () => {
    expect(reconnectDelay(0, () => 0)).toBe(500);
    expect(reconnectDelay(0, () => 1)).toBe(1_000);
    expect(reconnectDelay(1, () => 0)).toBe(1_000);
    expect(reconnectDelay(3, () => 1)).toBe(8_000);
  });

  it('never waits more than a minute, however long the server has been away', () => {
    expect(reconnectDelay(6, () => 1)).toBe(RECONNECT_MAX_MS);
    expect(reconnectDelay(1_000, () => 1)).toBe(RECONNECT_MAX_MS);
    expect(reconnectDelay(1_000, () => 0)).toBe(RECONNECT_MAX_MS / 2);
  });

  it('treats a negative count as the first attempt', () => {
    expect(reconnectDelay(-3, () => 1)).toBe(1_000);
  });
});

describe('what rings the alarm', () => {
  const alert = (over: Partial<Extract<LiveEvent, { type: 'alert' }>['alert']>): LiveEvent => ({
    type: 'alert',
    alert: {
      alertId: id,
      priority: 'crisis',
      status: 'new',
      source: 'checkup_contact_request',
      escalationLevel: 0,
      forYou: true,
      ...over,
    },
  });
  const notice = (kind: string, priority: string | null, objectType = 'alert'): LiveEvent => ({
    type: 'notification',
    notification: { kind, objectType, objectId: id, label: null, priority },
  });

  it('rings for a new crisis on duty, and again when it is still untaken after its time', () => {
    expect(ringOf(alert({}))).toEqual({ alertId: id, stage: 'new' });
    expect(ringOf(alert({ escalationLevel: 1 }))).toEqual({ alertId: id, stage: 'escalated' });
  });

  it('does not ring off duty, for other priorities, or once someone took it', () => {
    expect(ringOf(alert({ forYou: false }))).toBeNull();
    expect(ringOf(alert({ priority: 'high' }))).toBeNull();
    expect(ringOf(alert({ status: 'acknowledged' }))).toBeNull();
    expect(ringOf(alert({ status: 'closed' }))).toBeNull();
  });

  it('rings for crisis notifications about requests (a supervisor told of an untaken one)', () => {
    expect(ringOf(notice('alert_escalated', 'crisis'))).toEqual({ alertId: id, stage: 'escalated' });
    expect(ringOf(notice('alert_new', 'crisis'))).toEqual({ alertId: id, stage: 'new' });
    expect(ringOf(notice('alert_escalated', 'high'))).toBeNull();
    expect(ringOf(notice('case_assigned', 'crisis', 'case'))).toBeNull();
    expect(ringOf({ type: 'reconnected' })).toBeNull();
  });

  it('rings once per request and stage, however many events say so', () => {
    const memory = new RingMemory();
    expect(memory.first({ alertId: id, stage: 'new' })).toBe(true);
    expect(memory.first({ alertId: id, stage: 'new' })).toBe(false);
    expect(memory.first({ alertId: id, stage: 'escalated' })).toBe(true);
  });

  it('forgets the oldest when it holds too many', () => {
    const memory = new RingMemory(2);
    memory.first({ alertId: 'a', stage: 'new' });
    memory.first({ alertId: 'b', stage: 'new' });
    memory.first({ alertId: 'c', stage: 'new' });
    expect(memory.first({ alertId: 'a', stage: 'new' })).toBe(true);
    expect(memory.first({ alertId: 'c', stage: 'new' })).toBe(false);
  });
});
