import { memo } from 'react'
import { Box, Button, MultiSelect, Select } from '@mantine/core'
import { CollapsibleFilters } from '../../../components/table-room/collapsible-filters'
import { ListSearch } from '../../../components/list-toolbar/list-toolbar'
import { useTranslation } from 'react-i18next'
import { FAILURE_CAUSES, UNRECOGNISED } from '../../../api/resources'
import { KNOWN_JOB_STATUSES, KNOWN_JOB_TYPES } from '../model/job-row'
import { TIME_RANGES, type JobFilters, type TimeRange } from '../model/job-filters'
import type { SearchText } from '../../../lib/url/use-search-text'

interface JobFiltersBarProps {
  filters: JobFilters
  /** The search box's text (it leads the URL by a debounce). */
  search: SearchText
  onChange: (patch: Partial<JobFilters>) => void
  onClear: () => void
}

/**
 * Type, status, cause, time range and free-text filters for the job list; the page keeps them in the URL. The
 * search box stays on screen at every width; the selects fold behind a Filters button on narrower windows.
 */
export function JobFiltersBar({ filters, search, onChange, onClear }: JobFiltersBarProps) {
  const { t } = useTranslation('jobs')
  const { t: tc } = useTranslation()
  const filtered =
    filters.types.length > 0 ||
    filters.statuses.length > 0 ||
    filters.causes.length > 0 ||
    filters.range !== 'all' ||
    search.text.trim() !== ''
  const folded =
    [filters.types, filters.statuses, filters.causes].filter((list) => list.length > 0).length +
    (filters.range !== 'all' ? 1 : 0)
  return (
    <Box mb="sm" role="search" aria-label={t('filters.label')}>
      <CollapsibleFilters
        active={folded}
        lead={
          <ListSearch
            label={t('filters.search')}
            placeholder={t('filters.searchPlaceholder')}
            search={search}
            width={260}
            data-testid="jobs-search"
          />
        }
      >
        <StructuredFilters
          types={filters.types}
          statuses={filters.statuses}
          causes={filters.causes}
          range={filters.range}
          onChange={onChange}
        />
        <Button variant="default" onClick={onClear} disabled={!filtered}>
          {tc('actions.clearFilters')}
        </Button>
      </CollapsibleFilters>
    </Box>
  )
}

interface StructuredFiltersProps {
  types: string[]
  statuses: string[]
  causes: string[]
  range: TimeRange
  onChange: (patch: Partial<JobFilters>) => void
}

/** The selects, memoised: typing in the search box re-renders only the box, which keeps keystrokes cheap. */
const StructuredFilters = memo(function StructuredFilters({
  types,
  statuses,
  causes,
  range,
  onChange,
}: StructuredFiltersProps) {
  const { t } = useTranslation('jobs')
  const typeOptions = [...KNOWN_JOB_TYPES, 'unknown'].map((value) => ({ value, label: t(`type.${value}`) }))
  const statusOptions = [...KNOWN_JOB_STATUSES, 'UNKNOWN'].map((value) => ({
    value,
    label: t(`status.${value}`),
  }))
  const causeOptions = [...FAILURE_CAUSES, UNRECOGNISED].map((value) => ({
    value,
    label: t(`guidance.causes.${value}.title`),
  }))
  const rangeOptions = TIME_RANGES.map((value) => ({ value, label: t(`filters.ranges.${value}`) }))
  return (
    <>
      <MultiSelect
        label={t('filters.type')}
        placeholder={types.length ? undefined : t('filters.any')}
        data={typeOptions}
        value={types}
        onChange={(next) => onChange({ types: next })}
        clearable
        w={220}
      />
      <MultiSelect
        label={t('filters.status')}
        placeholder={statuses.length ? undefined : t('filters.any')}
        data={statusOptions}
        value={statuses}
        onChange={(next) => onChange({ statuses: next })}
        clearable
        w={220}
      />
      <MultiSelect
        label={t('filters.cause')}
        placeholder={causes.length ? undefined : t('filters.any')}
        data={causeOptions}
        value={causes}
        onChange={(next) => onChange({ causes: next })}
        clearable
        w={260}
      />
      <Select
        label={t('filters.range')}
        data={rangeOptions}
        value={range}
        onChange={(next) => onChange({ range: (next ?? 'all') as TimeRange })}
        allowDeselect={false}
        w={170}
      />
    </>
  )
})
