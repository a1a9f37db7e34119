import { afterEach, describe, expect, it, vi } from 'vitest'
import { startSession } from '../../api'
import { sendToSignInFirst } from './sign-in-first'
import { setSignOutReason, takeReturnTo } from './session-limits'

function at(path: string): Location {
  const url = new URL(path, 'http://console.test')
  return { pathname: url.pathname, search: url.search, hash: url.hash } as Location
}

describe('sendToSignInFirst', () => {
  afterEach(() => sessionStorage.clear())

  it('sends a visitor without a session to sign-in before any page loads, and back afterwards', () => {
    const history = { replaceState: vi.fn() }
    sendToSignInFirst(history, at('/jobs?status=FAILED'))
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/login')
    expect(takeReturnTo()).toBe('/jobs?status=FAILED')
  })

  it('says why when the session expired', () => {
    setSignOutReason('expired')
    const history = { replaceState: vi.fn() }
    sendToSignInFirst(history, at('/'))
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/login?reason=expired')
  })

  it('leaves a signed-in visitor, and the sign-in page itself, where they are', () => {
    const history = { replaceState: vi.fn() }
    sendToSignInFirst(history, at('/login'))
    startSession('token-1', { username: 'administrator@vsphere.local', signedInAt: Date.now() })
    sendToSignInFirst(history, at('/jobs'))
    expect(history.replaceState).not.toHaveBeenCalled()
  })
})
