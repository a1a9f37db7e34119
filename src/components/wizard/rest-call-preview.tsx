import { Badge, Button, CopyButton, Group, Paper, Stack, Text, Code } from '@mantine/core'
import { IconCheck, IconCopy } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { currentApplianceHost } from '../../lib/appliance/target'
import type { RestCallView } from '../../api/rest-call'
import { toCurl } from './curl'

/**
 * The exact REST calls a wizard is about to make, so an administrator can check them, and repeat them in a
 * script with "Copy as curl".
 */
export function RestCallPreview({ calls }: { calls: RestCallView[] }) {
  const { t } = useTranslation('wizard')
  return (
    <Stack gap="sm" aria-label={t('restCalls')} role="group">
      <Text fw={600}>{t('restCalls')}</Text>
      {calls.map((call, index) => (
        <Paper key={`${call.method} ${call.path} ${index}`} withBorder p="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Group gap="xs" wrap="nowrap">
              <Badge variant="filled" color={call.method === 'GET' ? 'gray' : 'blue'}>
                {call.method}
              </Badge>
              <Code>{`/api${call.path}`}</Code>
            </Group>
            <CopyButton value={toCurl(call, currentApplianceHost() || undefined)}>
              {({ copied, copy }) => (
                <Button
                  size="xs"
                  variant="default"
                  leftSection={
                    copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />
                  }
                  onClick={copy}
                  aria-label={t('copyCurlFor', { method: call.method, path: call.path })}
                >
                  {copied ? t('copied') : t('copyCurl')}
                </Button>
              )}
            </CopyButton>
          </Group>
          {call.body !== undefined && (
            <Code block mt="xs" data-testid="rest-call-body">
              {JSON.stringify(call.body, null, 2)}
            </Code>
          )}
        </Paper>
      ))}
      <Text size="xs" c="dimmed">
        {t('curlNote')}
      </Text>
    </Stack>
  )
}
