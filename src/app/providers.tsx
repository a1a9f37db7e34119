import type { ReactNode } from 'react'
import { lazy, Suspense, useEffect } from 'react'
import { MantineProvider } from '@mantine/core'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { I18nextProvider } from 'react-i18next'
import { i18n } from './i18n'
import { styleNonce } from './strict-csp'
import { cssVariablesResolver, theme } from './theme'

/** Devtools only in development: a lazy import keeps them out of the production bundle. */
const ReactQueryDevtools = import.meta.env.DEV
  ? lazy(async () => ({ default: (await import('@tanstack/react-query-devtools')).ReactQueryDevtools }))
  : null

interface ProvidersProps {
  queryClient: QueryClient
  children: ReactNode
  /** Tests turn the devtools off. */
  devtools?: boolean
}

const nonce = styleNonce
const getStyleNonce = nonce ? () => nonce : undefined

/**
 * Everything every page needs around it: theme, i18n and the query cache. Modals and notifications belong to
 * the signed-in frame (`shell/signed-in-layout.tsx`), so the sign-in page does not download them.
 */
export function Providers({ queryClient, children, devtools = true }: ProvidersProps) {
  useEffect(() => {
    document.documentElement.lang = i18n.language
  }, [])
  return (
    <I18nextProvider i18n={i18n}>
      {/* env "test" (Vitest) turns off transitions, portals and floating-ui's "reference hidden" check, which jsdom's
          zero-size layout would otherwise use to hide every Select and Combobox dropdown. */}
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        defaultColorScheme="auto"
        getStyleNonce={getStyleNonce}
        env={import.meta.env.MODE === 'test' ? 'test' : 'default'}
      >
        <QueryClientProvider client={queryClient}>
          {children}
          {devtools && ReactQueryDevtools && (
            <Suspense fallback={null}>
              <ReactQueryDevtools buttonPosition="bottom-left" />
            </Suspense>
          )}
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  )
}
