import { type ChainReport, ChainVerifier } from '../../core/audit/hash-chain';
import type { Db } from '../db/client';
import { readChain, readHead, tenantsWithAudit } from './repository';

export interface TenantChainReport extends ChainReport {
  tenantId: string;
}

/** Recomputes every hash of one tenant's chain (or of all tenants) and reports what does not add up. */
export async function verifyAuditChains(db: Db, tenantId?: string): Promise<TenantChainReport[]> {
  const ids = tenantId ? [tenantId] : await tenantsWithAudit(db);
  const reports: TenantChainReport[] = [];
  for (const id of ids) {
    const verifier = new ChainVerifier();
    for await (const page of readChain(db, id)) verifier.push(page);
    reports.push({ tenantId: id, ...verifier.finish(await readHead(db, id)) });
  }
  return reports;
}
