import { type FormEvent, useState } from 'react';
import type { Credential } from '../../counselling/credential';
import { giveFeedback } from '../../events/api';
import { actionRefusal, feedbackBody } from '../../events/registration';
import { useEventWords } from './words';

/**
 * After attending: one to five stars, an optional comment, anonymous unless unticked (then the comment is
 * not linked to the sign-up). Large star buttons, the chosen number said in words.
 */
export function FeedbackForm({
  registrationId,
  credential,
  onDone,
  refused,
}: {
  registrationId: string;
  credential: Credential;
  /** Sent (or sent before): what to say in the form's place. */
  onDone: (said: string) => void;
  refused: (err: unknown) => boolean;
}) {
  const { t } = useEventWords();
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const [anonymous, setAnonymous] = useState(true);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (rating < 1) return setError(t('feedback.pickStars'));
    setSending(true);
    setError(null);
    giveFeedback(registrationId, feedbackBody(rating, comment, anonymous), credential)
      .then(() => onDone(t('feedback.thanks')))
      .catch((err: unknown) => {
        setSending(false);
        if (refused(err)) return;
        const key = actionRefusal(err);
        if (key === 'feedback.given') onDone(t(key));
        else setError(t(key));
      });
  };

  return (
    <form className="feedback-form" onSubmit={submit} noValidate>
      <h3 className="section-title">{t('feedback.heading')}</h3>
      <p className="hint">{t('feedback.lead')}</p>
      <fieldset className="stars">
        <legend className="field-label">{t('feedback.stars')}</legend>
        {[1, 2, 3, 4, 5].map((n) => (
          <button
            key={n}
            type="button"
            className="star-button"
            aria-pressed={rating >= n}
            aria-label={t('feedback.star', { count: n })}
            onClick={() => {
              setRating(n);
              setError(null);
            }}
          >
            <span aria-hidden="true">{rating >= n ? '★' : '☆'}</span>
          </button>
        ))}
        {rating > 0 && <span className="stars-said">{t('feedback.star', { count: rating })}</span>}
      </fieldset>
      <label className="field">
        <span className="field-label">{t('feedback.comment')}</span>
        <textarea
          className="text-input"
          rows={3}
          maxLength={1000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
        <span className="hint">{t('feedback.commentHint')}</span>
      </label>
      <label className="check-row">
        <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
        <span>{t('feedback.anonymous')}</span>
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="big-button" disabled={sending}>
        {sending ? t('feedback.submitting') : t('feedback.submit')}
      </button>
    </form>
  );
}
