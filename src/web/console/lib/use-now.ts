import { useEffect, useState } from 'react';

/** The time now, moving on every `everyMs` while the component is mounted (for "overdue by" and the like). */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
