/** What the access matrix (src/server/access-matrix.test.ts) knows about the demo world, to fill in parameters. */
export interface World {
  ownOrg: string;
  userId: string;
  tenantId: string;
}

/** An id nothing has: object-level checks answer 404 for it, so only the route-level policy decides. */
export const NOBODY = '00000000-0000-4000-8000-00000000dead';

export type Fixture = (w: World) => { url: string; payload?: Record<string, unknown> };
