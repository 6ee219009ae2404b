import type { FieldCipher } from '../core/crypto/field-cipher';
import type { Config } from './config';
import type { Database } from './db/client';
import type { Clock } from './http/request-context';
import type { EventBus } from './realtime/bus';
import type { SmsSender } from './sms/sender';

/** Everything buildApp needs, made once by the composition root (main.ts) or by a test. */
export interface AppDeps {
  config: Config;
  database: Database;
  cipher: FieldCipher;
  clock: Clock;
  /** Text messages; buildApp makes one from the configuration when none is given. */
  sms?: SmsSender;
  /** Care events for open consoles; buildApp makes an in-process bus when none is given. */
  events?: EventBus;
}
