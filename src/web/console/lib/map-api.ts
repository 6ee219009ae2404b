import { query } from '../../shared/api';
import { call } from './call';

/** The coverage API's shapes as the console reads them (src/server/coverage/schemas.ts). */
export type Mode = 'walk' | 'drive';
interface Named {
  id: string;
  name: string;
  nameEn: string | null;
}
export interface MapEnterprise extends Named {
  lat: number;
  lng: number;
  members: number;
}
export interface Coverage {
  scope: Named & { kind: string };
  mode: Mode;
  date: string;
  week: { monday: string; sunday: string; label: string };
  minutes: number;
  radiusMetres: number;
  estimate: { speeds: { walkKmh: number; driveKmh: number }; detourFactor: number; overheadMinutes: number };
  map: { tileUrl: string | null; attribution: string | null };
  figures: {
    enterprises: { total: number; covered: number; share: number | null };
    members: { total: number; covered: number; share: number | null };
    unlocated: number;
  };
  points: (Named & { nameEn: string; kind: string; lat: number; lng: number; open: boolean })[];
  enterprises: (MapEnterprise & { covered: boolean })[];
  outside: (MapEnterprise & { nearestMetres: number | null })[];
  districts: (Named & { rings: { lat: number; lng: number }[][]; approximate: boolean })[];
}
export interface Suggestion {
  rank: number;
  site: Named & { kind: string; lat: number; lng: number };
  addedMembers: number;
  enterprises: MapEnterprise[];
  membersCoveredAfter: number;
}
export interface Suggestions {
  mode: Mode;
  radiusMetres: number;
  members: { total: number; covered: number };
  suggestions: Suggestion[];
}

export const coverageApi = {
  coverage: (q: { mode: Mode; week?: string }) =>
    call<Coverage>('GET', `/api/v1/statistics/coverage${query(q)}`),
  suggestions: (q: { mode: Mode; week?: string; count: number }) =>
    call<Suggestions>('GET', `/api/v1/statistics/coverage/suggestions${query(q)}`),
};

/** A name in the viewer's language (the Chinese one when there is no English). */
export const nameIn = (o: { name: string; nameEn: string | null }, lang: string): string =>
  lang.startsWith('en') ? (o.nameEn ?? o.name) : o.name;

/** The same day one week later or earlier (YYYY-MM-DD, calendar arithmetic in UTC). */
export const shiftWeek = (date: string, weeks: number): string =>
  new Date(new Date(`${date}T00:00:00Z`).getTime() + weeks * 7 * 86_400_000).toISOString().slice(0, 10);

export const percent = (share: number | null): string =>
  share === null ? '—' : `${Math.round(share * 100)}%`;
