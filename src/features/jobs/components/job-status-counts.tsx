import { memo } from 'react'
import { SimpleGrid, Text, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../../lib/format/number'
import type { JobStatusCounts } from '../model/status-counts'
import type { JobFilters } from '../model/job-filters'
import classes from './job-status-counts.module.css'

interface Tile {
  key: keyof JobStatusCounts
  /** The filter the tile applies when clicked. */
  filter: Pick<JobFilters, 'statuses' | 'range'>
}

const TILES: Tile[] = [
  { key: 'running', filter: { statuses: ['RUNNING'], range: 'all' } },
  { key: 'possiblyStuck', filter: { statuses: ['RUNNING'], range: 'all' } },
  { key: 'failed24h', filter: { statuses: ['FAILED'], range: '24h' } },
  { key: 'warning24h', filter: { statuses: ['WARNING'], range: '24h' } },
  { key: 'successful24h', filter: { statuses: ['SUCCESSFUL'], range: '24h' } },
]

interface JobStatusCountsProps {
  /** Null while the job list loads: the tiles show a dash and still filter. */
  counts: JobStatusCounts | null
  onSelect: (filter: Pick<JobFilters, 'statuses' | 'range'>) => void
}

/** Status counts at the top of the page; each one is a button that filters the list to those jobs. */
export const JobStatusCountsBar = memo(function JobStatusCountsBar({
  counts,
  onSelect,
}: JobStatusCountsProps) {
  const { t } = useTranslation('jobs')
  return (
    <SimpleGrid
      cols={{ base: 3, sm: 5 }}
      spacing="xs"
      mb="md"
      component="section"
      aria-label={t('counts.label')}
    >
      {TILES.map((tile) => {
        const label = t(`counts.${tile.key}`)
        const value = counts ? counts[tile.key] : null
        return (
          <UnstyledButton
            key={tile.key}
            className={classes.tile}
            data-tone={tile.key}
            data-alert={
              value && (tile.key === 'failed24h' || tile.key === 'possiblyStuck') ? true : undefined
            }
            onClick={() => onSelect(tile.filter)}
            aria-label={
              value === null ? t('counts.showCounting', { label }) : t('counts.show', { label, count: value })
            }
          >
            <Text size="sm" c="dimmed" fw={500} className={classes.label}>
              {label}
            </Text>
            <Text fw={700} lh={1.2} className={classes.value} data-testid={`count-${tile.key}`}>
              {formatNumber(value)}
            </Text>
          </UnstyledButton>
        )
      })}
    </SimpleGrid>
  )
})
