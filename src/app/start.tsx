import './strict-csp'
// Mantine's reset and global rules; each component's styles come with the component (scripts/mantine-component-styles.ts).
import 'virtual:mantine-styles'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router'
import { isServedByConsoleServer, loadConsoleServer } from '../api'
import { isSimulator } from '../lib/appliance/target'
import { Providers } from './providers'
import { initI18n } from './i18n'
import { createQueryClient } from './query-client'
import { exposeConsoleControl } from './console-control'
import { installSessionHandling } from '../features/auth/session-handling'
import { sendToSignInFirst } from '../features/auth/sign-in-first'
import { showStartFailure, StartError } from './start-failure/start-failure'
import { startEarlyReads } from './early-reads'

/** Starts the simulator when bundled, then renders the console. Errors are shown by `main.tsx`. */
export async function start(): Promise<void> {
  // The current language's common strings download while the simulator starts; the first render waits for them.
  const stringsReady = initI18n()
  // The simulator's service worker must be answering before the first request leaves the page.
  if (isSimulator) {
    const { startSimulator } = await import('../mocks/browser')
    try {
      await startSimulator()
    } catch (error) {
      throw new StartError('simulator', error)
    }
  }
  if (isSimulator) startEarlyReads()
  // Under the console server: its appliances and this browser's sign-ins, before the first page decides.
  if (isServedByConsoleServer()) await loadConsoleServer()
  sendToSignInFirst(window.history, window.location)
  const { router } = await import('./router')
  const queryClient = createQueryClient()
  installSessionHandling(router, queryClient)
  if (isSimulator) exposeConsoleControl(router, queryClient)

  await stringsReady
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')
  createRoot(container, {
    // Errors a boundary caught are already shown to the user in their section; keep them out of console.error.
    onCaughtError: (error, info) => console.warn('Handled by an error boundary:', error, info.componentStack),
    // An error no boundary caught unmounts everything: say so instead of leaving a white page.
    onUncaughtError: (error, info) => {
      console.error('The console stopped:', error, info.componentStack)
      showStartFailure(error)
    },
  }).render(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  )
}
