import { Group, Text } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

interface InferredOperationNoteProps {
  /** The call, e.g. `DELETE /4.1/policies/{id}`, shown so an administrator can check it against the appliance. */
  call: string
}

/**
 * A quiet line under a form or confirmation whose REST call is not in NetApp's documentation: the console
 * offers it, but only the simulator has confirmed it, so a real appliance may refuse it.
 */
export function InferredOperationNote({ call }: InferredOperationNoteProps) {
  const { t } = useTranslation('inferred-operation')
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <IconInfoCircle size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <Text size="xs" c="dimmed">
        {t('note', { call })}
      </Text>
    </Group>
  )
}
