import type { ReactNode } from 'react'
import { Anchor, List, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RestCallView } from '../../api/rest-call'
import { useMessageText } from '../../lib/forms/use-message-text'
import { RestCallPreview } from './rest-call-preview'
import type { WizardForm } from './use-wizard-form'

interface ReviewFrameProps<Values extends object> {
  wizard: WizardForm<Values>
  /** What will be done, as label and value. */
  rows: ReadonlyArray<readonly [string, ReactNode]>
  /** Accessible name of the table of rows. */
  tableLabel?: string
  /** The calls the submit sends, built with `restCall` from the same template and parameters. */
  calls: RestCallView[]
  /** Step label by id, for the "change" links of the defaults taken. */
  label: (stepId: string) => string
  /** Warnings and notes between the rows and the calls (what will happen, what is lost). */
  children?: ReactNode
}

/**
 * The last step of every wizard: what will be done, every default that was taken for the user with its reason
 * and a way back to change it, and the exact REST calls (with "Copy as curl").
 */
export function ReviewFrame<Values extends object>({
  wizard,
  rows,
  tableLabel,
  calls,
  label,
  children,
}: ReviewFrameProps<Values>) {
  const { t } = useTranslation('wizard')
  const text = useMessageText()
  const defaults = wizard.defaultsTaken
  // One entry per step: its reasons, and one way back to change them.
  const stepsWithDefaults = wizard.steps
    .map((step, index) => ({
      stepId: step.id,
      index,
      messages: defaults.filter((reason) => reason.stepId === step.id).map((reason) => reason.message),
    }))
    .filter((step) => step.messages.length > 0)
  return (
    <Stack>
      <Table variant="vertical" withTableBorder layout="fixed" aria-label={tableLabel}>
        <Table.Tbody>
          {rows.map(([name, value]) => (
            <Table.Tr key={name}>
              <Table.Th w={220} scope="row">
                {name}
              </Table.Th>
              <Table.Td style={{ wordBreak: 'break-word' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {defaults.length > 0 && (
        <Stack gap={4} role="group" aria-labelledby="wizard-defaults-taken">
          <Title order={3} size="h5" id="wizard-defaults-taken">
            {t('defaults.taken')}
          </Title>
          <List size="sm" spacing={4}>
            {stepsWithDefaults.map(({ stepId, index, messages }) => (
              <List.Item key={stepId}>
                <Stack gap={0} align="flex-start">
                  {messages.map((message) => (
                    <Text key={message} size="sm">
                      {text(message)}
                    </Text>
                  ))}
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() => wizard.goTo(index)}
                    aria-label={t('defaults.changeStep', { step: label(stepId) })}
                  >
                    {t('defaults.change')}
                  </Anchor>
                </Stack>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      {children}
      {calls.length > 0 && <RestCallPreview calls={calls} />}
    </Stack>
  )
}
