import { describe, expect, it } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import { renderApp } from '../../../test/render-app'
import { getSessionInfo, getToken, startSession } from '../../../api'
import { SESSION_LIMIT_MINUTES } from '../session-limits'

const MINUTE = 60_000

/** Pretends the token was issued `minutesAgo` minutes ago, keeping the real (valid) simulator token. */
function ageSession(minutesAgo: number) {
  const token = getToken()
  const info = getSessionInfo()
  if (!token || !info) throw new Error('not signed in')
  startSession(token, { ...info, signedInAt: Date.now() - minutesAgo * MINUTE })
}

describe('session expiry warning', () => {
  it('stays quiet early in the session', async () => {
    await renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' })
    expect(screen.queryByText('Your SCV session is about to end')).not.toBeInTheDocument()
  })

  it('warns a few minutes before the 120-minute limit and offers to sign in again, keeping the place', async () => {
    const { user, router } = await renderApp('/?view=kept')
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' })
    ageSession(SESSION_LIMIT_MINUTES - 3)
    expect(await screen.findByText('Your SCV session is about to end')).toBeInTheDocument()
    expect(await screen.findByText(/About 3 minutes are left/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Sign in again' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'))
    expect(sessionStorage.getItem('scv.returnTo')).toBe('/?view=kept')
  })

  it('can be dismissed for this session', async () => {
    const { user } = await renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' })
    ageSession(SESSION_LIMIT_MINUTES - 2)
    await user.click(await screen.findByRole('button', { name: 'Remind me later' }))
    expect(screen.queryByText('Your SCV session is about to end')).not.toBeInTheDocument()
  })
})
