import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * Header and note texts for a report's times, which are on the appliance's clock: `Last backup (UTC+08:00)`,
 * or "(appliance time)" when the appliance's answers carried no offset.
 */
export function useZoneText(zone: string | null) {
  const { t } = useTranslation('reports')
  const timeHeader = useCallback(
    (label: string) => (zone ? t('zone.header', { label, zone }) : t('zone.headerUnknown', { label })),
    [t, zone],
  )
  const zoneNote = zone ? t('zone.note', { zone }) : t('zone.noteUnknown')
  return { timeHeader, zoneNote }
}
