import { crisisCare } from './crisis-care';
import { onTheRoad } from './on-the-road';
import { seekingHelp } from './seeking-help';
import type { LibraryEntry } from './types';

export type { LibraryEntry } from './types';

/** Carnation's starting library: articles, lecture replays and stories written for the service, zh and en. */
export const startingLibrary: LibraryEntry[] = [...seekingHelp, ...crisisCare, ...onTheRoad];
