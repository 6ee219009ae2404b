import type { TFunction } from 'i18next';

/** Industries the demo and the statistics know; an organisation may also carry its own wording. */
export const industries = [
  'mining',
  'chemicals',
  'logistics',
  'transport',
  'ride_hailing',
  'delivery',
  'manufacturing',
  'building_materials',
  'food',
  'healthcare',
  'it_services',
] as const;

export const industryLabel = (t: TFunction, code: string): string =>
  t(`industry.${code}`, { defaultValue: code });
