import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core'
import { useForm, schemaResolver } from '@mantine/form'
import { IconInfoCircle } from '@tabler/icons-react'
import { useNavigate, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { toApiError } from '../../../api'
import { applianceTarget, isSimulator, SIMULATOR_CREDENTIALS } from '../../../lib/appliance/target'
import { useSignIn } from '../api/mutations'
import { SESSION_LIMIT_MINUTES, takeReturnTo } from '../session-limits'
import { SignInError } from '../components/sign-in-error'

const signInSchema = z.object({
  username: z.string().trim().min(1, 'required.username'),
  password: z.string().min(1, 'required.password'),
})

/** The sign-in page: vCenter credentials → SCV token, then back to where the user was. */
export function LoginPage() {
  const { t } = useTranslation('auth')
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()
  const signIn = useSignIn()
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { username: '', password: '' },
    validate: schemaResolver(signInSchema, { sync: true }),
  })

  const submit = form.onSubmit((values) => {
    if (signIn.isPending) return
    signIn.mutate(
      { body: { username: values.username.trim(), password: values.password } },
      {
        onSuccess: () => {
          form.setFieldValue('password', '')
          void navigate(takeReturnTo(), { replace: true })
        },
      },
    )
  })

  const reason = searchParams.get('reason')

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={440} radius="md">
        <form onSubmit={submit} noValidate aria-labelledby="sign-in-title">
          <Stack>
            <div>
              <Title order={1} size="h2" id="sign-in-title">
                {t('title')}
              </Title>
              <Text c="dimmed" size="sm" mt={4}>
                {t('subtitle')}
              </Text>
            </div>
            {reason === 'expired' && (
              <Alert color="yellow" icon={<IconInfoCircle aria-hidden />} role="status">
                {t('expired')}
              </Alert>
            )}
            {reason === 'signed-out' && (
              <Alert color="blue" icon={<IconInfoCircle aria-hidden />} role="status">
                {t('signedOut', { minutes: SESSION_LIMIT_MINUTES })}
              </Alert>
            )}
            {signIn.error && <SignInError error={toApiError(signIn.error)} target={applianceTarget} />}
            <TextInput
              label={t('username')}
              description={t('usernameDescription')}
              autoComplete="username"
              required
              key={form.key('username')}
              {...form.getInputProps('username')}
              error={translateError(form.errors.username, t)}
            />
            <PasswordInput
              label={t('password')}
              autoComplete="current-password"
              required
              key={form.key('password')}
              {...form.getInputProps('password')}
              error={translateError(form.errors.password, t)}
            />
            <Button type="submit" loading={signIn.isPending} fullWidth>
              {signIn.isPending ? t('submitting') : t('submit')}
            </Button>
            {isSimulator && (
              <Text size="sm" c="dimmed">
                {t('simulatorCredentials', SIMULATOR_CREDENTIALS)}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {t('tokenNote')}
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  )
}

function translateError(error: React.ReactNode, t: (key: string) => string): React.ReactNode {
  return typeof error === 'string' ? t(error) : error
}
