/**
 * Registers /sw.js in production builds, so the app shell and the crisis page open without a network.
 * The build version (written into index.html by the precache plugin in vite.config.ts) goes in the script
 * URL: a new deploy changes the URL, so phones install a fresh worker with that build's precache list.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const version = document.querySelector<HTMLMetaElement>('meta[name="carnation-build"]')?.content ?? 'dev';
  const register = () => {
    navigator.serviceWorker.register(`/sw.js?v=${encodeURIComponent(version)}`, { scope: '/' }).catch(() => {
      // No service worker (old WebView, private mode): the app still works online, only not offline.
    });
  };
  // After load, so installing the cache never competes with the first screen on a slow connection.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
