import { useState, type ChangeEvent, type FormEvent } from 'react'
import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useNavigate, useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { isServedByConsoleServer, selectAppliance, toApiError, type SignInResult } from '../../../api'
import { applianceTarget, isSimulator, SIMULATOR_CREDENTIALS } from '../../../lib/appliance/target'
import { useSendGuard } from '../../../lib/forms/use-send-guard'
import { useApplianceSignIn, useSignIn } from '../api/mutations'
import { SESSION_LIMIT_MINUTES, takeReturnTo } from '../session-limits'
import { SignInError } from '../components/sign-in-error'
import { ApplianceFailures } from '../components/appliance-failures'
import { ApplianceChoiceSlot } from '../components/appliance-choice-slot'
import { useAppliances } from '../use-appliances'

/**
 * Two required fields: plain state and rules rather than a form library or a zod schema, either of which would
 * add to what the sign-in page downloads (the first page everyone loads; see `npm run bench -- --size`).
 */
interface Credentials {
  username: string
  password: string
}
type CredentialErrors = Partial<Record<keyof Credentials, string>>

/** Message keys (`auth` namespace) of the fields that are not filled in. */
function checkCredentials({ username, password }: Credentials): CredentialErrors {
  return {
    ...(username.trim() === '' ? { username: 'required.username' } : {}),
    ...(password === '' ? { password: 'required.password' } : {}),
  }
}

type Failure = Extract<SignInResult, { ok: false }>

/**
 * The appliances a sign-in goes to by default: all of them at first; later the one the page shows when it
 * needs a sign-in (its session ended, or the user switched to it), else those not signed in yet.
 */
function defaultChoice(ids: string[], signedIn: string[], current: string | undefined): string[] {
  if (!signedIn.length) return ids
  if (current && !signedIn.includes(current)) return [current]
  const missing = ids.filter((id) => !signedIn.includes(id))
  return missing.length ? missing : ids
}

/**
 * The sign-in page: vCenter credentials → SCV token, then back to where the user was. Under the console
 * server the credentials go to the server, for one or several appliances; the token never reaches the page.
 */
export function LoginPage() {
  const { t } = useTranslation('auth')
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()
  const signIn = useSignIn()
  const applianceSignIn = useApplianceSignIn()
  const servedByServer = isServedByConsoleServer()
  const { appliances, current, signIns } = useAppliances()
  const [chosen, setChosen] = useState(() =>
    defaultChoice(
      appliances.map((a) => a.id),
      Object.keys(signIns),
      current?.id,
    ),
  )
  const [failures, setFailures] = useState<Failure[]>([])
  const [choiceError, setChoiceError] = useState<string>()
  const [values, setValues] = useState<Credentials>(() => ({
    username: Object.values(signIns)[0]?.username ?? '',
    password: '',
  }))
  const [errors, setErrors] = useState<CredentialErrors>({})
  // The button shows it is busy once React re-renders; the guard also stops a double click's second click.
  const guard = useSendGuard()
  // Typing in a field clears its message; the rules run again on the next submit.
  const change = (field: keyof Credentials) => (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value
    setValues((current) => ({ ...current, [field]: value }))
    setErrors((current) => ({ ...current, [field]: undefined }))
    guard.rearm()
  }
  const forgetPassword = () => setValues((current) => ({ ...current, password: '' }))
  const pending = signIn.isPending || applianceSignIn.isPending

  const signInThroughServer = (username: string, password: string) => {
    if (!chosen.length) {
      guard.release()
      return setChoiceError(t('appliances.required'))
    }
    setChoiceError(undefined)
    applianceSignIn.mutate(
      { username, password, appliances: chosen },
      {
        onSuccess: (results) => {
          setFailures(results.filter((r): r is Failure => !r.ok))
          const ok = results.filter((r) => r.ok).map((r) => r.appliance)
          // The page stays when an appliance refused: the user may try again, deliberately.
          if (ok.length < results.length) guard.failed()
          if (!ok.length) return
          forgetPassword()
          // Stay on the appliance the user was on when it signed in; else show the first that did.
          if (!current || !ok.includes(current.id)) selectAppliance(ok[0] as string)
          if (ok.length === results.length) void navigate(takeReturnTo(), { replace: true })
        },
        onError: guard.failed,
        onSettled: guard.settled,
      },
    )
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const found = checkCredentials(values)
    setErrors(found)
    if (found.username || found.password || !guard.start()) return
    const username = values.username.trim()
    if (servedByServer) return signInThroughServer(username, values.password)
    signIn.mutate(
      { body: { username, password: values.password } },
      {
        onSuccess: () => {
          forgetPassword()
          void navigate(takeReturnTo(), { replace: true })
        },
        onError: guard.failed,
        onSettled: guard.settled,
      },
    )
  }

  const reason = searchParams.get('reason')
  const target = servedByServer ? (current?.host ?? '') : applianceTarget
  const partlySignedIn = failures.length > 0 && !!current && !!signIns[current.id]
  // An appliance whose session ended asks for sign-in alone: the others can be used meanwhile.
  const othersSignedIn = appliances.filter((a) => a.id !== current?.id && signIns[a.id])
  const continueWith = (id?: string) => {
    if (id) selectAppliance(id)
    void navigate(takeReturnTo(), { replace: true })
  }

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
                {servedByServer && current ? t('expiredOn', { appliance: current.label }) : t('expired')}
              </Alert>
            )}
            {reason === 'signed-out' && (
              <Alert color="blue" icon={<IconInfoCircle aria-hidden />} role="status">
                {t('signedOut', { minutes: SESSION_LIMIT_MINUTES })}
              </Alert>
            )}
            {signIn.error && <SignInError error={toApiError(signIn.error)} target={target} />}
            {applianceSignIn.error && (
              <SignInError error={toApiError(applianceSignIn.error)} target={target} />
            )}
            <ApplianceFailures appliances={appliances} failures={failures} />
            {servedByServer && appliances.length > 1 && (
              <ApplianceChoiceSlot
                appliances={appliances}
                signIns={signIns}
                value={chosen}
                onChange={setChosen}
                error={choiceError}
              />
            )}
            <TextInput
              label={t('username')}
              description={t('usernameDescription')}
              autoComplete="username"
              required
              value={values.username}
              onChange={change('username')}
              error={errors.username && t(errors.username)}
            />
            <PasswordInput
              label={t('password')}
              autoComplete="current-password"
              required
              value={values.password}
              onChange={change('password')}
              error={errors.password && t(errors.password)}
            />
            <Button type="submit" loading={pending} fullWidth>
              {pending ? t('submitting') : t('submit')}
            </Button>
            {partlySignedIn && (
              <Button variant="default" fullWidth onClick={() => continueWith()}>
                {t('appliances.continue')}
              </Button>
            )}
            {!partlySignedIn &&
              othersSignedIn.map((appliance) => (
                <Button
                  key={appliance.id}
                  variant="default"
                  fullWidth
                  onClick={() => continueWith(appliance.id)}
                >
                  {t('appliances.continueWith', { appliance: appliance.label })}
                </Button>
              ))}
            {isSimulator && (
              <Text size="sm" c="dimmed">
                {t('simulatorCredentials', SIMULATOR_CREDENTIALS)}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {servedByServer ? t('tokenNoteServer') : t('tokenNote')}
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  )
}
