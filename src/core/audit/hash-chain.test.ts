import { describe, expect, it } from 'vitest';
import {
  type AuditContent,
  type ChainedAuditEvent,
  canonicalJson,
  chainEvent,
  GENESIS_HASH,
  verifyChain,
} from './hash-chain';

function chain(n: number): ChainedAuditEvent[] {
  const out: ChainedAuditEvent[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const content: AuditContent = {
      tenantId: 't',
      seq,
      at: new Date(Date.UTC(2026, 10, 30, 1, 0, seq)).toISOString(),
      actorId: null,
      actorLabel: 'demo-admin',
      action: 'user.create',
      objectType: 'user',
      objectId: `u${seq}`,
      organisationId: null,
      outcome: 'success',
      requestId: `r${seq}`,
      ip: '127.0.0.1',
      details: { b: 1, a: [2, { d: 3, c: 4 }] },
    };
    const e = chainEvent(prev, content);
    out.push(e);
    prev = e.hash;
  }
  return out;
}

const head = (events: ChainedAuditEvent[]) => {
  const last = events.at(-1) as ChainedAuditEvent;
  return { seq: last.seq, hash: last.hash };
};

describe('audit hash chain', () => {
  it('serialises objects with sorted keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('verifies an intact chain', () => {
    const events = chain(5);
    expect(verifyChain(events, head(events))).toEqual({ ok: true, events: 5, problems: [] });
  });

  it('detects a changed event', () => {
    const events = chain(5);
    (events[2] as ChainedAuditEvent).actorLabel = 'someone-else';
    expect(verifyChain(events, head(events)).problems).toEqual([{ seq: 3, problem: 'changed' }]);
  });

  it('detects a removed event in the middle', () => {
    const events = chain(5);
    const report = verifyChain([...events.slice(0, 2), ...events.slice(3)], head(events));
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual({ seq: 3, problem: 'missing' });
  });

  it('detects a removed tail through the chain head', () => {
    const events = chain(5);
    const report = verifyChain(events.slice(0, 3), head(events));
    expect(report.problems).toEqual([
      { seq: 4, problem: 'tail_removed' },
      { seq: 5, problem: 'tail_removed' },
    ]);
  });

  it('detects an event rewritten with a recomputed hash (the link to the next one breaks)', () => {
    const events = chain(4);
    const forged = chainEvent((events[0] as ChainedAuditEvent).hash, {
      ...(events[1] as ChainedAuditEvent),
      actorLabel: 'x',
    });
    const tampered = [events[0], forged, events[2], events[3]] as ChainedAuditEvent[];
    expect(verifyChain(tampered, head(events)).problems).toContainEqual({ seq: 3, problem: 'broken_link' });
  });
});
