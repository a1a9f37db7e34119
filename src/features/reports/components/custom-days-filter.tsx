import { TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CustomDays } from '../model/job-report'

/**
 * The two dates of a custom range, on the appliance's calendar: offered between `min` and `max` (what SCV keeps,
 * up to today), and a "to" before the "from" said on the field instead of silently showing nothing.
 */
export function CustomDaysFilter({
  days,
  min,
  max,
  onChange,
}: {
  days: CustomDays
  min: string
  max: string
  onChange: (patch: Partial<CustomDays>) => void
}) {
  const { t } = useTranslation('reports')
  const inverted = days.from !== '' && days.to !== '' && days.to < days.from
  return (
    <>
      <TextInput
        type="date"
        label={t('filters.from')}
        value={days.from}
        min={min}
        max={days.to || max}
        onChange={(event) => onChange({ from: event.currentTarget.value })}
        w={170}
      />
      <TextInput
        type="date"
        label={t('filters.to')}
        value={days.to}
        min={days.from || min}
        max={max}
        error={inverted ? t('filters.toBeforeFrom') : undefined}
        onChange={(event) => onChange({ to: event.currentTarget.value })}
        w={170}
      />
    </>
  )
}
