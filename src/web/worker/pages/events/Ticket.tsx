import { useEffect, useState } from 'react';
import { ticketDrawing } from '../../events/ticket';
import { useEventWords } from './words';

/**
 * The entry code (入场码) staff scan at the door: the registration's `ticket` text as a QR code, drawn once
 * the QR library has loaded (lazily). It is never stored on the phone: "my events" fetches it again.
 */
export function Ticket({ text }: { text: string }) {
  const { t } = useEventWords();
  const [drawing, setDrawing] = useState<{ viewBox: string; d: string } | 'failed' | null>(null);
  useEffect(() => {
    let live = true;
    setDrawing(null);
    ticketDrawing(text)
      .then((d) => live && setDrawing(d))
      .catch(() => live && setDrawing('failed'));
    return () => {
      live = false;
    };
  }, [text]);
  if (drawing === 'failed')
    return (
      <p className="note-box" role="alert">
        {t('mine.ticketFailed')}
      </p>
    );
  return (
    <figure className="ticket">
      {drawing ? (
        <svg
          className="ticket-code"
          viewBox={drawing.viewBox}
          role="img"
          aria-label={t('mine.ticketLabel')}
          shapeRendering="crispEdges"
        >
          <rect width="100%" height="100%" fill="#ffffff" />
          <path d={drawing.d} fill="#000000" />
        </svg>
      ) : (
        <p className="status-line" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('mine.ticketLoading')}
        </p>
      )}
      <figcaption className="hint">{t('mine.ticketHint')}</figcaption>
    </figure>
  );
}
