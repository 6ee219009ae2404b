import { Skeleton } from 'antd';
import { useEffect, useRef, useState } from 'react';
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
  const box = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let disposed = false;
    let dispose = () => {};
    import('./echarts-setup').then(
      ({ echarts }) => {
        if (disposed || !box.current) return;
        const chart = echarts.init(box.current, undefined, { renderer: 'svg' });
        chart.setOption(chartOption(series, texts));
        const resize = new ResizeObserver(() => chart.resize());
        resize.observe(box.current);
        dispose = () => {
          resize.disconnect();
          chart.dispose();
        };
        setReady(true);
      },
      () => setFailed(true),
    );
    return () => {
      disposed = true;
      dispose();
    };
  }, [series, texts]);
  if (failed) return null;
  return (
    <div style={{ position: 'relative' }}>
      {ready ? null : <Skeleton.Node active style={{ width: '100%', height: 240, position: 'absolute' }} />}
      <div
        ref={box}
        role="img"
        aria-label={label}
        data-testid="measure-chart"
        style={{ width: '100%', height: 240 }}
      />
    </div>
  );
}
