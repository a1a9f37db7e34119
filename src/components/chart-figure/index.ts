export { ChartFigure, type ChartNumbers } from './chart-figure'
export { STATUS_CHART_COLORS } from './status-colors'
export { StatusBarChart } from './status-bar-chart'
