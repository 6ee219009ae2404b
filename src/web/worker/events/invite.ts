/**
 * An invitation link's token (?invite=…, for an event open only to invited workplaces), held in this page's
 * memory for the visit: it is taken off the address bar, so it is not left in the history or a screenshot,
 * and sent with the event's requests until the page is reloaded.
 */
let invite: string | null = null;

const TOKEN = /^[A-Za-z0-9_-]{8,64}$/;

/** Reads ?invite= from the address once; the token stays in memory. Returns the one held. */
export function takeInvite(search: string): string | null {
  const given = new URLSearchParams(search).get('invite');
  if (given && TOKEN.test(given)) invite = given;
  return invite;
}

export const heldInvite = (): string | null => invite;

/** The address without its invite token. */
export function withoutInvite(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('invite');
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}
