import i18next from 'i18next'

/** A count formatted for the current language. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  return new Intl.NumberFormat(i18next.language || 'en').format(value)
}
