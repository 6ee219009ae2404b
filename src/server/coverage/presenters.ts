import type { z } from 'zod';
import type { coverageSchema, suggestionsSchema } from './schemas';
import type { coverage, suggestions } from './use-cases';

type Coverage = Awaited<ReturnType<typeof coverage>>;
type Suggestions = Awaited<ReturnType<typeof suggestions>>;

const scopeOf = (s: Coverage['scope']) => ({ id: s.id, name: s.name, nameEn: s.nameEn, kind: s.kind });
const enterprise = (e: {
  id: string;
  name: string;
  nameEn: string | null;
  lat: number;
  lng: number;
  members: number;
}) => ({
  id: e.id,
  name: e.name,
  nameEn: e.nameEn,
  lat: e.lat,
  lng: e.lng,
  members: e.members,
});

export function presentCoverage(c: Coverage): z.infer<typeof coverageSchema> {
  return {
    scope: scopeOf(c.scope),
    mode: c.mode,
    date: c.date,
    week: c.week,
    minutes: c.minutes,
    radiusMetres: c.radiusMetres,
    estimate: c.estimate,
    map: c.map,
    figures: c.figures,
    points: c.points.map((p) => ({
      id: p.id,
      name: p.name,
      nameEn: p.nameEn,
      kind: p.kind,
      lat: p.lat,
      lng: p.lng,
      open: p.open,
    })),
    enterprises: c.enterprises.map((e) => ({ ...enterprise(e), covered: e.covered })),
    outside: c.outside.map((e) => ({ ...enterprise(e), nearestMetres: e.nearestMetres })),
    districts: c.districts.map((d) => ({
      id: d.id,
      name: d.name,
      nameEn: d.nameEn,
      rings: d.rings,
      approximate: d.approximate,
    })),
  };
}

export function presentSuggestions(s: Suggestions): z.infer<typeof suggestionsSchema> {
  return {
    scope: scopeOf(s.scope),
    mode: s.mode,
    date: s.date,
    radiusMetres: s.radiusMetres,
    members: s.members,
    suggestions: s.suggestions.map((x) => ({
      rank: x.rank,
      site: {
        id: x.site.id,
        name: x.site.name,
        nameEn: x.site.nameEn,
        kind: x.site.kind,
        lat: x.site.lat,
        lng: x.site.lng,
      },
      addedMembers: x.addedMembers,
      enterprises: x.enterprises.map(enterprise),
      membersCoveredAfter: x.membersCoveredAfter,
    })),
  };
}
