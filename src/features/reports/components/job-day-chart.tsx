import { useTranslation } from 'react-i18next'
import { ChartFigure, StatusBarChart } from '../../../components/chart-figure'
import { formatNumber } from '../../../lib/format/number'
import type { StatusCounts } from '../../../lib/jobs/report-index'
import type { DayCounts } from '../model/job-report'
import { REPORT_STATUSES } from '../../../lib/jobs/report-kinds'

/** The statuses a chart draws: the four SCV shows, plus "other" only when some job has another status. */
function statusesIn(totals: StatusCounts) {
  return totals.OTHER > 0 ? ([...REPORT_STATUSES, 'OTHER'] as const) : REPORT_STATUSES
}

/** Jobs per appliance-local day, stacked by outcome, with the numbers as a table. */
export function JobDayChart({
  title,
  days,
  totals,
}: {
  title: string
  days: DayCounts[]
  totals: StatusCounts
}) {
  const { t } = useTranslation('reports')
  const statuses = statusesIn(totals)
  const summary = statuses
    .map((status) => t('chart.statusCount', { status: t(`status.${status}`), count: totals[status] }))
    .join(' · ')
  return (
    <ChartFigure
      title={title}
      summary={summary}
      numbers={{
        caption: title,
        columns: [t('chart.day'), ...statuses.map((status) => t(`status.${status}`))],
        rows: days.map((day) => ({
          key: day.day,
          cells: [day.day, ...statuses.map((status) => formatNumber(day[status]))],
        })),
      }}
    >
      <StatusBarChart
        h={200}
        data={days}
        dataKey="day"
        statuses={statuses}
        label={(status) => t(`status.${status}`)}
      />
    </ChartFigure>
  )
}
