import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import '@mantine/dates/styles.css'
import 'mantine-datatable/styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router'
import { isSimulator } from '../lib/appliance/target'
import { Providers } from './providers'
import { createQueryClient } from './query-client'
import { installSessionHandling } from '../features/auth/session-handling'

async function start(): Promise<void> {
  // The simulator's service worker must be answering before the first request leaves the page.
  if (isSimulator) {
    const { startSimulator } = await import('../mocks/browser')
    await startSimulator()
  }
  const { router } = await import('./router')
  const queryClient = createQueryClient()
  installSessionHandling(router, queryClient)

  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')
  createRoot(container).render(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  )
}

void start()
