import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './errors';

export interface Submission<A extends unknown[]> {
  busy: boolean;
  /** Why the last attempt failed, in the reader's language; cleared when the next one starts. */
  error: string | null;
  submit: (...args: A) => Promise<void>;
  setError: (error: string | null) => void;
}

/**
 * A form's request with its busy flag and error sentence. An action that shows some failures its own way
 * (under a field, as a next step) catches those itself and throws the rest.
 */
export function useSubmit<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
  { onDone }: { onDone?: (result: R) => void } = {},
): Submission<A> {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (...args: A) => {
    setBusy(true);
    setError(null);
    try {
      const result = await action(...args);
      onDone?.(result);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return { busy, error, submit, setError };
}
