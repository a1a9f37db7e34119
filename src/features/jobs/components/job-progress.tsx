import { Group, Progress, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

interface JobProgressProps {
  id: number | string
  progress: number | null | undefined
  phase: string | null | undefined
  /** Compact: the bar and the percentage only, the phase goes elsewhere. */
  compact?: boolean
}

/** A running job's progress bar (named for screen readers) and, unless compact, its current phase. */
export function JobProgress({ id, progress, phase, compact = false }: JobProgressProps) {
  const { t } = useTranslation('jobs')
  const value =
    typeof progress === 'number' && Number.isFinite(progress) ? Math.min(100, Math.max(0, progress)) : 0
  return (
    <div>
      <Group gap={6} wrap="nowrap">
        <Progress.Root size="sm" style={{ flex: 1, minWidth: 48 }}>
          <Progress.Section value={value} animated aria-label={t('progress.label', { id })} />
        </Progress.Root>
        <Text size="xs" c="dimmed" miw={30} ta="right">
          {`${Math.round(value)}%`}
        </Text>
      </Group>
      {!compact && (
        <Text size="xs" c="dimmed" truncate>
          {phase ?? t('progress.noPhase')}
        </Text>
      )}
    </div>
  )
}
