import type { ReactNode, RefObject } from 'react'
import { Button, Group, Paper, Stack, Stepper, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export interface WizardShellStep {
  id: string
  label: string
  description?: string
}

interface WizardShellProps {
  steps: ReadonlyArray<WizardShellStep>
  active: number
  onSelect: (index: number) => void
  onBack: () => void
  onNext: () => void
  /** Shown instead of Next on the last step. */
  submitLabel: string
  onSubmit: () => void
  submitting?: boolean
  /** Disables Next while the step still loads what it needs. */
  nextDisabled?: boolean
  headingRef: RefObject<HTMLHeadingElement | null>
  children: ReactNode
}

/**
 * The frame of every wizard: the stepper, the active step under an h2 that receives focus on each step
 * change, and Back / Next / Submit. Steps are dumb: the wizard's form owns all values.
 */
export function WizardShell({
  steps,
  active,
  onSelect,
  onBack,
  onNext,
  submitLabel,
  onSubmit,
  submitting,
  nextDisabled,
  headingRef,
  children,
}: WizardShellProps) {
  const { t } = useTranslation('wizard')
  const isLast = active === steps.length - 1
  const current = steps[active]
  return (
    <Stack>
      <Stepper
        active={active}
        onStepClick={onSelect}
        size="sm"
        allowNextStepsSelect={false}
        aria-label={t('progress')}
      >
        {steps.map((step) => (
          <Stepper.Step key={step.id} label={step.label} description={step.description} />
        ))}
      </Stepper>
      <Paper withBorder p="md">
        <Stack>
          <Title order={2} size="h3" ref={headingRef} tabIndex={-1} data-wizard-step={current?.id}>
            {t('stepHeading', { number: active + 1, total: steps.length, label: current?.label ?? '' })}
          </Title>
          {children}
        </Stack>
      </Paper>
      <Group justify="space-between">
        <Button variant="default" onClick={onBack} disabled={active === 0 || submitting}>
          {t('back')}
        </Button>
        {isLast ? (
          <Button onClick={onSubmit} loading={submitting} disabled={submitting}>
            {submitLabel}
          </Button>
        ) : (
          <Button onClick={onNext} disabled={nextDisabled}>
            {t('next')}
          </Button>
        )}
      </Group>
    </Stack>
  )
}
