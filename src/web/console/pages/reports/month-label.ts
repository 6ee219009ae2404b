const EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 'YYYY-MM' as the page shows it: 2026年11月, or Nov 2026. */
export function monthLabel(month: string, lang: 'zh' | 'en'): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return lang === 'en' ? `${EN[m - 1] ?? ''} ${y}` : `${y}年${m}月`;
}
