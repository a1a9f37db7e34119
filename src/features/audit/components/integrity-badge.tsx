import { useTranslation } from 'react-i18next'
import { StatusBadge, UnknownBadge, type StatusTone } from '../../../components/status-badge'
import { integrityKey, isIntegrityState, type IntegrityState } from '../model/integrity'

// The two states an operator must look into stand out; a rotation delete is expected, so it stays quiet.
const TONES: Record<IntegrityState, StatusTone> = {
  ACTIVE: 'info',
  NORMAL: 'success',
  'ROLLOVER DELETE': 'neutral',
  'UNEXPECTED DELETE': 'warning',
  TAMPERED: 'danger',
}

/** An audit file's integrity state; a state the console does not know shows as unknown with its raw value. */
export function IntegrityBadge({ state }: { state: unknown }) {
  const { t } = useTranslation('audit')
  if (!isIntegrityState(state)) return <UnknownBadge value={state} />
  return <StatusBadge tone={TONES[state]} label={t(`integrity.${integrityKey(state)}.label`)} />
}
