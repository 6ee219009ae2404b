import { hashRetrievalCode, newRetrievalCode } from '../../core/instruments/retrieval-code';
import type { Database } from '../db/client';

/**
 * Anonymous people of the demo federation who each hold a retrieval code, as after their check-ups: the
 * least identity a worker books with.
 */
export async function retrievalCodes(database: Database, n: number): Promise<string[]> {
  const codes = Array.from({ length: n }, () => newRetrievalCode());
  const values = codes.map(
    (_, i) => `((select id from tenants where slug <> 'platform' order by created_at limit 1), $${i + 1})`,
  );
  await database.executeSql(
    `insert into retrieval_identities (tenant_id, code_hash) values ${values.join(', ')}`,
    codes.map(hashRetrievalCode),
  );
  return codes;
}

export const retrievalCode = async (database: Database): Promise<string> =>
  (await retrievalCodes(database, 1))[0] as string;
