import { Skeleton } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';

/**
 * One chart, drawn by ECharts once its chunk has loaded. The chart is a picture for the eye (labelled for a
 * screen reader); the table under it carries the same figures for everyone else.
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
        chart.setOption(option);
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
  }, [option]);
  // Without the chart the table below still says everything.
  if (failed) return null;
  return (
    <div style={{ position: 'relative' }}>
      {ready ? null : <Skeleton.Node active style={{ width: '100%', height, position: 'absolute' }} />}
      <div ref={box} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height }} />
    </div>
  );
}
