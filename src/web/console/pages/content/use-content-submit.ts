import { useState } from 'react';
import { useContentError } from './use-content-error';

/** A request with its busy flag and the error sentence in the content pages' words. */
export function useContentSubmit<A extends unknown[]>(action: (...args: A) => Promise<void>) {
  const describe = useContentError();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (...args: A) => {
    setBusy(true);
    setError(null);
    try {
      await action(...args);
    } catch (e) {
      setError(describe(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit };
}
