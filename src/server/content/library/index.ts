import { communication } from './communication';
import { crisisCare } from './crisis-care';
import { elderCare } from './elder-care';
import { emotions } from './emotions';
import { family } from './family';
import { lectures } from './lectures';
import { onTheRoad } from './on-the-road';
import { relationships } from './relationships';
import { seekingHelp } from './seeking-help';
import { sleep } from './sleep';
import { stories } from './stories';
import type { LibraryEntry } from './types';
import { workStress } from './work-stress';

export type { LibraryEntry } from './types';

/** Carnation's starting library: articles, lecture replays and stories written for the service, zh and en. */
export const startingLibrary: LibraryEntry[] = [
  ...seekingHelp,
  ...crisisCare,
  ...workStress,
  ...onTheRoad,
  ...sleep,
  ...family,
  ...relationships,
  ...elderCare,
  ...communication,
  ...emotions,
  ...stories,
  ...lectures,
];
