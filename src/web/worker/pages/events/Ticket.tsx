import { lazy, Suspense } from 'react';
import { useEventWords } from './words';

// The QR library comes only with a ticket shown (precached like every lazy chunk, so it works offline).
const TicketCode = lazy(() => import('./ticket-code'));

/**
 * The entry code (入场码) staff scan at the door: the registration's `ticket` text as a QR code. It is never
 * stored on the phone: "my events" fetches it again after the worker proves who they are.
 */
export function Ticket({ text }: { text: string }) {
  const { t } = useEventWords();
  return (
    <figure className="ticket">
      <Suspense
        fallback={
          <p className="status-line" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('mine.ticketLoading')}
          </p>
        }
      >
        <TicketCode text={text} label={t('mine.ticketLabel')} failed={t('mine.ticketFailed')} />
      </Suspense>
      <figcaption className="hint">{t('mine.ticketHint')}</figcaption>
    </figure>
  );
}
