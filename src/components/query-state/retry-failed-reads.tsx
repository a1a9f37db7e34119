import { useCallback, useSyncExternalStore } from 'react'
import { Button, Group, Paper, Text } from '@mantine/core'
import { useQueryClient, type Query, type QueryCache } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'

const isFailedRead = (query: Query) => query.state.status === 'error' && query.state.fetchStatus === 'idle'

function countFailedReads(cache: QueryCache): number {
  return cache.findAll({ type: 'active', predicate: isFailedRead }).length
}

/**
 * After an appliance restart every section of a page fails at once, each with its own Retry; one button here
 * retries every read of the page that failed. Shown only when two or more did: one failure has its Retry beside it.
 */
export function RetryFailedReads() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const cache = queryClient.getQueryCache()
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache])
  const failed = useSyncExternalStore(subscribe, () => countFailedReads(cache))
  if (failed < 2) return null
  return (
    <Paper withBorder p="xs" mb="md">
      <Group justify="space-between" gap="xs">
        <Text size="sm">{t('state.failedReads', { count: failed })}</Text>
        <Button
          size="xs"
          variant="outline"
          color="red"
          onClick={() => void queryClient.refetchQueries({ type: 'active', predicate: isFailedRead })}
        >
          {t('state.retryAll')}
        </Button>
      </Group>
    </Paper>
  )
}
