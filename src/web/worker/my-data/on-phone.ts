import { GROUPS_LINK_KEY } from '../audience/link';
import { forgetReport, loadReport } from '../checkup/report-store';
import { forgetCode, normaliseCode, rememberedCode } from '../checkup/retrieval-code';
import type { Credential } from '../counselling/credential';
import { forgetKept } from '../counselling/kept';
import { DIARY_LINK_KEY } from '../tools/diary-link';
import { readLink, writeLink } from '../tools/linked-copy';

/**
 * After a deletion, what this phone kept of it goes too: the appointments it remembered (now unlinked or
 * cancelled) and, when the deleted data was under a retrieval code, that code, the report made with it and
 * the links of the diary and groups to it (their server copies went with the code; the phone's own stay).
 */
export function forgetOnThisPhone(c: Credential): void {
  forgetKept();
  if (c.kind !== 'retrieval') return;
  const code = normaliseCode(c.code);
  for (const key of [DIARY_LINK_KEY, GROUPS_LINK_KEY])
    if (readLink(key)?.tail === code.slice(-4)) writeLink(key, null);
  const remembered = rememberedCode();
  if (remembered && normaliseCode(remembered) === code) forgetCode();
  const reported = loadReport()?.response?.retrievalCode;
  if (reported && normaliseCode(reported) === code) forgetReport();
}
