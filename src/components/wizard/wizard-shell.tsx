import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { Button, Group, Paper, Stack, Stepper, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export interface WizardShellStep {
  id: string
  label: string
  /** Shown under the label, e.g. the value a passed-through step holds. */
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
  /** The submit waits (a rule the values cannot express holds, e.g. a backup running on the group); the step says why. */
  submitDisabled?: boolean
  /** Next is looking up what comes after (defaults of the steps ahead). */
  nextLoading?: boolean
  children: ReactNode
}

/** Elements where Enter already means something of their own. */
const OWN_ENTER = 'button, a, textarea, [role="button"], [role="option"], [role="tab"]'

/**
 * The frame of every wizard: the stepper, the active step under an h2, and Back / Next / Submit. Keyboard first:
 * Enter on a step is Next (unless the focused control uses Enter itself, e.g. an open list picking an option);
 * on a step change focus goes to the step's heading, and on the last step to the submit button.
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
  submitDisabled,
  nextLoading,
  children,
}: WizardShellProps) {
  const { t } = useTranslation('wizard')
  const isLast = active === steps.length - 1
  const current = steps[active]
  const headingRef = useRef<HTMLHeadingElement>(null)
  const submitRef = useRef<HTMLButtonElement>(null)
  const previous = useRef<number | null>(null)

  useEffect(() => {
    if (previous.current !== null && previous.current !== active) {
      if (isLast) submitRef.current?.focus()
      else headingRef.current?.focus()
    }
    previous.current = active
  }, [active, isLast])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || event.defaultPrevented || isLast || nextDisabled || nextLoading) return
    if (event.shiftKey || event.ctrlKey || event.altKey || event.metaKey || event.nativeEvent.isComposing)
      return
    if (event.target instanceof Element && event.target.closest(OWN_ENTER)) return
    event.preventDefault()
    onNext()
  }

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
      <Paper withBorder p="md" onKeyDown={onKeyDown}>
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
          <Button
            ref={submitRef}
            onClick={onSubmit}
            loading={submitting}
            disabled={submitting || submitDisabled}
          >
            {submitLabel}
          </Button>
        ) : (
          <Button onClick={onNext} disabled={nextDisabled} loading={nextLoading}>
            {t('next')}
          </Button>
        )}
      </Group>
    </Stack>
  )
}
