import { BarChart } from '@mantine/charts'
import { STATUS_CHART_COLORS } from './status-colors'

type Status = keyof typeof STATUS_CHART_COLORS

export interface StatusBarChartProps {
  /** One bar per item, with a count per status. */
  data: Record<string, unknown>[]
  dataKey: string
  statuses: readonly Status[]
  label: (status: Status) => string
  h: number
}

/**
 * Bars stacked by job outcome in the status colours, legend below. Recharts' keyboard layer is off: the chart
 * sits inside a `ChartFigure`, hidden from assistive technology, whose numbers table is the text alternative.
 */
export default function StatusBarDrawing({ data, dataKey, statuses, label, h }: StatusBarChartProps) {
  return (
    <BarChart
      h={h}
      data={data}
      dataKey={dataKey}
      type="stacked"
      withLegend
      legendProps={{ verticalAlign: 'bottom' }}
      tickLine="y"
      barChartProps={{ accessibilityLayer: false }}
      series={statuses.map((status) => ({
        name: status,
        label: label(status),
        color: STATUS_CHART_COLORS[status],
      }))}
    />
  )
}
