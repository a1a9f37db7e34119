import i18next from 'i18next'

const countFormats = new Map<string, Intl.NumberFormat>()

/** A count formatted for the current language (one formatter per language: building one costs more than using it). */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  const language = i18next.language || 'en'
  let format = countFormats.get(language)
  if (!format) {
    format = new Intl.NumberFormat(language)
    countFormats.set(language, format)
  }
  return format.format(value)
}

/** A size in bytes as B, KB, MB or GB (1024-based, as the appliance's limits are in MB), in the current language. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return '—'
  const units = ['B', 'KB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1
  return `${new Intl.NumberFormat(i18next.language || 'en', { maximumFractionDigits: digits }).format(value)} ${units[unit]}`
}
