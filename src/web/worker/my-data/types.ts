/** The worker's own data as the API sends it (type-only imports of the server's schemas). */
import type { z } from 'zod';
import type {
  accessLogSchema,
  deletionResponse,
  holdingsSchema,
  withdrawalResponse,
} from '../../../server/my-data/schemas';

export type MyData = z.infer<typeof holdingsSchema>;
export type AccessEntry = z.infer<typeof accessLogSchema>['entries'][number];
export type Withdrawal = z.infer<typeof withdrawalResponse>;
export type Deletion = z.infer<typeof deletionResponse>;
/** The consents that can be withdrawn here (a booking's is withdrawn by cancelling it). */
export type Withdrawable = Withdrawal['consent'];
export type ExportFormat = 'json' | 'html';
