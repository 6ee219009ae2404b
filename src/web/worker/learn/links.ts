/**
 * Links inside an article: the app's own pages (/tools/breathing, /help, /stations, another article) open in
 * the app, without reloading it (on weak signal a reload can take long, and offline it may not come back);
 * everything else (other sites, tel:, mailto:) is left to the browser.
 */
const APP_PAGES = [
  '/',
  '/help',
  '/tools',
  '/learn',
  '/stations',
  '/checkup',
  '/events',
  '/records',
  '/me',
  '/settings',
  '/my-data',
  '/appointments',
];

/** The in-app path (with its query and fragment) an article's link goes to, or null to leave it alone. */
export function inAppPath(href: string | null | undefined, origin: string): string | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href, `${origin}/`);
  } catch {
    return null;
  }
  if (url.origin !== origin || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  const path = url.pathname;
  const page = APP_PAGES.some((p) => path === p || (p !== '/' && path.startsWith(`${p}/`)));
  return page ? `${path}${url.search}${url.hash}` : null;
}
