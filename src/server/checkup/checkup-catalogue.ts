import { isAudienceId } from '../../core/content/audiences';
import { AppError } from '../../core/errors';
import { type Availability, availability } from '../../core/instruments/availability';
import { catalogue } from '../../core/instruments/catalogue';
import { type CheckupDefinition, defaultCheckup, stepUpsApplicableTo } from '../../core/instruments/checkups';
import { singleInstrumentCheckup } from '../../core/instruments/evaluate';
import type { InstrumentDefinition, Lang, VariantId } from '../../core/instruments/types';
import type { Db } from '../db/client';
import { checkupDefinitionsOf, findCheckupDefinition } from './repository';
import type { PublicTenant } from './tenant-directory';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An instrument as this federation may show it in a language: its definition and wording. */
export interface OfferedInstrument {
  def: InstrumentDefinition;
  variant: VariantId | null;
}

/** A check-up the worker can take in this language: every instrument (and step-up) available to them. */
export interface OfferedCheckup {
  checkup: CheckupDefinition;
  /** Step-ups whose instrument this federation cannot show in this language are dropped, not offered broken. */
  instruments: Map<string, OfferedInstrument>;
}

/** Whether an instrument id can be offered here; an unknown id is as good as excluded. */
function availabilityOf(
  id: string,
  lang: Lang,
  tenant: PublicTenant,
): { def?: InstrumentDefinition; a: Availability } {
  const def = catalogue.get(id);
  return { def, a: def ? availability(def, lang, tenant.policy) : { ok: false, reason: 'excluded' } };
}

function offer(checkup: CheckupDefinition, tenant: PublicTenant, lang: Lang): OfferedCheckup | null {
  const instruments = new Map<string, OfferedInstrument>();
  for (const id of checkup.instruments) {
    const { def, a } = availabilityOf(id, lang, tenant);
    if (!a.ok || !def) return null;
    instruments.set(id, { def, variant: a.variant });
  }
  const stepUps = checkup.stepUps.filter((s) => {
    const { def, a } = availabilityOf(s.target, lang, tenant);
    if (a.ok && def) instruments.set(s.target, { def, variant: a.variant });
    return a.ok;
  });
  return { checkup: { ...checkup, stepUps }, instruments };
}

const fromRow = (row: {
  id: string;
  name: CheckupDefinition['name'];
  description: CheckupDefinition['description'];
  instruments: string[];
  audiences: string[];
}): CheckupDefinition => ({
  id: row.id,
  name: row.name,
  description: row.description,
  instruments: row.instruments,
  stepUps: stepUpsApplicableTo(row.instruments),
  // Stored ids are checked on write; one dropped from the vocabulary later is simply not shown.
  audiences: row.audiences.filter(isAudienceId),
});

/** Resolves "default", a federation's own check-up id, or an instrument id taken alone. */
/**
 * The default check-up as offered to a federation in a language, kept per tenant snapshot: the directory
 * replaces the snapshot when a decision changes it, and the entry goes with the old one.
 */
const offeredDefault = new WeakMap<PublicTenant, Map<Lang, OfferedCheckup | null>>();

export async function findOfferedCheckup(
  db: Db,
  tenant: PublicTenant,
  id: string,
  lang: Lang,
): Promise<OfferedCheckup> {
  if (id === defaultCheckup.id) {
    const byLang = offeredDefault.get(tenant) ?? new Map<Lang, OfferedCheckup | null>();
    offeredDefault.set(tenant, byLang);
    if (!byLang.has(lang)) byLang.set(lang, offer(defaultCheckup, tenant, lang));
    const cached = byLang.get(lang);
    if (cached) return cached;
  }
  let checkup: CheckupDefinition | undefined;
  if (id === defaultCheckup.id) checkup = defaultCheckup;
  else if (UUID.test(id)) {
    const row = await findCheckupDefinition(db, id);
    if (row && row.tenantId === tenant.id && row.active) checkup = fromRow(row);
  } else {
    const def = catalogue.get(id);
    if (def?.status === 'usable') checkup = singleInstrumentCheckup(def, stepUpsApplicableTo([def.id]));
  }
  if (!checkup) throw new AppError('not_found', `No check-up or instrument "${id}"`);
  const offered = offer(checkup, tenant, lang);
  if (!offered) {
    const missing = checkup.instruments.flatMap((i) => {
      const { a } = availabilityOf(i, lang, tenant);
      return a.ok ? [] : [{ instrument: i, reason: a.reason }];
    });
    throw new AppError('instrument_unavailable', 'This check-up is not offered in this language here', {
      missing,
    });
  }
  return offered;
}

/** Every check-up a worker of this federation can take in this language. */
export async function offeredCheckups(db: Db, tenant: PublicTenant, lang: Lang): Promise<OfferedCheckup[]> {
  const own = await checkupDefinitionsOf(db, tenant.id, true);
  return [defaultCheckup, ...own.map(fromRow)].flatMap((c) => {
    const o = offer(c, tenant, lang);
    return o ? [o] : [];
  });
}
