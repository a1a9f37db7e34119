import type { ReactNode } from 'react'
import { Center, Loader, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ApiErrorAlert } from '../error/api-error-alert'
import { SectionErrorBoundary } from './section-error-boundary'

interface QueryStateProps<T> {
  query: { data: T | undefined; error: unknown; isPending: boolean; refetch: () => unknown }
  /** True when the loaded data has nothing to show. */
  isEmpty?: (data: T) => boolean
  empty?: ReactNode
  /** What failed, in a sentence, for the error alert. */
  errorContext?: string
  loadingLabel?: string
  children: (data: T) => ReactNode
}

/**
 * Loading, error and empty states in one place, so every section of every page has all three and an error
 * in one section never blanks the others — including an answer that lacks fields the section reads.
 */
export function QueryState<T>({
  query,
  isEmpty,
  empty,
  errorContext,
  loadingLabel,
  children,
}: QueryStateProps<T>) {
  const { t } = useTranslation()
  if (query.isPending) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Stack align="center" gap="xs">
          <Loader size="sm" aria-hidden />
          <Text size="sm" c="dimmed">
            {loadingLabel ?? t('state.loading')}
          </Text>
        </Stack>
      </Center>
    )
  }
  if (query.error || query.data === undefined) {
    return <ApiErrorAlert error={query.error} context={errorContext} onRetry={() => void query.refetch()} />
  }
  if (isEmpty?.(query.data)) {
    return (
      <Center py="xl">
        <Text c="dimmed">{empty ?? t('state.empty')}</Text>
      </Center>
    )
  }
  return (
    <SectionErrorBoundary context={errorContext} resetKey={query.data} onRetry={() => void query.refetch()}>
      <RenderData data={query.data} render={children} />
    </SectionErrorBoundary>
  )
}

/** Calls the render function inside the boundary, so errors thrown while reading the data are caught there. */
function RenderData<T>({ data, render }: { data: T; render: (data: T) => ReactNode }) {
  return <>{render(data)}</>
}
