import { useMemo } from 'react';
import { LazyChart } from '../../components/LazyChart';
import type { InstrumentSeries } from '../../lib/case-types';
import { type ChartTexts, chartOption } from '../../lib/measure-chart';

/**
 * One instrument's scores over time with its bands shaded (ECharts, loaded on first use). The chart is a
 * picture for the eye; the table beside it carries the same facts for everyone else.
 */
export function MeasureChart({
  series,
  texts,
  label,
}: {
  series: InstrumentSeries;
  texts: ChartTexts;
  label: string;
}) {
  const option = useMemo(() => chartOption(series, texts), [series, texts]);
  return (
    <LazyChart
      load={() => import('./echarts-setup')}
      option={option}
      label={label}
      height={240}
      testId="measure-chart"
    />
  );
}
