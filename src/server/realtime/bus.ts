/**
 * Care events that must reach open consoles within seconds: a request for help came in or changed, or a
 * member of staff has something new to look at. Events name objects and priorities, never what a request or
 * case is about; the console fetches the rest through the audited routes.
 *
 * Publish after the transaction that made the change has committed, so a console never fetches something
 * that is not there yet.
 */
export type CareEvent =
  | {
      type: 'alert';
      tenantId: string;
      alertId: string;
      priority: string;
      status: string;
      source: string;
      escalationLevel: number;
      /** Staff on duty when it was published (ids only), so each console knows whether it rings for them. */
      onDuty?: string[];
    }
  | {
      type: 'notification';
      tenantId: string;
      userIds: string[];
      kind: string;
      objectType: string;
      objectId: string;
      label: string | null;
      priority: string | null;
    };

export interface EventBus {
  publish(event: CareEvent): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(listener: (event: CareEvent) => void): () => void;
  close(): Promise<void>;
}

/**
 * One process: the embedded database belongs to one server, so its events never need to leave it. With a
 * PostgreSQL server several processes share the work, and the bus goes through LISTEN/NOTIFY instead.
 */
export class LocalEventBus implements EventBus {
  private readonly listeners = new Set<(event: CareEvent) => void>();

  async publish(event: CareEvent): Promise<void> {
    for (const l of this.listeners) {
      try {
        l(event);
      } catch {
        // A broken listener (a closed connection) must not stop the others.
      }
    }
  }

  subscribe(listener: (event: CareEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
