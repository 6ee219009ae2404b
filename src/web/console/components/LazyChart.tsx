import { Skeleton } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';

/** What a page's own `echarts-setup.ts` chunk gives: ECharts with just the charts that page draws. */
export interface ChartsChunk {
  echarts: {
    init(
      el: HTMLElement,
      theme?: string,
      opts?: { renderer?: 'svg' | 'canvas' },
    ): { setOption(option: EChartsCoreOption): void; resize(): void; dispose(): void };
  };
}

/**
 * One chart drawn by ECharts once the page's chart chunk has loaded (`load`, an import() in the page's folder,
 * so each page's chunk holds only its chart types), redrawn when `option` changes and resized with its box.
 * The chart is a picture for the eye (labelled for a screen reader); the page's table carries the same figures,
 * so when the chunk cannot load the chart simply leaves.
 */
export function LazyChart({
  load,
  option,
  label,
  height,
  testId,
}: {
  load: () => Promise<ChartsChunk>;
  option: EChartsCoreOption;
  label: string;
  height: number;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const loader = useRef(load);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let disposed = false;
    let dispose = () => {};
    loader.current().then(
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
  if (failed) return null;
  return (
    <div style={{ position: 'relative' }}>
      {ready ? null : <Skeleton.Node active style={{ width: '100%', height, position: 'absolute' }} />}
      <div ref={box} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height }} />
    </div>
  );
}
