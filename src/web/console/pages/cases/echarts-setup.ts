/**
 * The parts of ECharts the score chart uses, and nothing else: imported with import() only, so the chart
 * library is a chunk of its own that loads when a case with scores is opened, never with the console.
 */
import { LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([LineChart, ScatterChart, GridComponent, MarkAreaComponent, TooltipComponent, SVGRenderer]);

export { echarts };
