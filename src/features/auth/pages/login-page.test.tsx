import { describe, expect, it, vi } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import { renderApp } from '../../../test/render-app'
import { SESSION_ENDED_EVENT } from '../../../api'
import { setScenario } from '../../../mocks/scenarios'
import { clearRequestLog, getRequestLog } from '../../../mocks/request-log'

async function fillAndSubmit(
  user: Awaited<ReturnType<typeof renderApp>>['user'],
  username: string,
  password: string,
) {
  if (username) await user.type(screen.getByLabelText(/vCenter user name/), username)
  if (password) await user.type(screen.getByLabelText(/^Password/), password)
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
}

describe('sign-in page', () => {
  it('sends a signed-out visitor to sign-in', async () => {
    const { router } = await renderApp('/', { signedIn: false })
    expect(await screen.findByRole('heading', { name: 'Sign in to SCV Console' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/login')
  })

  it('asks for both fields before sending anything', async () => {
    const { user } = await renderApp('/login', { signedIn: false })
    clearRequestLog()
    await screen.findByRole('heading', { name: 'Sign in to SCV Console' })
    await fillAndSubmit(user, '', '')
    expect(await screen.findByText('Enter your vCenter user name.')).toBeInTheDocument()
    expect(screen.getByText('Enter your password.')).toBeInTheDocument()
    expect(getRequestLog()).toHaveLength(0)
    // Typing in a field takes its message away; the other stays until that field is filled in too.
    await user.type(screen.getByLabelText(/vCenter user name/), 'admin')
    expect(screen.queryByText('Enter your vCenter user name.')).not.toBeInTheDocument()
    expect(screen.getByText('Enter your password.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(screen.getByText('Enter your password.')).toBeInTheDocument()
    expect(getRequestLog()).toHaveLength(0)
  })

  it('signs in, keeps the token in this tab only, and opens the dashboard', async () => {
    const { user, router } = await renderApp('/login', { signedIn: false })
    await screen.findByRole('heading', { name: 'Sign in to SCV Console' })
    await fillAndSubmit(user, 'administrator@vsphere.local', 'simulator')
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/')
    expect(sessionStorage.getItem('scv.token')).toBeTruthy()
    expect(JSON.stringify({ ...localStorage })).not.toContain(sessionStorage.getItem('scv.token'))
    const login = getRequestLog().find((entry) => entry.path.endsWith('/auth/login'))
    expect(login?.method).toBe('POST')
  })

  it('sends one sign-in for a double click, and lets a deliberate retry through after a refusal', async () => {
    const { user } = await renderApp('/login', { signedIn: false })
    await screen.findByRole('heading', { name: 'Sign in to SCV Console' })
    await user.type(screen.getByLabelText(/vCenter user name/), 'administrator@vsphere.local')
    await user.type(screen.getByLabelText(/^Password/), 'wrong')
    clearRequestLog()
    await user.dblClick(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByText(/did not accept this user name and password/)).toBeInTheDocument()
    const logins = () => getRequestLog().filter((entry) => entry.path.endsWith('/auth/login'))
    expect(logins()).toHaveLength(1)
    await user.clear(screen.getByLabelText(/^Password/))
    await user.type(screen.getByLabelText(/^Password/), 'simulator')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument()
    expect(logins()).toHaveLength(2)
  })

  it('says the credentials are wrong, keeping the user name', async () => {
    const { user } = await renderApp('/login', { signedIn: false })
    await screen.findByRole('heading', { name: 'Sign in to SCV Console' })
    await fillAndSubmit(user, 'administrator@vsphere.local', 'wrong')
    expect(await screen.findByText(/did not accept this user name and password/)).toBeInTheDocument()
    expect(screen.getByLabelText(/vCenter user name/)).toHaveValue('administrator@vsphere.local')
  })

  it('says the appliance is unreachable on a network error', async () => {
    setScenario('networkError', { path: '/4.1/auth/login' })
    const { user } = await renderApp('/login', { signedIn: false })
    await screen.findByRole('heading', { name: 'Sign in to SCV Console' })
    await fillAndSubmit(user, 'administrator@vsphere.local', 'simulator')
    expect(await screen.findByText(/could not be reached/)).toBeInTheDocument()
  })

  it('says the appliance failed on a server error', async () => {
    setScenario('serverError', { path: '/4.1/auth/login' })
    const { user } = await renderApp('/login', { signedIn: false })
    await screen.findByRole('heading', { name: 'Sign in to SCV Console' })
    await fillAndSubmit(user, 'administrator@vsphere.local', 'simulator')
    expect(await screen.findByText(/failed while signing you in \(500\)/)).toBeInTheDocument()
  })
})

describe('session handling', () => {
  it('returns to sign-in on a 401 and, after signing in again, to the same page and query', async () => {
    const { user, router, queryClient } = await renderApp('/?view=kept')
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' })
    setScenario('expireTokens')
    // The next call the page makes (here: a refresh of its data) meets the expired token.
    void queryClient.refetchQueries()
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'))
    expect(await screen.findByText(/Your SCV session ended/)).toBeInTheDocument()
    expect(sessionStorage.getItem('scv.token')).toBeNull()
    await fillAndSubmit(user, 'administrator@vsphere.local', 'simulator')
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' })
    expect(router.state.location.search).toBe('?view=kept')
  })

  it('signs out: forgets the token and every cached answer, and says the appliance session ends by itself', async () => {
    const { user, router, queryClient } = await renderApp('/')
    const token = sessionStorage.getItem('scv.token')
    const ended = vi.fn()
    window.addEventListener(SESSION_ENDED_EVENT, ended)
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' })
    await waitFor(() => expect(queryClient.getQueryCache().getAll().length).toBeGreaterThan(0))
    // The header's controls arrive once the page is drawn.
    await user.click(await screen.findByRole('button', { name: /User menu for/ }))
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'))
    expect(sessionStorage.getItem('scv.token')).toBeNull()
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0)
    expect(await screen.findByText(/^You have signed out\./)).toHaveTextContent(
      'the appliance ends the session by itself when the token expires (at most 120 minutes',
    )
    // Whatever else in the tab kept the token (the simulator's store) is told which one to forget.
    expect(ended).toHaveBeenCalledTimes(1)
    expect((ended.mock.calls[0]?.[0] as CustomEvent<{ token: string }>).detail.token).toBe(token)
    window.removeEventListener(SESSION_ENDED_EVENT, ended)
  })
})
