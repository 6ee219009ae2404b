/**
 * antd-mobile's render hook for React 19 (antd-render.ts), set up at start-up but fetched beside the first
 * screen rather than in its script: nothing there uses Toast or Dialog, and antd-mobile's fallback renderer
 * brings ~3 KB of Babel helpers with it. Lazy pages wait for it (AppRoutes), so any page that opens a Toast
 * or Dialog finds it installed. Never rejects: a page still opens if it could not be fetched.
 */
export const antdMobileReady: Promise<void> = import('./antd-render')
  .then((m) => m.installAntdMobileRender())
  .catch(() => undefined);
