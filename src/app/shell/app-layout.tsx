import { lazy, Suspense, useCallback, useEffect, useState } from 'react'
import { AppShell } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { Outlet } from 'react-router'
import { useTranslation } from 'react-i18next'
import { AppHeader } from './app-header'
import { AppNavbar } from './app-navbar'
import { PageLoader } from './page-loader'
import { FRAME_CONTROLS_DEADLINE_MS, OnPageDrawn } from './on-page-drawn'
import { RetryFailedReads } from '../../components/query-state/retry-failed-reads'
import { SessionExpiryWarning } from '../../features/auth/components/session-expiry-warning'
import { useAppliances } from '../../features/auth/use-appliances'

const NotificationsHost = lazy(() => import('./notifications-host'))

/**
 * The frame around every signed-in page: header, navbar and the `<main>` landmark. The header's controls and
 * the notifications wait until the first page is drawn: the page is what the user came for, and they bring
 * Mantine's floating layer and transitions (about a third of what the dashboard's first paint downloaded).
 */
export function AppLayout() {
  const { t } = useTranslation()
  const [opened, { toggle, close }] = useDisclosure(false)
  // Another appliance is another console: its pages start afresh and read that appliance's data. (The header
  // re-renders with this component and reads the new appliance too.)
  const { current } = useAppliances()
  const [pageDrawn, setPageDrawn] = useState(false)
  const markPageDrawn = useCallback(() => setPageDrawn(true), [])
  useEffect(() => {
    const deadline = setTimeout(markPageDrawn, FRAME_CONTROLS_DEADLINE_MS)
    return () => clearTimeout(deadline)
  }, [markPageDrawn])
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <AppHeader navbarOpened={opened} onToggleNavbar={toggle} withControls={pageDrawn} />
      </AppShell.Header>
      {/* Scrolls on its own: 17 entries outgrow a 720 px high window, and the last ones must stay reachable. */}
      <AppShell.Navbar p="xs" aria-label={t('nav.label')} style={{ overflowY: 'auto' }}>
        <AppNavbar onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <SessionExpiryWarning />
        <RetryFailedReads />
        <Suspense fallback={<PageLoader />}>
          <Outlet key={current?.id} />
          <OnPageDrawn onDrawn={markPageDrawn} />
        </Suspense>
      </AppShell.Main>
      {pageDrawn && (
        <Suspense fallback={null}>
          <NotificationsHost />
        </Suspense>
      )}
    </AppShell>
  )
}
