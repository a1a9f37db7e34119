import { SegmentedControl, Stack, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ListToolbar } from '../list-toolbar/list-toolbar'
import { countNonDefault } from '../../lib/url/list-params'
import {
  backupFilterFields,
  hasActiveFilters,
  NO_BACKUP_FILTERS,
  type BackupFilters,
  type TriState,
} from './backup-filters'

/** The filters beside the search box, which a phone folds behind a button. */
const FOLDED_FILTERS = ['from', 'to', 'location', 'mounted', 'snapshot'] as const

interface BackupFilterBarProps {
  filters: BackupFilters
  onChange: (filters: BackupFilters) => void
  /** e.g. "UTC+01:00": the date range is in the appliance's time zone. */
  zone: string | null
}

/**
 * The filters SCV's restore wizard offers (name search, date range, location, mounted, VMware snapshot), as
 * plain labelled controls that work from the keyboard.
 */
export function BackupFilterBar({ filters, onChange, zone }: BackupFilterBarProps) {
  const { t } = useTranslation('backup-table')
  const set = (patch: Partial<BackupFilters>) => onChange({ ...filters, ...patch })
  const tri = (label: string, value: TriState, apply: (value: TriState) => void) => (
    <Stack gap={2}>
      <Text size="sm" fw={500} component="span" id={`backup-filter-${label}`}>
        {t(`filter.${label}`)}
      </Text>
      <SegmentedControl
        size="xs"
        aria-labelledby={`backup-filter-${label}`}
        value={value}
        onChange={(next) => apply(next as TriState)}
        data={[
          { value: 'any', label: t('filter.any') },
          { value: 'yes', label: t('yes') },
          { value: 'no', label: t('no') },
        ]}
      />
    </Stack>
  )
  return (
    <Stack gap="xs">
      <ListToolbar
        label={t('filter.label')}
        search={{
          label: t('filter.search'),
          placeholder: t('filter.searchPlaceholder'),
          value: filters.q,
          onChange: (q) => set({ q }),
        }}
        onClear={hasActiveFilters(filters) ? () => onChange(NO_BACKUP_FILTERS) : undefined}
        activeFilters={countNonDefault(backupFilterFields, filters, FOLDED_FILTERS)}
      >
        <TextInput
          type="date"
          label={t('filter.from')}
          value={filters.from}
          max={filters.to || undefined}
          onChange={(event) => set({ from: event.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t('filter.to')}
          value={filters.to}
          min={filters.from || undefined}
          onChange={(event) => set({ to: event.currentTarget.value })}
        />
        <Stack gap={2}>
          <Text size="sm" fw={500} component="span" id="backup-filter-location">
            {t('filter.location')}
          </Text>
          <SegmentedControl
            size="xs"
            aria-labelledby="backup-filter-location"
            value={filters.location}
            onChange={(next) => set({ location: next as BackupFilters['location'] })}
            data={[
              { value: 'any', label: t('filter.any') },
              { value: 'primary', label: t('filter.primary') },
              { value: 'secondary', label: t('filter.secondary') },
            ]}
          />
        </Stack>
        {tri('mounted', filters.mounted, (mounted) => set({ mounted }))}
        {tri('snapshot', filters.snapshot, (snapshot) => set({ snapshot }))}
      </ListToolbar>
      {zone && (
        <Text size="xs" c="dimmed">
          {t('filter.zoneNote', { zone })}
        </Text>
      )}
    </Stack>
  )
}
