import { memo, useState } from 'react'
import { Button, Paper, Table, Text, Title, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../../lib/format/number'
import type { CauseCount } from '../../../api/resources'
import type { LikelyCause } from '../../../api/resources'
import type { JobFilters } from '../model/job-filters'
import { useTableRoom } from '../../../components/table-room/table-room'
import classes from './failure-causes-summary.module.css'

interface FailureCausesSummaryProps {
  /** Null while the job list loads. */
  counts: readonly CauseCount[] | null
  onSelect: (filter: Pick<JobFilters, 'causes' | 'statuses' | 'range'>) => void
}

/**
 * Causes shown before "Show all": the summary stays a few lines high and the job rows keep the screen; on a
 * phone only the heading and the button, so the first job shows without scrolling.
 */
const FIRST_CAUSES = 3

const RANGES = [
  { key: 'last24h', range: '24h' },
  { key: 'last7d', range: '7d' },
] as const

/**
 * "Failures by likely cause": failed and warning jobs of the last 24 hours and 7 days per recognised cause.
 * Each count is a button that filters the list to those jobs (any status filter is dropped: the cause implies it).
 */
export const FailureCausesSummary = memo(function FailureCausesSummary({
  counts,
  onSelect,
}: FailureCausesSummaryProps) {
  const { t } = useTranslation('jobs')
  const select = (cause: LikelyCause, range: '24h' | '7d') =>
    onSelect({ causes: [cause], statuses: [], range })
  const [showAll, setShowAll] = useState(false)
  const first = useTableRoom().atLeast('narrow') ? FIRST_CAUSES : 0
  const shown = counts && (showAll ? counts : counts.slice(0, first))
  return (
    <Paper withBorder p="sm" mb="md" component="section" aria-labelledby="failure-causes-heading">
      <Title order={2} size="h5" id="failure-causes-heading" mb="xs">
        {t('guidance.summary.label')}
      </Title>
      {counts === null ? (
        <Text size="sm" c="dimmed">
          {t('guidance.summary.counting')}
        </Text>
      ) : counts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('guidance.summary.none')}
        </Text>
      ) : !shown || shown.length === 0 ? null : (
        <Table.ScrollContainer minWidth={360}>
          <Table verticalSpacing={2} fz="sm" aria-labelledby="failure-causes-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('guidance.summary.cause')}</Table.Th>
                {RANGES.map(({ key }) => (
                  <Table.Th key={key} className={classes.count}>
                    {t(`guidance.summary.${key}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((count) => {
                const title = t(`guidance.causes.${count.cause}.title`)
                return (
                  <Table.Tr key={count.cause} data-cause={count.cause}>
                    <Table.Td>{title}</Table.Td>
                    {RANGES.map(({ key, range }) => (
                      <Table.Td key={key} className={classes.count}>
                        {count[key] === 0 ? (
                          <span className={classes.zero}>0</span>
                        ) : (
                          <UnstyledButton
                            className={classes.button}
                            onClick={() => select(count.cause, range)}
                            aria-label={t('guidance.summary.show', {
                              cause: title,
                              range: t(`guidance.summary.${key}`),
                              count: count[key],
                            })}
                          >
                            {formatNumber(count[key])}
                          </UnstyledButton>
                        )}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {counts && counts.length > first && (
        <Button variant="subtle" size="compact-sm" mt={4} onClick={() => setShowAll(!showAll)}>
          {showAll
            ? t('guidance.summary.showFewer')
            : t('guidance.summary.showAll', { count: counts.length })}
        </Button>
      )}
    </Paper>
  )
})
