/** A mainland China mobile number, normalised to 11 digits: accepts spaces/dashes and a +86 / 0086 / 86 prefix; null when it is not one (must match ^1[3-9]\d{9}$ after normalising). */
export function normaliseMobile(text: string): string | null {
  // \s covers the full-width space; the other dashes come from Chinese input methods and word processors.
  const compact = text.replace(/[\s\-‐‑–—－]/g, '');
  const match = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/.exec(compact);
  return match?.[1] ?? null;
}

/** 138****5678 — for showing a number back without revealing it. */
export function maskMobile(mobile: string): string {
  // Too short to keep seven digits visible without revealing most of it: hide it all.
  if (mobile.length < 11) return '*'.repeat(mobile.length);
  return `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;
}
