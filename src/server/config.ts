import path from 'node:path';
import { z } from 'zod';

// The only place in the program that reads process.env: everything else gets a Config.
const flag = (fallback: boolean) =>
  z
    .enum(['0', '1', 'true', 'false', 'yes', 'no', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : ['1', 'true', 'yes'].includes(v)));

const optionalFlag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : ['1', 'true', 'yes'].includes(v)));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  WEB_DIR: z.string().min(1).default('./dist/web'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DEMO: optionalFlag,
  RATE_LIMIT: flag(true),
  PUBLIC_URL: z
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  TRUST_PROXY: flag(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  ENCRYPTION_KEYS: z
    .string()
    .regex(
      /^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/=]{43,44}(,[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/=]{43,44})*$/,
      'ENCRYPTION_KEYS is a comma-separated list of keyId:base64(32 bytes)',
    )
    .optional()
    .or(z.literal('').transform(() => undefined)),
  ENCRYPTION_KEY_ID: z.string().optional(),
  BLIND_INDEX_KEY: z
    .string()
    .regex(
      /^[A-Za-z0-9+/=]{43,44}$/,
      'BLIND_INDEX_KEY is base64 of 32 bytes (npm run cli -- rotate-key prints it)',
    )
    .optional()
    .or(z.literal('').transform(() => undefined)),
  JOBS: flag(true),
  DEFAULT_TENANT: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'DEFAULT_TENANT is a federation short name')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SMS_SENDER: z.enum(['record', 'http']).default('record'),
  SMS_HTTP_URL: z
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SMS_HTTP_TOKEN: z.string().optional(),
  EVENTS_PING_SECONDS: z.coerce.number().int().min(1).max(300).default(20),
  MIN_GROUP_SIZE: z.coerce
    .number()
    .int('MIN_GROUP_SIZE must be a whole number')
    .min(10, 'MIN_GROUP_SIZE is configurable upwards only: at least 10 (最小组规模只能调高，不低于 10)')
    .max(1000)
    .default(10),
});

export type Env = Record<string, string | undefined>;

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  /** The built web apps (Vite's output). */
  webDir: string;
  databaseUrl: string | undefined;
  /** Load the demo federation into an empty database. */
  demo: boolean;
  rateLimit: boolean;
  publicUrl: string | undefined;
  /** Cookies get Secure and the __Host- prefix when the public address is https. */
  secureCookies: boolean;
  trustProxy: boolean;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  loginMaxFailures: number;
  loginLockMs: number;
  /** keyId:base64 pairs from ENCRYPTION_KEYS; empty means "use the key file in DATA_DIR". */
  encryptionKeys: { id: string; key: Buffer }[];
  encryptionKeyId: string | undefined;
  /** The blind-index key, kept apart once the first encryption key is retired (see ops/keys.ts). */
  blindIndexKey: Buffer | undefined;
  jobs: boolean;
  /** The federation public requests belong to when they name none (the worker app of a single federation). */
  defaultTenant: string | undefined;
  /**
   * How text messages (phone codes, reminders) leave: `record` keeps them in DATA_DIR/sms/outbox.jsonl and in
   * memory (development, demo, tests); `http` posts each to an SMS gateway.
   */
  sms: { kind: 'record' } | { kind: 'http'; url: string; token: string | undefined };
  /**
   * How often an open console's event stream gets a ping (and its session is checked again): below the idle
   * time-out of any proxy in front.
   */
  eventsPingMs: number;
  /** Statistics: a count under this is suppressed, and so is whatever would give it away (issue 8). */
  minGroupSize: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const encryptionKeys = (e.ENCRYPTION_KEYS ?? '')
    .split(',')
    .filter(Boolean)
    .map((pair) => {
      const [id, b64] = pair.split(':') as [string, string];
      const key = Buffer.from(b64, 'base64');
      if (key.length !== 32) throw new ConfigError(`ENCRYPTION_KEYS: key ${id} is not 32 bytes`);
      return { id, key };
    });
  if (e.ENCRYPTION_KEY_ID && !encryptionKeys.some((k) => k.id === e.ENCRYPTION_KEY_ID)) {
    throw new ConfigError('ENCRYPTION_KEY_ID names a key that is not in ENCRYPTION_KEYS');
  }
  const publicUrl = e.PUBLIC_URL;
  if (e.SMS_SENDER === 'http' && !e.SMS_HTTP_URL)
    throw new ConfigError('SMS_SENDER=http needs SMS_HTTP_URL, the gateway to post messages to');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(cwd, e.DATA_DIR),
    webDir: path.resolve(cwd, e.WEB_DIR),
    databaseUrl: e.DATABASE_URL,
    // Embedded: demo on unless DEMO=0. PostgreSQL server: only with an explicit DEMO=1.
    demo: e.DATABASE_URL ? e.DEMO === true : e.DEMO !== false,
    rateLimit: e.RATE_LIMIT,
    publicUrl,
    secureCookies: publicUrl?.startsWith('https://') ?? false,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockMs: e.LOGIN_LOCK_MINUTES * 60_000,
    encryptionKeys,
    encryptionKeyId: e.ENCRYPTION_KEY_ID ?? encryptionKeys.at(-1)?.id,
    blindIndexKey: e.BLIND_INDEX_KEY ? Buffer.from(e.BLIND_INDEX_KEY, 'base64') : undefined,
    jobs: e.JOBS,
    defaultTenant: e.DEFAULT_TENANT,
    sms:
      e.SMS_SENDER === 'http'
        ? { kind: 'http', url: e.SMS_HTTP_URL as string, token: e.SMS_HTTP_TOKEN || undefined }
        : { kind: 'record' },
    eventsPingMs: e.EVENTS_PING_SECONDS * 1000,
    minGroupSize: e.MIN_GROUP_SIZE,
  };
}
