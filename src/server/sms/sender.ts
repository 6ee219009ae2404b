import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';

export type SmsPurpose = 'verification' | 'reminder' | 'waitlist' | 'escalation' | 'measure';

export interface SmsMessage {
  tenantId: string;
  to: string;
  body: string;
  purpose: SmsPurpose;
}

/** Where text messages go. One interface, so a gateway can be swapped in without touching the use-cases. */
export interface SmsSender {
  readonly kind: string;
  send(message: SmsMessage): Promise<void>;
}

export interface RecordedSms extends SmsMessage {
  sentAt: string;
}

/**
 * Development, demo and tests: nothing leaves the machine. Messages are kept in memory and, when a file is
 * given, appended to it as JSON lines (readable only by the owner: they hold one-time codes).
 */
export class RecordingSmsSender implements SmsSender {
  readonly kind = 'record';
  readonly messages: RecordedSms[] = [];
  constructor(
    private readonly file?: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async send(message: SmsMessage): Promise<void> {
    const recorded = { ...message, sentAt: this.now().toISOString() };
    this.messages.push(recorded);
    if (this.file) {
      mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
      appendFileSync(this.file, `${JSON.stringify(recorded)}\n`, { mode: 0o600 });
    }
  }

  /** The newest message to a number, for tests. */
  lastTo(to: string): RecordedSms | undefined {
    return this.messages.filter((m) => m.to === to).at(-1);
  }
}

/** A gateway that takes `{ to, body, purpose }` as JSON; anything but a 2xx within 5 s is a failure. */
export class HttpSmsSender implements SmsSender {
  readonly kind = 'http';
  constructor(
    private readonly url: string,
    private readonly token: string | undefined,
  ) {}

  async send(message: SmsMessage): Promise<void> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ to: message.to, body: message.body, purpose: message.purpose }),
      signal: AbortSignal.timeout(5_000),
    });
    if (!res.ok) throw new Error(`the SMS gateway answered ${res.status}`);
  }
}

export const smsOutboxPath = (dataDir: string): string => path.join(dataDir, 'sms', 'outbox.jsonl');

export function smsSenderFrom(config: Config): SmsSender {
  if (config.sms.kind === 'http') return new HttpSmsSender(config.sms.url, config.sms.token);
  return new RecordingSmsSender(smsOutboxPath(config.dataDir));
}
