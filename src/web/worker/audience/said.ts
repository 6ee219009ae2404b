/**
 * Where the worker's groups are kept on the phone (audience/store.ts reads and writes them), and whether they
 * have said anything at all: all the home page needs to drop its optional prompt, without the vocabulary
 * (the first script is budgeted).
 */
export const AUDIENCES_KEY = 'carnation.audiences';

export function saidAnyGroup(): boolean {
  try {
    return Boolean(localStorage.getItem(AUDIENCES_KEY));
  } catch {
    return false; // storage blocked: the prompt stays, as for someone who said nothing
  }
}
