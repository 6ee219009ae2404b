import type { EChartsCoreOption } from 'echarts/core';
import { LazyChart } from '../../components/LazyChart';

/**
 * One chart of the dashboard, drawn by ECharts once its chunk has loaded. The chart is a picture for the eye
 * (labelled for a screen reader); the table under it carries the same figures for everyone else.
 */
export function StatChart({
  option,
  label,
  height = 280,
  testId,
}: {
  option: EChartsCoreOption;
  label: string;
  height?: number;
  testId?: string;
}) {
  return (
    <LazyChart
      load={() => import('./echarts-setup')}
      option={option}
      label={label}
      height={height}
      testId={testId}
    />
  );
}
