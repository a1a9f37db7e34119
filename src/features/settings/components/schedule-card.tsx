import { Badge, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { BuiltInSchedule } from '../../../api'
import { describeCron } from '../../../lib/cron/describe-cron'
import type { TimeZone } from '../../../lib/time/zone'
import { checkSchedule, isKnownSchedule, mayBeRefused } from '../model/schedule-check'
import { RunTimes } from './run-times'

interface ScheduleCardProps {
  schedule: BuiltInSchedule
  applianceZone: TimeZone
  viewerZone: TimeZone
  now: number
  /** Absent when the appliance does not offer the change. */
  onEdit?: () => void
}

/** One built-in schedule: what it does, its cron expression in plain words, and its next five runs. */
export function ScheduleCard({ schedule, applianceZone, viewerZone, now, onEdit }: ScheduleCardProps) {
  const { t, i18n } = useTranslation('settings')
  const name = String(schedule.name)
  const check = checkSchedule(schedule.cronExpression, applianceZone, now)
  const reading = describeCron(schedule.cronExpression, i18n.language)
  const headingId = `schedule-${name}`
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} id={name}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4" id={headingId}>
              {name}
            </Title>
            <Text size="sm" maw={720}>
              {isKnownSchedule(name) ? t(`builtIn.${name}`) : (schedule.description ?? t('builtIn.unknown'))}
            </Text>
          </div>
          {onEdit && (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={onEdit}
              aria-label={t('card.edit', { name })}
            >
              {t('card.editShort')}
            </Button>
          )}
        </Group>
        <Group gap="xs">
          <Code fz="sm">{schedule.cronExpression}</Code>
          {reading && <Text size="sm">{reading}</Text>}
          {check.ok && check.perHour > 1 && (
            <Badge color="yellow.5" autoContrast variant="filled" radius="sm" tt="none">
              {t('card.often')}
            </Badge>
          )}
        </Group>
        {mayBeRefused(name) && (
          <Text size="xs" c="dimmed">
            {t('card.purgeNote')}
          </Text>
        )}
        {check.ok ? (
          <RunTimes
            runs={check.runs}
            applianceZone={applianceZone}
            viewerZone={viewerZone}
            label={t('card.runsLabel', { name })}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('card.unreadable')}
          </Text>
        )}
      </Stack>
    </Paper>
  )
}
