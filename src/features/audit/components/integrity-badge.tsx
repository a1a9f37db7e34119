import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { integrityKey, isIntegrityState, type IntegrityState } from '../model/integrity'

// Filled shades with ≥4.5:1 text in both colour schemes; the two states that need attention stand out.
const COLORS: Record<IntegrityState, string> = {
  ACTIVE: 'blue.9',
  NORMAL: 'teal.9',
  'ROLLOVER DELETE': 'gray.7',
  'UNEXPECTED DELETE': 'orange.9',
  TAMPERED: 'red.9',
}

/** An audit file's integrity state; a state the console does not know shows as unknown with its raw value. */
export function IntegrityBadge({ state }: { state: unknown }) {
  const { t } = useTranslation('audit')
  if (isIntegrityState(state)) {
    return (
      <Badge color={COLORS[state]} variant="filled" autoContrast radius="sm" tt="none">
        {t(`integrity.${integrityKey(state)}.label`)}
      </Badge>
    )
  }
  const raw = typeof state === 'string' && state !== '' ? state : null
  return (
    <Badge variant="default" radius="sm" tt="none">
      {raw ? t('integrity.unknownValue', { value: raw }) : t('integrity.unknown')}
    </Badge>
  )
}
