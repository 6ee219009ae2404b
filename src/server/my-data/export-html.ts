import { audienceGroups } from '../../core/content/audiences';
import type { Lang } from '../../core/instruments/types';
import type { LinkedDiaryEntry } from '../linked-data/schemas';
import type { AccessEntry } from './access-log';
import type { Holdings } from './holdings';
import { labels } from './words';

/** Everything that goes into the page is escaped: the page holds the worker's own words. */
export const escapeHtml = (value: unknown): string =>
  String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const time = (iso: string | null, zone: string, lang: Lang) =>
  iso
    ? new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
        timeZone: zone,
        dateStyle: 'medium',
        timeStyle: 'short',
      }).format(new Date(iso))
    : '—';

/** A value of any shape (a note's structured body, contact details) as a nested definition list. */
function valueHtml(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.length ? v.map(valueHtml).join(', ') : '—';
  if (typeof v === 'object')
    return `<dl>${Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `<dt>${escapeHtml(k)}</dt><dd>${valueHtml(x)}</dd>`)
      .join('')}</dl>`;
  return escapeHtml(v);
}

/** Markup already made safe (by valueHtml); anything else in a cell is escaped. */
class SafeHtml {
  constructor(readonly html: string) {}
}

const cell = (c: unknown) => (c instanceof SafeHtml ? c.html : escapeHtml(c));

function table(headers: string[], rows: unknown[][], none: string): string {
  if (rows.length === 0) return `<p>${escapeHtml(none)}</p>`;
  const head = headers.some(Boolean)
    ? `<thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>`
    : '';
  return `<table>${head}<tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

const moodWords: Record<Lang, string[]> = {
  'zh-CN': ['很难受', '不太好', '一般', '还不错', '很好'],
  en: ['Very bad', 'Not good', 'So-so', 'Quite good', 'Very good'],
};

const audienceName = (id: string, lang: Lang) => {
  const g = audienceGroups.find((a) => a.id === id);
  return g ? (lang === 'en' ? g.en : g.zh) : id;
};

/** The full holdings carry the diary's entries; the overview only counts them. */
const linkedEntries = (h: Holdings): LinkedDiaryEntry[] =>
  (h.linked.diary as { entries?: LinkedDiaryEntry[] } | null)?.entries ?? [];

/** The download as a page to read and print, in the worker's language. */
export function holdingsHtml(h: Holdings, log: AccessEntry[], lang: Lang, zone: string, now: Date): string {
  const L = labels[lang];
  const t = (iso: string | null) => time(iso, zone, lang);
  const cases = h.cases
    .map((c) => {
      const full = c as typeof c & {
        contact?: unknown;
        notes?: { kind: string; happenedAt: string; body: unknown }[];
      };
      return `<section><h3>${escapeHtml(c.number)}</h3>
<p>${escapeHtml(L.status)}: ${escapeHtml(c.status)} · ${escapeHtml(t(c.openedAt))} – ${escapeHtml(t(c.closedAt))} · ${escapeHtml(c.counsellor)}${
        c.retainUntil ? ` · ${escapeHtml(L.retainedUntil)} ${escapeHtml(t(c.retainUntil))}` : ''
      }</p>
<h4>${escapeHtml(L.contact)}</h4>${valueHtml(full.contact ?? null)}
<h4>${escapeHtml(L.notes)}</h4>${table(
        ['', ''],
        (full.notes ?? []).map((n) => [t(n.happenedAt), new SafeHtml(valueHtml(n.body))]),
        L.none,
      )}
<h4>${escapeHtml(L.measures)}</h4>${table(
        ['', '', ''],
        c.measures.map((m) => [t(m.at), m.name, `${m.score ?? ''} ${m.band?.label ?? ''}`]),
        L.none,
      )}
<h4>${escapeHtml(L.recommendations)}</h4>${table(
        ['', ''],
        c.recommendations.map((r) => [t(r.dueAt), r.title]),
        L.none,
      )}
<h4>${escapeHtml(L.referrals)}</h4>${table(
        ['', '', ''],
        c.referrals.map((r) => [t(r.sentAt), r.institution, `${r.items.join(', ')} (${r.status})`]),
        L.none,
      )}</section>`;
    })
    .join('');
  return `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(L.title)}</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:48rem;margin:1rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3rem;text-align:left;vertical-align:top}
dl{margin:0}dt{font-weight:600}dd{margin:0 0 .3rem 1rem}section{page-break-inside:avoid}</style></head>
<body><h1>${escapeHtml(L.title)}</h1><p>${escapeHtml(L.generated)}: ${escapeHtml(t(now.toISOString()))}</p>
<h2>${escapeHtml(L.checkups)}</h2>${table(
    ['', '', ''],
    h.checkups.flatMap((c) =>
      c.results.map((r) => [t(c.createdAt), r.name, `${r.score} ${r.band?.label ?? ''}`]),
    ),
    L.none,
  )}
<h2>${escapeHtml(L.diary)}</h2>${table(
    ['', '', ''],
    linkedEntries(h).map((e) => [e.date, moodWords[lang][e.mood - 1] ?? String(e.mood), e.note]),
    L.none,
  )}
<h2>${escapeHtml(L.groups)}</h2>${table(
    [''],
    (h.linked.groups?.groups ?? []).map((g) => [audienceName(g, lang)]),
    L.none,
  )}
<h2>${escapeHtml(L.appointments)}</h2>${table(
    ['', '', ''],
    h.appointments.map((a) => [t(a.startsAt), `${a.servicePoint} · ${a.counsellor}`, a.status]),
    L.none,
  )}
<h2>${escapeHtml(L.eventRegistrations)}</h2>${table(
    ['', '', ''],
    h.eventRegistrations.map((r) => [
      t(r.startsAt),
      `${r.title} · ${r.place}`,
      [r.status, r.checkedIn ? L.checkedIn : '', r.eventCancelled ? L.eventCancelled : '']
        .filter(Boolean)
        .join(' · '),
    ]),
    L.none,
  )}
<h2>${escapeHtml(L.requests)}</h2>${table(
    ['', '', ''],
    h.requests.map((r) => [t(r.createdAt), r.source, r.status]),
    L.none,
  )}
<h2>${escapeHtml(L.cases)}</h2>${cases || `<p>${escapeHtml(L.none)}</p>`}
<h2>${escapeHtml(L.consents)}</h2>${table(
    ['', '', ''],
    h.consents.map((c) => [c.kind, t(c.givenAt), c.withdrawnAt ? `${L.withdrawn} ${t(c.withdrawnAt)}` : '']),
    L.none,
  )}
<h2>${escapeHtml(L.accessLog)}</h2>${table(
    ['', '', '', ''],
    log.map((e) => [t(e.at), e.who, e.role ?? '', `${e.what}${e.breakGlass ? ' ⚠' : ''}`]),
    L.none,
  )}
<h2>${escapeHtml(L.retention)}</h2><p>${escapeHtml(h.retention.statement)}</p>
</body></html>`;
}
