import type { FieldCipher } from '../../core/crypto/field-cipher';
import { AppError } from '../../core/errors';
import { type Credential, confirmPhone } from '../booking/booking';
import { findBookerByIdentity, findBookerByPhone } from '../booking/repository';
import { identityFor } from '../checkup/retrieval';
import type { TenantDirectory } from '../checkup/tenant-directory';
import type { Db } from '../db/client';
import type { SmsSender } from '../sms/sender';

export interface MyDataDeps {
  db: Db;
  cipher: FieldCipher;
  sms: SmsSender;
  directory: TenantDirectory;
}

/**
 * The person asking for their own data, as Carnation knows them: a retrieval code (their check-ups, and what
 * they linked to it), or a verified phone number (found by the same keyed hash bookings and requests for help
 * keep). Nothing else identifies a worker, so nothing else is theirs.
 */
export interface Subject {
  tenantId: string;
  slug: string;
  via: 'retrieval_code' | 'phone';
  identityId: string | null;
  phoneHash: string | null;
  bookerId: string | null;
}

/** Proves who is asking with the credential of GET /api/v1/bookings; a wrong one answers like an unknown one. */
export async function subjectOf(
  deps: MyDataDeps,
  tenantSlug: string | undefined,
  credential: Credential,
  now: Date,
): Promise<Subject> {
  if ('retrievalCode' in credential) {
    const identity = await identityFor(deps.db, credential.retrievalCode);
    const tenant = await deps.directory.byId(identity.tenantId);
    if (tenantSlug && tenantSlug !== tenant.slug)
      throw new AppError(
        'unknown_retrieval_code',
        'That retrieval code is not known; check it and try again',
      );
    const booker = await findBookerByIdentity(deps.db, identity.id);
    return {
      tenantId: identity.tenantId,
      slug: tenant.slug,
      via: 'retrieval_code',
      identityId: identity.id,
      phoneHash: null,
      bookerId: booker?.id ?? null,
    };
  }
  const tenant = await deps.directory.resolve(tenantSlug);
  const { index } = await confirmPhone(deps, tenant.id, credential.phone, credential.code, now);
  const booker = await findBookerByPhone(deps.db, tenant.id, index);
  return {
    tenantId: tenant.id,
    slug: tenant.slug,
    via: 'phone',
    identityId: null,
    phoneHash: index,
    bookerId: booker?.id ?? null,
  };
}
