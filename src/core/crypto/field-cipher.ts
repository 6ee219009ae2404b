import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Authenticated encryption of confidential fields: AES-256-GCM with a fresh 96-bit IV, the key id in every
 * ciphertext (so keys can rotate), and an associated-data string binding the ciphertext to where it belongs
 * (e.g. "users.totp_secret:<user id>") so a value copied to another row fails to decrypt.
 *
 * Format: "v1.<keyId>.<iv base64url>.<ciphertext||tag base64url>"
 */
export interface FieldKey {
  id: string;
  key: Buffer;
}

export class DecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecryptionError';
  }
}

export class FieldCipher {
  private readonly keys: Map<string, Buffer>;
  private readonly indexKey: Buffer;
  readonly currentKeyId: string;

  /**
   * `indexKey`: the blind-index key, once the key it derives from (the first one configured) may be retired —
   * rotation keeps it (FieldCipher.deriveIndexKey of that key) so phone look-ups keep finding old rows.
   */
  constructor(keys: FieldKey[], currentKeyId: string, options: { indexKey?: Buffer } = {}) {
    this.keys = new Map(keys.map((k) => [k.id, k.key]));
    for (const [id, key] of this.keys) {
      if (key.length !== 32) throw new Error(`encryption key ${id} must be 32 bytes`);
      if (id.includes('.')) throw new Error(`encryption key id ${id} must not contain "."`);
    }
    if (!this.keys.has(currentKeyId))
      throw new Error(`current encryption key ${currentKeyId} is not configured`);
    this.currentKeyId = currentKeyId;
    // Blind indexes must stay stable across rotation, so they derive from the first key configured (rotation
    // appends new keys), or come as their own key once that first key is retired.
    if (options.indexKey && options.indexKey.length !== 32)
      throw new Error('the blind-index key must be 32 bytes');
    this.indexKey = options.indexKey ?? FieldCipher.deriveIndexKey(keys[0]?.key as Buffer);
  }

  static deriveIndexKey(key: Buffer): Buffer {
    return Buffer.from(hkdfSync('sha256', key, '', 'carnation-blind-index', 32));
  }

  /** The key ids this cipher can open. */
  get keyIds(): string[] {
    return [...this.keys.keys()];
  }

  /**
   * A keyed hash for finding a low-entropy value (a phone number) without storing it readable: unlike a plain
   * hash it cannot be reversed by trying every number without the key.
   */
  blindIndex(value: string, purpose: string): string {
    return createHmac('sha256', this.indexKey).update(`${purpose}:${value}`).digest('base64url');
  }

  encrypt(plaintext: string, associatedData: string): string {
    const key = this.keys.get(this.currentKeyId) as Buffer;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(associatedData, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `v1.${this.currentKeyId}.${iv.toString('base64url')}.${body.toString('base64url')}`;
  }

  decrypt(sealed: string, associatedData: string): string {
    const parts = sealed.split('.');
    if (parts.length !== 4 || parts[0] !== 'v1')
      throw new DecryptionError('ciphertext has an unknown format');
    const [, keyId, ivText, bodyText] = parts as [string, string, string, string];
    const key = this.keys.get(keyId);
    if (!key) throw new DecryptionError(`ciphertext was sealed with key "${keyId}", which is not configured`);
    const iv = Buffer.from(ivText, 'base64url');
    const body = Buffer.from(bodyText, 'base64url');
    if (iv.length !== 12 || body.length < 16) throw new DecryptionError('ciphertext is truncated');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAAD(Buffer.from(associatedData, 'utf8'));
      decipher.setAuthTag(body.subarray(body.length - 16));
      return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      throw new DecryptionError('ciphertext failed authentication: it was changed or belongs elsewhere');
    }
  }

  /** The key id a ciphertext was sealed with, for rotation ("re-encrypt everything not on the current key"). */
  static keyIdOf(sealed: string): string | undefined {
    return sealed.split('.')[1];
  }
}
