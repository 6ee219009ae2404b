import { randomBytes } from 'node:crypto';
import { FieldCipher } from '../../core/crypto/field-cipher';
import type { Args, CommandEnv, CommandResult } from './commands';
import { addKeyToFile, currentKeyInFile, keyFilePath, retireOldKeysInFile } from './keys';
import { keyCensus, reencryptAll } from './rotation';

const fromEnv = (env: CommandEnv) => env.config.encryptionKeys.length > 0;

/**
 * rotate-key: with the key file, adds a new current key (old ones stay, for reading); with ENCRYPTION_KEYS,
 * the keys are the operator's, so it explains the steps and offers a fresh key to add.
 */
export async function rotateKeyCommand(env: CommandEnv): Promise<CommandResult> {
  if (fromEnv(env)) {
    const ids = env.config.encryptionKeys.map((k) => k.id);
    let n = ids.length + 1;
    while (ids.includes(`k${n}`)) n++;
    const first = env.config.encryptionKeys[0] as { key: Buffer };
    const index = env.config.blindIndexKey ?? FieldCipher.deriveIndexKey(first.key);
    return {
      exitCode: 0,
      output: [
        'The keys come from ENCRYPTION_KEYS, so this command changes nothing itself. To rotate:',
        `  1. Append a new key to ENCRYPTION_KEYS and keep the old ones, e.g. ",k${n}:${randomBytes(32).toString('base64')}"`,
        `     (new values are sealed with the last key, or with ENCRYPTION_KEY_ID when it is set; set it to k${n}).`,
        ...(env.config.blindIndexKey
          ? ['  2. Keep BLIND_INDEX_KEY as it is.']
          : [
              `  2. Set BLIND_INDEX_KEY=${index.toString('base64')}`,
              '     (phone numbers are found by a keyed hash derived from the first key; this keeps them found once it goes).',
            ]),
        '  3. Restart every process of the service, so all of them seal with the new key.',
        '  4. npm run cli -- reencrypt   (re-seals everything on the new key; safe to run again).',
        '  5. Remove the old keys from ENCRYPTION_KEYS and restart again.',
      ].join('\n'),
    };
  }
  const id = addKeyToFile(env.config.dataDir);
  return {
    exitCode: 0,
    output: [
      `Added key ${id} to ${keyFilePath(env.config.dataDir)}; it seals new values from the next start.`,
      'The older keys stay in the file, so everything sealed so far still opens.',
      'Next: restart the server, then run `npm run cli -- reencrypt`, then `npm run cli -- retire-keys`.',
    ].join('\n'),
  };
}

/** A process that started before the rotation still seals with the old key: re-sealing now would be undone. */
function staleProcess(env: CommandEnv): string | null {
  if (fromEnv(env)) return null;
  const inFile = currentKeyInFile(env.config.dataDir);
  return inFile === env.cipher.currentKeyId
    ? null
    : `This process seals with key ${env.cipher.currentKeyId}, but the key file's current key is ${inFile}: restart the server first, then run reencrypt.`;
}

/** reencrypt [--batch N]: re-seals every value not on the current key; reports counts per column. */
export async function reencryptCommand(env: CommandEnv, args: Args): Promise<CommandResult> {
  const stale = staleProcess(env);
  if (stale) return { exitCode: 2, output: stale };
  const batch =
    typeof args.batch === 'string' ? Math.max(1, Math.min(10_000, Number(args.batch) || 500)) : 500;
  const reports = await reencryptAll(env.database.db, env.cipher, batch);
  const census = await keyCensus(env.database.db);
  const lines = reports.map((r) => {
    const byKey = census.find((c) => c.column === r.column)?.byKey ?? {};
    const held = Object.entries(byKey)
      .map(([k, n]) => `${k}: ${n}`)
      .join(', ');
    return `${r.column.padEnd(36)} re-sealed ${String(r.resealed).padStart(6)}${
      r.unreadable ? `  UNREADABLE ${r.unreadable}` : ''
    }   now ${held || 'empty'}`;
  });
  const unreadable = reports.reduce((n, r) => n + r.unreadable, 0);
  const resealed = reports.reduce((n, r) => n + r.resealed, 0);
  const old = census.some((c) => Object.keys(c.byKey).some((k) => k !== env.cipher.currentKeyId));
  lines.push(
    `Re-sealed ${resealed} values with key ${env.cipher.currentKeyId}.`,
    unreadable
      ? `${unreadable} values could not be opened (changed, or sealed with a key this process lacks): they were left as they are.`
      : old
        ? 'Some values are still on an older key (written while this ran?): run reencrypt again.'
        : 'Every sealed value is on the current key: older keys may now be retired (retire-keys).',
  );
  return { exitCode: unreadable ? 1 : 0, output: lines.join('\n') };
}

/** retire-keys: removes the older keys from the key file, once no value is sealed with them any more. */
export async function retireKeysCommand(env: CommandEnv): Promise<CommandResult> {
  if (fromEnv(env))
    return {
      exitCode: 2,
      output: 'The keys come from ENCRYPTION_KEYS: remove the old ones there (after reencrypt) and restart.',
    };
  const stale = staleProcess(env);
  if (stale) return { exitCode: 2, output: stale };
  const census = await keyCensus(env.database.db);
  const left = census.flatMap((c) =>
    Object.entries(c.byKey)
      .filter(([k]) => k !== env.cipher.currentKeyId)
      .map(([k, n]) => `${c.column}: ${n} on ${k}`),
  );
  if (left.length)
    return {
      exitCode: 1,
      output: `Not yet: values are still sealed with older keys (run reencrypt):\n  ${left.join('\n  ')}`,
    };
  const retired = retireOldKeysInFile(env.config.dataDir);
  return {
    exitCode: 0,
    output: retired.length
      ? `Removed ${retired.join(', ')} from the key file; ${env.cipher.currentKeyId} remains (restart to drop them from memory).`
      : 'Only the current key is in the key file.',
  };
}
