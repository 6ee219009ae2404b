import QRCode from 'qrcode';
import { createElement, type ReactElement, useMemo } from 'react';
import { qrPath } from '../../events/ticket';

/**
 * The QR drawing itself, a lazy chunk of its own with the QR library (Ticket.tsx loads it when a ticket is
 * shown). Written with createElement and importing React itself, on purpose: the bundler then keeps its
 * CommonJS helpers in React's chunk, rather than splitting them into one more file on every page's first
 * load (JSX would pull the JSX runtime's chunk apart instead).
 */
export default function TicketCode({
  text,
  label,
  failed,
}: {
  text: string;
  label: string;
  failed: string;
}): ReactElement {
  const drawing = useMemo(() => {
    try {
      return qrPath(QRCode.create(text, { errorCorrectionLevel: 'M' }).modules);
    } catch {
      return null; // too long for a QR code: never for a ticket, but said rather than thrown
    }
  }, [text]);
  if (!drawing) return createElement('p', { className: 'note-box', role: 'alert' }, failed);
  return createElement(
    'svg',
    {
      className: 'ticket-code',
      viewBox: drawing.viewBox,
      role: 'img',
      'aria-label': label,
      shapeRendering: 'crispEdges',
    },
    createElement('rect', { width: '100%', height: '100%', fill: '#ffffff' }),
    createElement('path', { d: drawing.d, fill: '#000000' }),
  );
}
