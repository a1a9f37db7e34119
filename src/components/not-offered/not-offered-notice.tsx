import { Alert, Text } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

interface NotOfferedNoticeProps {
  /** The call the appliance answered "not found" to, e.g. `GET /4.1/configurations`. */
  call: string
  /** Why the call may be missing on this appliance, in a sentence. */
  reason?: string
}

/**
 * Says, in place of a control the console has hidden, that this appliance does not offer its call and why
 * that can be: the operation is hidden for the rest of the session.
 */
export function NotOfferedNotice({ call, reason }: NotOfferedNoticeProps) {
  const { t } = useTranslation('not-offered')
  return (
    <Alert color="gray" variant="default" icon={<IconInfoCircle aria-hidden />} title={t('title')}>
      <Text size="sm">{t('body', { call })}</Text>
      {reason && (
        <Text size="sm" mt={4}>
          {reason}
        </Text>
      )}
    </Alert>
  )
}
