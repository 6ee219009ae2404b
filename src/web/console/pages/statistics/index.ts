/** The statistics dashboard loads as one chunk, with its "statistics" texts; ECharts is a chunk of its own. */
export { StatisticsPage } from './StatisticsPage';
