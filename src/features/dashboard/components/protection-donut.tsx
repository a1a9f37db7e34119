import { DonutChart, type DonutChartCell } from '@mantine/charts'

interface ProtectionDonutProps {
  data: DonutChartCell[]
  chartLabel: string
}

/** The donut drawing alone, so recharts loads after the dashboard's first paint (see `protection-chart.tsx`). */
export default function ProtectionDonut({ data, chartLabel }: ProtectionDonutProps) {
  return (
    <DonutChart
      h={200}
      size={160}
      thickness={28}
      withLabelsLine={false}
      withTooltip
      tooltipDataSource="segment"
      pieProps={{ isAnimationActive: false, rootTabIndex: -1 }}
      pieChartProps={{ accessibilityLayer: false }}
      chartLabel={chartLabel}
      data={data}
    />
  )
}
