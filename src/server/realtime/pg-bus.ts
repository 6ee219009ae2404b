import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { CareEvent, EventBus } from './bus';

export const CARE_CHANNEL = 'carnation_care';
/** NOTIFY refuses payloads of 8000 bytes or more; stay well below with the envelope. */
const MAX_PAYLOAD = 7_000;

interface Envelope {
  /** The bus that published it: its own listeners were told at once, so it skips the echo. */
  o: string;
  e: CareEvent;
}

export interface PgEventBusOptions {
  /** Runs NOTIFY; any connection of the pool will do (the listening client may be reconnecting). */
  notify(channel: string, payload: string): Promise<void>;
  /** Told when the listening connection fails or a NOTIFY fails; the bus keeps going. */
  onError?: (err: unknown, what: string) => void;
  /** The first wait before reconnecting; doubles up to 30 s. */
  retryMs?: number;
}

/** A notification event for many people may not fit one NOTIFY: split it by recipients. */
export function splitForNotify(event: CareEvent): CareEvent[] {
  if (event.type !== 'notification') return [event];
  const per = Math.max(1, Math.floor((MAX_PAYLOAD - 600) / 40));
  if (event.userIds.length <= per) return [event];
  const parts: CareEvent[] = [];
  for (let i = 0; i < event.userIds.length; i += per)
    parts.push({ ...event, userIds: event.userIds.slice(i, i + per) });
  return parts;
}

/**
 * Several server processes on one PostgreSQL: an event published by one must reach the consoles connected to
 * any of them. Each process LISTENs on `carnation_care` with a dedicated connection (reconnecting when it
 * drops); publishing tells this process's listeners at once and NOTIFYs the others. Events carry ids and
 * priorities only, so nothing about a worker passes through the channel.
 */
export class PgEventBus implements EventBus {
  private readonly listeners = new Set<(event: CareEvent) => void>();
  private readonly origin = randomUUID();
  private client: pg.Client | null = null;
  private closed = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private wait: number;

  private constructor(
    private readonly connectionString: string,
    private readonly options: PgEventBusOptions,
  ) {
    this.wait = options.retryMs ?? 500;
  }

  /** Connects and listens before returning, so no event published after start is missed. */
  static async start(connectionString: string, options: PgEventBusOptions): Promise<PgEventBus> {
    const bus = new PgEventBus(connectionString, options);
    await bus.connect();
    return bus;
  }

  /** True while the listening connection is up (for health reports and tests). */
  get listening(): boolean {
    return this.client !== null;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (msg) => {
      if (msg.channel !== CARE_CHANNEL || !msg.payload) return;
      let envelope: Envelope;
      try {
        envelope = JSON.parse(msg.payload) as Envelope;
      } catch {
        return;
      }
      if (envelope.o !== this.origin) this.deliver(envelope.e);
    });
    const lost = (err?: unknown) => {
      if (this.client !== client) return;
      this.client = null;
      if (err) this.options.onError?.(err, 'care events: listening connection lost');
      client.end().catch(() => {});
      this.scheduleReconnect();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    await client.connect();
    await client.query(`LISTEN ${CARE_CHANNEL}`);
    if (this.closed) {
      await client.end();
      return;
    }
    this.client = client;
    this.wait = this.options.retryMs ?? 500;
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect().catch((err: unknown) => {
        this.options.onError?.(err, 'care events: reconnecting failed');
        this.wait = Math.min(this.wait * 2, 30_000);
        this.scheduleReconnect();
      });
    }, this.wait);
    this.retryTimer.unref();
  }

  private deliver(event: CareEvent): void {
    for (const l of this.listeners) {
      try {
        l(event);
      } catch {
        // A broken listener (a closed connection) must not stop the others.
      }
    }
  }

  async publish(event: CareEvent): Promise<void> {
    this.deliver(event);
    for (const part of splitForNotify(event)) {
      try {
        await this.options.notify(
          CARE_CHANNEL,
          JSON.stringify({ o: this.origin, e: part } satisfies Envelope),
        );
      } catch (err) {
        // The change is committed; consoles of other processes catch up when they next load the queue.
        this.options.onError?.(err, 'care events: NOTIFY failed');
      }
    }
  }

  subscribe(listener: (event: CareEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }
}
