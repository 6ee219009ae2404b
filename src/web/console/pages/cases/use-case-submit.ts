import { useState } from 'react';
import { useCasesTranslation } from '../../i18n/cases-ns';
import { caseErrorText } from '../../lib/case-errors';

/** A case form's request with its busy flag and error sentence (the care refusals in their own words). */
export function useCaseSubmit<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
  onDone: (result: R) => void,
) {
  const { t } = useCasesTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (...args: A) => {
    setBusy(true);
    setError(null);
    try {
      onDone(await action(...args));
    } catch (e) {
      setError(caseErrorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit, setError };
}
