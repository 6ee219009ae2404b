import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FieldCipher, type FieldKey } from '../../core/crypto/field-cipher';
import type { Config } from '../config';

interface KeyFile {
  current: string;
  keys: Record<string, string>;
  /** The blind-index key (base64), written at the first rotation so the first key can later be retired. */
  index?: string;
}

export const keyFilePath = (dataDir: string) => path.join(dataDir, 'keys', 'field-keys.json');

function readKeyFile(file: string): KeyFile {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
  if (!parsed.current || !parsed.keys?.[parsed.current]) throw new Error(`${file}: no current key`);
  return parsed;
}

function writeKeyFile(file: string, content: KeyFile): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, file);
  chmodSync(file, 0o600);
}

const keysOf = (content: KeyFile): FieldKey[] =>
  Object.entries(content.keys).map(([id, b64]) => ({ id, key: Buffer.from(b64, 'base64') }));

/**
 * The keys for confidential fields live outside the database: from ENCRYPTION_KEYS when set (production),
 * otherwise in a key file under DATA_DIR made on first start (mode 0600). Losing it loses those fields, so
 * the README tells operators to back it up separately from the database.
 */
export function loadFieldCipher(
  config: Pick<Config, 'encryptionKeys' | 'encryptionKeyId' | 'dataDir'> & {
    blindIndexKey?: Buffer | undefined;
  },
): FieldCipher {
  if (config.encryptionKeys.length > 0) {
    return new FieldCipher(
      config.encryptionKeys,
      config.encryptionKeyId ?? (config.encryptionKeys.at(-1) as FieldKey).id,
      config.blindIndexKey ? { indexKey: config.blindIndexKey } : {},
    );
  }
  const file = keyFilePath(config.dataDir);
  if (!existsSync(file))
    writeKeyFile(file, { current: 'k1', keys: { k1: randomBytes(32).toString('base64') } });
  const content = readKeyFile(file);
  return new FieldCipher(
    keysOf(content),
    content.current,
    content.index ? { indexKey: Buffer.from(content.index, 'base64') } : {},
  );
}

/** The key id the key file names as current (a running process may still hold an older one). */
export const currentKeyInFile = (dataDir: string): string => readKeyFile(keyFilePath(dataDir)).current;

/** A key id not used before: one more than the highest "k<n>" ever written (retired ones included). */
function nextKeyId(content: KeyFile): string {
  const numbers = Object.keys(content.keys).map((id) => Number(/^k(\d+)$/.exec(id)?.[1] ?? 0));
  return `k${Math.max(0, ...numbers, Number(/^k(\d+)$/.exec(content.current)?.[1] ?? 0)) + 1}`;
}

/**
 * Adds a new current key to the key file; old keys stay so existing ciphertexts still open. The blind-index
 * key is written down first (derived from the first key), so retiring that key later keeps phone look-ups.
 */
export function addKeyToFile(dataDir: string): string {
  const file = keyFilePath(dataDir);
  const content = readKeyFile(file);
  const first = keysOf(content)[0] as FieldKey;
  content.index ??= FieldCipher.deriveIndexKey(first.key).toString('base64');
  const next = nextKeyId(content);
  content.keys[next] = randomBytes(32).toString('base64');
  content.current = next;
  writeKeyFile(file, content);
  return next;
}

/** Removes every key but the current one from the key file; returns the ids removed. */
export function retireOldKeysInFile(dataDir: string): string[] {
  const file = keyFilePath(dataDir);
  const content = readKeyFile(file);
  const first = keysOf(content)[0] as FieldKey;
  content.index ??= FieldCipher.deriveIndexKey(first.key).toString('base64');
  const retired = Object.keys(content.keys).filter((id) => id !== content.current);
  for (const id of retired) delete content.keys[id];
  writeKeyFile(file, content);
  return retired;
}
