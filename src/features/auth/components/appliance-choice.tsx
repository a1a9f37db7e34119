import { Checkbox, Stack } from '@mantine/core'
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
