import type { Fixture } from '../testing/matrix';

/** Sample requests for the access matrix: one per route of this capability. */
export const careFixtures: Record<string, Fixture> = {};
