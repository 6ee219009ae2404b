import { forgetReport, loadReport } from '../checkup/report-store';
import { forgetCode, normaliseCode, rememberedCode } from '../checkup/retrieval-code';
import type { Credential } from '../counselling/credential';
import { forgetKept } from '../counselling/kept';

/**
 * After a deletion, what this phone kept of it goes too: the appointments it remembered (now unlinked or
 * cancelled) and, when the deleted data was under a retrieval code, that code and the report made with it.
 */
export function forgetOnThisPhone(c: Credential): void {
  forgetKept();
  if (c.kind !== 'retrieval') return;
  const code = normaliseCode(c.code);
  const remembered = rememberedCode();
  if (remembered && normaliseCode(remembered) === code) forgetCode();
  const reported = loadReport()?.response?.retrievalCode;
  if (reported && normaliseCode(reported) === code) forgetReport();
}
