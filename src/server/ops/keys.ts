import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FieldCipher, type FieldKey } from '../../core/crypto/field-cipher';
import type { Config } from '../config';

interface KeyFile {
  current: string;
  keys: Record<string, string>;
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

/**
 * The keys for confidential fields live outside the database: from ENCRYPTION_KEYS when set (production),
 * otherwise in a key file under DATA_DIR made on first start (mode 0600). Losing it loses those fields, so
 * the README tells operators to back it up separately from the database.
 */
export function loadFieldCipher(
  config: Pick<Config, 'encryptionKeys' | 'encryptionKeyId' | 'dataDir'>,
): FieldCipher {
  if (config.encryptionKeys.length > 0) {
    return new FieldCipher(
      config.encryptionKeys,
      config.encryptionKeyId ?? (config.encryptionKeys.at(-1) as FieldKey).id,
    );
  }
  const file = keyFilePath(config.dataDir);
  if (!existsSync(file))
    writeKeyFile(file, { current: 'k1', keys: { k1: randomBytes(32).toString('base64') } });
  const content = readKeyFile(file);
  const keys = Object.entries(content.keys).map(([id, b64]) => ({ id, key: Buffer.from(b64, 'base64') }));
  return new FieldCipher(keys, content.current);
}

/** Adds a new current key to the key file; old keys stay so existing ciphertexts still open. */
export function addKeyToFile(dataDir: string): string {
  const file = keyFilePath(dataDir);
  const content = readKeyFile(file);
  const next = `k${Object.keys(content.keys).length + 1}`;
  content.keys[next] = randomBytes(32).toString('base64');
  content.current = next;
  writeKeyFile(file, content);
  return next;
}
