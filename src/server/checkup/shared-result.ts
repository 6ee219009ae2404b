import { catalogue } from '../../core/instruments/catalogue';

/** A stored result as the check-up tables keep it. */
export interface StoredResult {
  instrumentId: string;
  score: number;
  bandCode: string;
  bandLevel: number;
  flags: string[];
}

/**
 * One result a worker chose to share, as a counsellor reads it (in a request for help or beside a booking):
 * the instrument's and band's Chinese names from the catalogue, falling back to their codes.
 */
export function presentSharedResult(r: StoredResult) {
  const def = catalogue.get(r.instrumentId);
  const band = def?.bands.find((b) => b.code === r.bandCode);
  return {
    instrument: r.instrumentId,
    name: def?.name['zh-CN'] ?? r.instrumentId,
    score: r.score,
    band: band?.label['zh-CN'] ?? r.bandCode,
    level: r.bandLevel,
    flags: r.flags,
  };
}
