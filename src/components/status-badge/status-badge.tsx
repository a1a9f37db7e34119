import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { TONE_COLORS, type StatusTone } from './tones'

/**
 * Badges size to their text and wrap rather than cut it: the status is the information (Mantine's badge
 * ellipsises by default).
 */
const NEVER_CUT = {
  root: { height: 'auto', minHeight: 'var(--badge-height)', overflow: 'visible', maxWidth: '100%' },
  label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', lineHeight: 1.35 },
} as const

/**
 * The one status badge: the label is always written out, the tone's colour only reinforces it. Use the badge
 * of the kind of status (`JobStatusBadge`, `LastRunBadge`, `ResourceGroupStatusBadge`, `BackupStatusBadge`)
 * rather than this directly.
 */
export function StatusBadge({ tone, label, title }: { tone: StatusTone; label: string; title?: string }) {
  if (tone === 'neutral') {
    return (
      <Badge variant="default" radius="sm" tt="none" title={title} styles={NEVER_CUT}>
        {label}
      </Badge>
    )
  }
  return (
    <Badge
      color={TONE_COLORS[tone]}
      variant="filled"
      autoContrast
      radius="sm"
      tt="none"
      title={title}
      styles={NEVER_CUT}
    >
      {label}
    </Badge>
  )
}

/** "unknown" for a missing or unrecognised value, with the raw value when there is one. */
export function UnknownBadge({ value }: { value: unknown }) {
  const { t } = useTranslation('status-badge')
  const raw = typeof value === 'string' && value !== '' ? value : null
  return (
    <StatusBadge
      tone="neutral"
      label={raw ? t('unknownValue', { value: raw }) : t('unknown')}
      title={raw ?? undefined}
    />
  )
}
