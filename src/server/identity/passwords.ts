import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../core/errors';
import { passwordProblems, passwordProblemText } from '../../core/identity/password-rules';

// argon2id at the library's defaults (memory-hard, ~40 ms here).
export const hashPassword = (password: string): Promise<string> => hash(password);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a real hash when the login is unknown keeps the response time the same either way.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hash(randomBytes(16).toString('hex'));
  await verifyPassword(await dummyHash, password);
}

export function assertAcceptablePassword(password: string, login?: string): void {
  const problems = passwordProblems(password, login);
  if (problems.length) {
    throw new AppError('weak_password', problems.map((p) => passwordProblemText[p]).join('; '), { problems });
  }
}

/** A temporary password an administrator hands over; the user must change it at first sign-in. */
export function temporaryPassword(): string {
  // 12 characters from an alphabet without look-alikes (0/O, 1/l/I): easy to read aloud or type.
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(12);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
