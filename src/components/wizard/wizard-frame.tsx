import type { ReactNode } from 'react'
import { Alert, Button, Group, List, Loader, Stack, Text } from '@mantine/core'
import { IconSparkles } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useMessageText } from '../../lib/forms/use-message-text'
import { ApiErrorAlert } from '../error/api-error-alert'
import { WizardShell } from './wizard-shell'
import type { WizardForm } from './use-wizard-form'

interface WizardFrameProps<Values extends object> {
  wizard: WizardForm<Values>
  /** The label of a step, by id. */
  label: (stepId: string) => string
  submitLabel: string
  onSubmit: () => void
  /** Says what did not happen when the submit is refused, e.g. "The restore did not start…". */
  submitFailed: string
  /** Next waits (e.g. while the step's list loads). */
  nextDisabled?: boolean
  /** The submit waits; the review says why (a backup or restore running on the group). */
  submitDisabled?: boolean
  /** The active step's content. */
  children: ReactNode
}

/**
 * A wizard on the frame: the shell (stepper with passed-through steps and their values), the reasons of the
 * defaults the active step holds, the refusal of the last submit, and the way back when the URL names a step the
 * values do not reach. The wizard itself only renders its active step.
 */
export function WizardFrame<Values extends object>({
  wizard,
  label,
  submitLabel,
  onSubmit,
  submitFailed,
  nextDisabled,
  submitDisabled,
  children,
}: WizardFrameProps<Values>) {
  const { t } = useTranslation('wizard')
  const text = useMessageText()
  const reasons = wizard.defaultsTaken.filter((reason) => reason.stepId === wizard.stepId)
  const incomplete = wizard.firstIncomplete
  const waiting = wizard.resolution === 'arrival' || (!wizard.ready && wizard.active > 0)
  return (
    <WizardShell
      steps={wizard.steps.map((step) => {
        const summary = wizard.summaryOf(step.id)
        return {
          id: step.id,
          label: label(step.id),
          description: summary ? String(text(summary)) : undefined,
        }
      })}
      active={wizard.active}
      onSelect={wizard.select}
      onBack={wizard.back}
      onNext={() => void wizard.next()}
      submitLabel={submitLabel}
      onSubmit={onSubmit}
      submitting={wizard.submitting}
      nextDisabled={nextDisabled || waiting || incomplete !== -1}
      submitDisabled={submitDisabled}
      nextLoading={wizard.resolution === 'next'}
    >
      {waiting ? (
        <Group gap="xs">
          <Loader size="sm" aria-hidden />
          <Text size="sm" role="status">
            {t('preparing')}
          </Text>
        </Group>
      ) : (
        <Stack>
          {wizard.submitError !== null && <ApiErrorAlert error={wizard.submitError} context={submitFailed} />}
          {incomplete !== -1 ? (
            <Alert color="yellow" variant="light" role="status">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{t('incomplete')}</Text>
                <Button size="xs" variant="default" onClick={() => wizard.goTo(incomplete)}>
                  {t('goToStep', { step: label(wizard.steps[incomplete]?.id ?? '') })}
                </Button>
              </Stack>
            </Alert>
          ) : (
            <>
              {reasons.length > 0 && !wizard.isLast && (
                <Group
                  gap="xs"
                  wrap="nowrap"
                  align="flex-start"
                  role="note"
                  aria-label={t('defaults.noteLabel')}
                >
                  <IconSparkles size={18} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
                  <List size="sm" spacing={2} listStyleType="none">
                    {reasons.map((reason) => (
                      <List.Item key={`${reason.field}:${reason.message}`}>{text(reason.message)}</List.Item>
                    ))}
                  </List>
                </Group>
              )}
              {children}
            </>
          )}
        </Stack>
      )}
    </WizardShell>
  )
}
