/**
 * Reading and showing retrieval codes, with no I/O and no crypto: shared by the server and the phone.
 * Typing is forgiving: case, spaces and dashes do not matter, and 0/1/8 are read as the O/I/B they resemble.
 */
export const normaliseRetrievalCode = (code: string): string =>
  code.replace(/[\s-]/g, '').toUpperCase().replace(/0/g, 'O').replace(/1/g, 'I').replace(/8/g, 'B');

export const isRetrievalCode = (code: string): boolean => /^[A-Z2-7]{16}$/.test(normaliseRetrievalCode(code));

/** Shows a normalised code in groups of four again. */
export const formatRetrievalCode = (code: string): string =>
  (normaliseRetrievalCode(code).match(/.{1,4}/g) ?? []).join('-');
