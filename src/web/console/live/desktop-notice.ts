import type { Permission } from './context';

/** Desktop notifications here: unsupported (an old browser, a WebView), or what the user decided. */
export function desktopPermission(): Permission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Asks once, from a click; a browser that cannot ask (or refuses to) leaves things as they were. */
export async function askDesktopPermission(): Promise<Permission> {
  if (typeof Notification === 'undefined') return 'unsupported';
  if (Notification.permission !== 'default') return Notification.permission;
  try {
    return await Notification.requestPermission();
  } catch {
    return desktopPermission();
  }
}

/**
 * A desktop notification that says only that something needs looking at — lock screens and shared PCs show
 * it to anyone nearby, so never anything about the person. Clicking it brings the console forward.
 */
export function showDesktopNotice(title: string, body: string, tag: string, onClick: () => void): void {
  if (desktopPermission() !== 'granted') return;
  try {
    const notice = new Notification(title, { body, tag, requireInteraction: true });
    notice.onclick = () => {
      window.focus();
      onClick();
      notice.close();
    };
  } catch {
    // Chrome on Android only shows notifications through a service worker; the page's own notice remains.
  }
}
