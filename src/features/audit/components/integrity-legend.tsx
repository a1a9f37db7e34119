import { Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { integrityKey, INTEGRITY_STATES } from '../model/integrity'
import { IntegrityBadge } from './integrity-badge'

/** What each integrity state means and what to do about it. */
export function IntegrityLegend() {
  const { t } = useTranslation('audit')
  return (
    <Stack gap="xs" component="dl" m={0}>
      {INTEGRITY_STATES.map((state) => (
        <Group key={state} gap="sm" wrap="nowrap" align="flex-start">
          <Text component="dt" w={170} style={{ flexShrink: 0 }}>
            <IntegrityBadge state={state} />
          </Text>
          <Text component="dd" m={0} size="sm">
            {t(`integrity.${integrityKey(state)}.meaning`)}
          </Text>
        </Group>
      ))}
    </Stack>
  )
}
