import { createHash } from 'node:crypto';

/**
 * The audit trail is one hash chain per tenant: each event's hash covers its content and the previous
 * event's hash, so changing, inserting or removing an event breaks every hash after it, and the chain head
 * (last seq and hash, kept beside the chain) reveals a removed tail.
 */
export const GENESIS_HASH = '0'.repeat(64);

export type AuditOutcome = 'success' | 'denied' | 'failure';

export interface AuditContent {
  tenantId: string;
  seq: number;
  at: string; // ISO-8601 with milliseconds, UTC
  actorId: string | null;
  actorLabel: string;
  action: string;
  objectType: string | null;
  objectId: string | null;
  organisationId: string | null;
  outcome: AuditOutcome;
  requestId: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

export interface ChainedAuditEvent extends AuditContent {
  prevHash: string;
  hash: string;
}

/** JSON with object keys sorted at every depth, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export const hashEvent = (prevHash: string, content: AuditContent): string =>
  createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content)).digest('hex');

export function chainEvent(prevHash: string, content: AuditContent): ChainedAuditEvent {
  return { ...content, prevHash, hash: hashEvent(prevHash, content) };
}

export interface ChainProblem {
  seq: number;
  problem: 'changed' | 'missing' | 'broken_link' | 'tail_removed' | 'head_mismatch';
}

export interface ChainReport {
  ok: boolean;
  events: number;
  problems: ChainProblem[];
}

/**
 * Verifies one tenant's chain incrementally (events in seq order, from 1), so a long chain can be streamed.
 * `finish` takes what the database says the last event is: a chain shorter than its head lost its tail.
 */
export class ChainVerifier {
  private expectedSeq = 1;
  private prevHash = GENESIS_HASH;
  private lastHash: string | null = null;
  private count = 0;
  readonly problems: ChainProblem[] = [];

  push(events: ChainedAuditEvent[]): void {
    for (const e of events) {
      if (e.seq > this.expectedSeq) {
        for (let s = this.expectedSeq; s < e.seq; s++) this.problems.push({ seq: s, problem: 'missing' });
      } else if (e.prevHash !== this.prevHash) {
        this.problems.push({ seq: e.seq, problem: 'broken_link' });
      }
      const { prevHash: storedPrev, hash: storedHash, ...content } = e;
      if (hashEvent(storedPrev, content) !== storedHash)
        this.problems.push({ seq: e.seq, problem: 'changed' });
      this.expectedSeq = e.seq + 1;
      this.prevHash = e.hash;
      this.lastHash = e.hash;
      this.count++;
    }
  }

  finish(head: { seq: number; hash: string } | null): ChainReport {
    const lastSeq = this.expectedSeq - 1;
    if (head) {
      if (head.seq > lastSeq) {
        for (let s = lastSeq + 1; s <= head.seq; s++) this.problems.push({ seq: s, problem: 'tail_removed' });
      } else if (head.seq !== lastSeq || (lastSeq > 0 && head.hash !== this.lastHash)) {
        this.problems.push({ seq: lastSeq, problem: 'head_mismatch' });
      }
    }
    return { ok: this.problems.length === 0, events: this.count, problems: this.problems };
  }
}

export function verifyChain(
  events: ChainedAuditEvent[],
  head: { seq: number; hash: string } | null,
): ChainReport {
  const verifier = new ChainVerifier();
  verifier.push(events);
  return verifier.finish(head);
}
