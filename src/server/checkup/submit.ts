import { createHash, randomUUID } from 'node:crypto';
import { canonicalJson } from '../../core/audit/hash-chain';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import { AppError } from '../../core/errors';
import { catalogue } from '../../core/instruments/catalogue';
import { crisisResources } from '../../core/instruments/crisis';
import { evaluateSubmission } from '../../core/instruments/evaluate';
import {
  formatRetrievalCode,
  hashRetrievalCode,
  isRetrievalCode,
  newRetrievalCode,
} from '../../core/instruments/retrieval-code';
import type { Lang } from '../../core/instruments/types';
import type { Database, Db } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import { findOfferedCheckup } from './checkup-catalogue';
import { findIdempotent, findIdentity, findLiveCampaign, insertSubmission } from './repository';
import type { PublicTenant, TenantDirectory } from './tenant-directory';

export interface SubmissionInput {
  checkup: string;
  answers: Record<string, unknown[]>;
  retrievalCode?: string;
  campaign?: string;
  lang: Lang;
  tenant?: string;
}

export interface SubmissionResponse {
  id: string;
  retrievalCode: string;
  createdAt: string;
  results: {
    instrument: string;
    version: string;
    score: number;
    percentage?: number;
    band: { code: string; label: string; level: number };
    bandsDescriptive: boolean;
    subscales: { id: string; score: number; positive: boolean }[];
    flags: string[];
  }[];
  crisis: {
    triggered: boolean;
    level: 'urgent' | 'elevated' | null;
    reasons: string[];
    resources: { name: string; phone: string; hours: string; kind: 'hotline' | 'emergency' }[];
  };
  stepUps: { instrument: string; reason: string }[];
}

export interface SubmitDeps {
  db: Db;
  /** For the one-statement insert (prepared on a PostgreSQL server). */
  database: Database;
  cipher: FieldCipher;
  directory: TenantDirectory;
  now: () => Date;
}

/** The crisis lines in each language, made once: every response carries them. */
const localisedResources = {
  'zh-CN': crisisResources.map((c) => ({
    name: c.name['zh-CN'],
    phone: c.phone,
    hours: c.hours['zh-CN'],
    kind: c.kind,
  })),
  en: crisisResources.map((c) => ({ name: c.name.en, phone: c.phone, hours: c.hours.en, kind: c.kind })),
} satisfies Record<Lang, unknown>;

const requestHash = (input: SubmissionInput) =>
  createHash('sha256').update(canonicalJson(input)).digest('hex');

async function tenantFor(deps: SubmitDeps, input: SubmissionInput) {
  if (!input.campaign) return { tenant: await deps.directory.resolve(input.tenant), campaignId: null };
  const campaign = await findLiveCampaign(deps.db, input.campaign, deps.now());
  if (!campaign) throw new AppError('unknown_campaign', 'This campaign link is not (or no longer) valid');
  const tenant = await deps.directory.byId(campaign.tenantId);
  if (input.tenant && input.tenant !== tenant.slug)
    throw new AppError('unknown_campaign', 'This campaign belongs to another federation');
  return { tenant, campaignId: campaign.id };
}

/**
 * Stores one completed check-up. Validation and scoring are pure; storage is one transaction. With an
 * idempotency key a retry returns the first response and stores nothing new; the same key with another body
 * is refused. Bad input changes nothing.
 */
