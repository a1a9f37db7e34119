import { SegmentedControl } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ChartFigure, StatusBarChart } from '../../../components/chart-figure'
import { formatNumber } from '../../../lib/format/number'
import type { StatusCounts } from '../../../lib/jobs/report-index'
import { REPORT_JOB_KINDS, REPORT_STATUSES, type ReportJobKind } from '../../../lib/jobs/report-kinds'
import { OUTCOME_WINDOWS, type OutcomeWindow } from '../model/job-overview'

interface JobOutcomesChartProps {
  outcomes: Record<ReportJobKind, StatusCounts>
  window: OutcomeWindow
  onWindowChange: (window: OutcomeWindow) => void
}

/** Backup, restore and mount jobs of the last 7 or 30 days, stacked by how they ended, with the numbers. */
export function JobOutcomesChart({ outcomes, window, onWindowChange }: JobOutcomesChartProps) {
  const { t } = useTranslation('dashboard')
  const statuses = REPORT_JOB_KINDS.some((kind) => outcomes[kind].OTHER > 0)
    ? ([...REPORT_STATUSES, 'OTHER'] as const)
    : REPORT_STATUSES
  const data = REPORT_JOB_KINDS.map((kind) => ({ kind: t(`jobKind.${kind}`), ...outcomes[kind] }))
  const total = (kind: ReportJobKind) => statuses.reduce((sum, status) => sum + outcomes[kind][status], 0)
  const title = t('outcomes.title', { days: window })
  return (
    <ChartFigure
      title={title}
      summary={REPORT_JOB_KINDS.map((kind) =>
        t('outcomes.summary', {
          kind: t(`jobKind.${kind}`),
          total: formatNumber(total(kind)),
          failed: formatNumber(outcomes[kind].FAILED),
          warning: formatNumber(outcomes[kind].WARNING),
        }),
      ).join(' ')}
      numbers={{
        caption: title,
        columns: [
          t('outcomes.kind'),
          ...statuses.map((status) => t(`status.${status}`)),
          t('outcomes.total'),
        ],
        rows: REPORT_JOB_KINDS.map((kind) => ({
          key: kind,
          cells: [
            t(`jobKind.${kind}`),
            ...statuses.map((status) => formatNumber(outcomes[kind][status])),
            formatNumber(total(kind)),
          ],
        })),
      }}
      actions={
        <SegmentedControl
          size="xs"
          aria-label={t('outcomes.window')}
          value={String(window)}
          onChange={(value) => onWindowChange(Number(value) === 30 ? 30 : 7)}
          data={OUTCOME_WINDOWS.map((days) => ({
            value: String(days),
            label: t('outcomes.days', { count: days }),
          }))}
        />
      }
    >
      <StatusBarChart
        h={220}
        data={data}
        dataKey="kind"
        statuses={statuses}
        label={(status) => t(`status.${status}`)}
      />
    </ChartFigure>
  )
}
