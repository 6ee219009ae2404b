import type { coverageZh } from './coverage.zh-CN';

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** The 15-minute service circle page in English. */
export const coverageEn: Texts<typeof coverageZh> = {
  title: '15-minute service circle',
  intro:
    'The map shows the stations open this week with the area they reach in 15 minutes, and the enterprises (sized by members). Reach is estimated from straight-line distance, speed and a detour factor, not from real routes.',
  mode: { label: 'Travel by', walk: 'On foot', drive: 'By car' },
  modeIn: { walk: 'on foot', drive: 'by car' },
  week: {
    label: 'Week',
    previous: 'Previous week',
    next: 'Next week',
    current: 'This week',
    range: '{{label}} ({{monday}} to {{sunday}})',
  },
  estimate:
    '15 minutes {{mode}} ≈ {{km}} km in a straight line: at {{speed}} km/h with a detour factor of {{detour}}{{overhead}}.',
  overhead: ', less {{minutes}} minutes to park',
  figures: {
    title: 'Coverage',
    enterprises: 'Enterprises covered',
    members: 'Members covered',
    ofTotal: '{{covered}} / {{total}}',
    unlocated: '{{count}} enterprises have no coordinates and are left out.',
    openPoints: '{{open}} of {{total}} stations open this week',
    none: '—',
  },
  outside: {
    title: 'Enterprises outside the circle',
    intro: 'Most members first.',
    empty: 'Every enterprise is within 15 minutes.',
    name: 'Enterprise',
    members: 'Members',
    nearest: 'Nearest station',
    km: '{{km}} km',
    noPoint: 'No station open this week',
  },
  suggest: {
    title: 'Where next',
    count: 'Suggestions',
    intro:
      'Each step picks the site (an enterprise or a union’s premises) that brings the most uncovered members within 15 minutes. This greedy choice is guaranteed to reach at least 63% (1 − 1/e) of the best possible.',
    adds: 'Adds {{members}} members',
    reaches: 'Reaches: {{names}}',
    after: 'Members covered after this: {{share}}',
    empty: 'No candidate site would cover anyone more.',
    site: { enterprise: 'Enterprise site', union: 'Union premises' },
  },
  map: {
    label: 'Map of the 15-minute service circle; the lists beside it say the same in text',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    north: 'Move north',
    south: 'Move south',
    west: 'Move west',
    east: 'Move east',
    fit: 'Show all',
    approximate: ' (approximate outline)',
    outlineNote: 'No online map configured: district outlines are drawn instead.',
    approximateNote: 'Dashed outlines are estimated from the district’s enterprises and stations.',
  },
  legend: {
    title: 'Legend',
    point: 'Open station',
    closed: 'Station closed this week',
    circle: '15-minute reach',
    inside: 'Enterprise within reach (circle)',
    outside: 'Enterprise outside (triangle)',
    suggestion: 'Suggested site',
    size: 'Size shows members',
  },
  error: 'The coverage could not be loaded. Please try again later.',
};
