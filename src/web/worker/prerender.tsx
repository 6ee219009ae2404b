/**
 * The worker app's static first paint (issue 6: LCP ≤ 2.0 s on a slow phone). At build time, after the client
 * build, `scripts/prerender-worker.mjs` renders a few first screens — home, crisis help, the tools — with the
 * real components, in Chinese (the default) and as someone who has said nothing about themselves, into HTML
 * the server sends for those addresses. The phone paints that HTML as soon as it and the CSS arrive; the app's
 * script then renders the same screen over it (createRoot replaces it; nothing is hydrated, so a phone set to
 * English or to large text simply redraws in its own way). Built by `CARNATION_APP=prerender vite build`.
 */
import i18next from 'i18next';
import { prerenderToNodeStream } from 'react-dom/static';
import { initReactI18next } from 'react-i18next';
import { StaticRouter } from 'react-router';
import { AppRoutes } from './app/AppRoutes';
import { workerResources } from './i18n';

async function ready(): Promise<void> {
  if (i18next.isInitialized) return;
  await i18next.use(initReactI18next).init({
    resources: workerResources,
    lng: 'zh-CN',
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

/** The markup inside #root for one address, lazy pages and their texts waited for. */
export async function renderPage(url: string): Promise<string> {
  await ready();
  const { prelude } = await prerenderToNodeStream(
    <StaticRouter location={url}>
      <AppRoutes />
    </StaticRouter>,
  );
  const parts: Buffer[] = [];
  for await (const part of prelude) parts.push(Buffer.from(part as Uint8Array));
  return Buffer.concat(parts).toString('utf8');
}
