import { normaliseMobile } from '../../../core/booking/phone';

/**
 * A number a person gave to be called back on: a mainland mobile (with or without +86) or a landline with its
 * area code, as the API accepts it (`phoneSchema`); null when it is neither, so the form can say so first.
 */
export function contactPhone(text: string): string | null {
  const mobile = normaliseMobile(text);
  if (mobile) return mobile;
  const compact = text.trim().replace(/[\s\-‐‑–—－()（）]/g, '');
  return /^0\d{2,3}\d{7,8}$/.test(compact) ? compact : null;
}
