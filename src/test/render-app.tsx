import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { QueryClient } from '@tanstack/react-query'
import { appRoutes } from '../app/routes'
import { Providers } from '../app/providers'
import { installSessionHandling } from '../features/auth/session-handling'
import { scvClient, startSession } from '../api'
import { SIMULATOR_CREDENTIALS } from '../lib/appliance/target'
import { shouldRetryQuery } from '../app/query-client'

/** Signs in against the simulator the way the sign-in page does, so pages start with a valid token. */
export async function signInForTest(username: string = SIMULATOR_CREDENTIALS.username): Promise<string> {
  const { data } = await scvClient.POST('/4.1/auth/login', {
    body: { username, password: SIMULATOR_CREDENTIALS.password },
  })
  const token = data?.response?.token
  if (!token) throw new Error('The simulator issued no token')
  startSession(token, { username, signedInAt: Date.now() })
  return token
}

interface RenderAppOptions {
  /** Sign in first (default true). */
  signedIn?: boolean
}

/**
 * Renders the whole console at `path` through the real routes, providers and session handling, on a fresh
 * query cache. Retries stay as in production except that they happen at once.
 */
export async function renderApp(path: string, { signedIn = true }: RenderAppOptions = {}) {
  if (signedIn) await signInForTest()
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: {
        retry: (count, error) => shouldRetryQuery(count, error) && count < 1,
        retryDelay: 0,
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  })
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] })
  const uninstall = installSessionHandling(router, queryClient)
  const user = userEvent.setup()
  const view = render(
    <Providers queryClient={queryClient} devtools={false}>
      <RouterProvider router={router} />
    </Providers>,
  )
  return { ...view, user, router, queryClient, uninstall }
}
