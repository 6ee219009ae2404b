import { loadReport } from '../checkup/report-store';
import { formatCode, isCode, rememberedCode } from '../checkup/retrieval-code';

/**
 * The check-up retrieval code the phone already holds, as the check-up keeps it: remembered on this phone
 * (only when the worker ticked "remember"), or else the latest check-up's, while its report is still kept.
 */
export function knownCode(): string | null {
  const remembered = rememberedCode();
  if (remembered) return remembered;
  const fromReport = loadReport()?.response?.retrievalCode;
  return fromReport && isCode(fromReport) ? formatCode(fromReport) : null;
}
