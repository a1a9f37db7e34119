import { Alert, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Appliance } from '../../../api'

/** The appliances that refused or could not be reached, each with its own reason in its own words. */
export function ApplianceFailures({
  appliances,
  failures,
}: {
  appliances: readonly Appliance[]
  failures: Array<{ appliance: string; reason: 'rejected' | 'failed' | 'unreachable'; message: string }>
}) {
  const { t } = useTranslation('auth')
  if (!failures.length) return null
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
      <Stack gap={4}>
        {failures.map((failure) => {
          const label = appliances.find((a) => a.id === failure.appliance)?.label ?? failure.appliance
          return (
            <Text key={failure.appliance} size="sm">
              {t(`appliances.failed.${failure.reason}`, { appliance: label, message: failure.message })}
            </Text>
          )
        })}
      </Stack>
    </Alert>
  )
}