export async function submitCheckup(
  deps: SubmitDeps,
  input: SubmissionInput,
  idempotencyKey?: string,
): Promise<{ created: boolean; response: SubmissionResponse }> {
  const { tenant, campaignId } = await tenantFor(deps, input);
  const hash = idempotencyKey ? requestHash(input) : '';
  if (idempotencyKey) {
    const earlier = await findIdempotent(deps.db, tenant.id, idempotencyKey);
    if (earlier) return { created: false, response: replay(deps, tenant, idempotencyKey, earlier, hash) };
  }

  const offered = await findOfferedCheckup(deps.db, tenant, input.checkup, input.lang);
  const evaluation = evaluateSubmission(offered.checkup, catalogue, input.answers);
  if (!evaluation.ok)
    throw new AppError('invalid_answers', 'Some answers do not fit this check-up', {
      problems: evaluation.problems,
    });

  if (input.retrievalCode !== undefined && !isRetrievalCode(input.retrievalCode)) {
    throw new AppError('unknown_retrieval_code', 'That retrieval code is not valid');
  }
  const known = input.retrievalCode
    ? await findIdentity(deps.db, hashRetrievalCode(input.retrievalCode))
    : undefined;
  if (input.retrievalCode && (!known || known.tenantId !== tenant.id)) {
    throw new AppError('unknown_retrieval_code', 'That retrieval code is not known here');
  }
  const code = input.retrievalCode ? formatRetrievalCode(input.retrievalCode) : newRetrievalCode();
  const id = randomUUID();
  const now = deps.now();
  const response: SubmissionResponse = {
    id,
    retrievalCode: code,
    createdAt: now.toISOString(),
    results: evaluation.results.map((r) => {
      const def = catalogue.get(r.instrument);
      return {
        instrument: r.instrument,
        version: r.version,
        score: r.score,
        ...(r.transformed ? { percentage: r.transformed.value } : {}),
        band: { code: r.band.code, label: r.band.label[input.lang], level: r.band.level },
        bandsDescriptive: def?.bandsDescriptive ?? false,
        subscales: r.subscales,
        flags: r.flags.map((f) => f.code),
      };
    }),
    crisis: {
      ...evaluation.crisis,
      // The lines are shown whenever a check-up ends; `triggered` says how prominently.
      resources: localisedResources[input.lang],
    },
    stepUps: evaluation.stepUps.map((target) => ({
      instrument: target,
      reason: offered.checkup.stepUps.find((s) => s.target === target)?.reason[input.lang] ?? '',
    })),
  };

  let raced = false;
  const identityId = known?.id ?? randomUUID();
  await insertSubmission(deps.database, {
    identity: { id: identityId, codeHash: hashRetrievalCode(code), isNew: !known },
    submission: {
      id,
      tenantId: tenant.id,
      campaignId,
      checkupId: offered.checkup.id,
      lang: input.lang,
      answersSealed: deps.cipher.encrypt(JSON.stringify(input.answers), `submissions.answers:${id}`),
      crisisLevel: evaluation.crisis.level,
      createdAt: now,
    },
    results: evaluation.results.map((r) => ({
      instrumentId: r.instrument,
      version: r.version,
      score: r.score,
      transformed: r.transformed?.value ?? null,
      bandCode: r.band.code,
      bandLevel: r.band.level,
      flags: r.flags.map((f) => f.code),
      subscales: r.subscales,
    })),
    ...(idempotencyKey
      ? {
          idempotency: {
            key: idempotencyKey,
            requestHash: hash,
            responseSealed: deps.cipher.encrypt(
              JSON.stringify(response),
              `idempotency:${tenant.id}:${idempotencyKey}`,
            ),
          },
        }
      : {}),
  }).catch((err: unknown) => {
    // Two retries racing with one key: the loser's statement fails whole; it answers as the winner did.
    if (idempotencyKey && isUniqueViolation(err)) raced = true;
    else throw err;
  });
  if (raced && idempotencyKey) {
    const stored = await findIdempotent(deps.db, tenant.id, idempotencyKey);
    if (!stored) throw new AppError('conflict', 'Try again');
    return { created: false, response: replay(deps, tenant, idempotencyKey, stored, hash) };
  }
  return { created: true, response };
}

function replay(
  deps: SubmitDeps,
  tenant: PublicTenant,
  key: string,
  row: { requestHash: string; responseSealed: string },
  hash: string,
): SubmissionResponse {
  if (row.requestHash !== hash) {
    throw new AppError('idempotency_key_reused', 'This Idempotency-Key was used for a different submission');
  }
  return JSON.parse(
    deps.cipher.decrypt(row.responseSealed, `idempotency:${tenant.id}:${key}`),
  ) as SubmissionResponse;
}
