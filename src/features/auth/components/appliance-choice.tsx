import { Alert, Checkbox, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Appliance, ApplianceSignIn } from '../../../api'

interface ApplianceChoiceProps {
  appliances: readonly Appliance[]
  signIns: Readonly<Record<string, ApplianceSignIn>>
  value: string[]
  onChange: (ids: string[]) => void
  error?: string
}

/** Which appliances one sign-in goes to (the console server offers several); each says if it is signed in. */
export function ApplianceChoice({ appliances, signIns, value, onChange, error }: ApplianceChoiceProps) {
  const { t } = useTranslation('auth')
  return (
    <Checkbox.Group label={t('appliances.label')} value={value} onChange={onChange} error={error}>
      <Stack gap="xs" mt="xs">
        {appliances.map((appliance) => {
          const signIn = signIns[appliance.id]
          return (
            <Checkbox
              key={appliance.id}
              value={appliance.id}
              label={appliance.label}
              description={
                signIn
                  ? t('appliances.signedInAs', { host: appliance.host, username: signIn.username })
                  : appliance.host
              }
            />
          )
        })}
      </Stack>
    </Checkbox.Group>
  )
}

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
