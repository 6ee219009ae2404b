import {
  formatRetrievalCode as formatCode,
  isRetrievalCode as isCode,
  normaliseRetrievalCode as normaliseCode,
} from '../../../core/instruments/retrieval-code-format';
import { KEYS, remove } from './storage';

/**
 * The retrieval code on the phone, read exactly as the server reads it (the same pure core code). It is
 * remembered on this phone only when the worker ticks "remember", and forgotten at once on request.
 */
export { formatCode, isCode, normaliseCode };

/** The last group only, to say which code is remembered without showing it to someone looking on. */
export const codeTail = (code: string): string => normaliseCode(code).slice(-4);

export function rememberedCode(): string | null {
  try {
    const code = localStorage.getItem(KEYS.code);
    return code && isCode(code) ? formatCode(code) : null;
  } catch {
    return null;
  }
}

export function rememberCode(code: string): void {
  try {
    localStorage.setItem(KEYS.code, formatCode(code));
  } catch {
    /* storage blocked: the worker still has the code written down */
  }
}

export const forgetCode = (): void => remove(KEYS.code);
