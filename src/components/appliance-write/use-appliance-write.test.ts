import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, renderHook } from '@testing-library/react'
import { notifications } from '@mantine/notifications'
import { ApiError } from '../../api'
import { i18n } from '../../app/i18n'
import { isOperationUnsupported } from '../../lib/appliance/unsupported-operations'
import { useApplianceWrite } from './use-appliance-write'

vi.mock('@mantine/notifications', () => ({ notifications: { show: vi.fn() } }))
const show = vi.mocked(notifications.show)

function notSupported() {
  return new ApiError({ kind: 'not-supported', status: 404, method: 'DELETE', path: '/thing' })
}

describe('useApplianceWrite', () => {
  beforeEach(() => {
    show.mockClear()
    sessionStorage.clear()
  })
  afterEach(() => vi.useRealTimers())

  it('shows the success message with a labelled close button and resolves true', async () => {
    const { result } = renderHook(() => useApplianceWrite())
    let done = false
    await act(async () => {
      done = await result.current.run({ operation: 'op', send: () => Promise.resolve('Saved') })
    })
    expect(done).toBe(true)
    expect(show).toHaveBeenCalledWith(
      expect.objectContaining({
        color: 'green',
        message: 'Saved',
        closeButtonProps: { 'aria-label': i18n.t('common:actions.close') },
      }),
    )
    expect(result.current.error).toBeNull()
  })

  it('sends once on a double click and stays guarded after a success', async () => {
    const { result } = renderHook(() => useApplianceWrite())
    const send = vi.fn(() => Promise.resolve('Saved'))
    await act(async () => {
      await Promise.all([
        result.current.run({ operation: 'op', send }),
        result.current.run({ operation: 'op', send }),
      ])
    })
    await act(async () => {
      await result.current.run({ operation: 'op', send })
    })
    expect(send).toHaveBeenCalledTimes(1)
  })

  it('keeps any other error for display and lets the user try again once a double click is over', async () => {
    vi.useFakeTimers()
    const { result } = renderHook(() => useApplianceWrite())
    const onError = vi.fn()
    const send = vi.fn(() => Promise.reject(new Error('boom')))
    let done = true
    await act(async () => {
      done = await result.current.run({ operation: 'op', send, onError })
    })
    expect(done).toBe(false)
    expect(result.current.error).not.toBeNull()
    expect(onError).toHaveBeenCalledWith(result.current.error)
    expect(show).not.toHaveBeenCalled()
    expect(isOperationUnsupported('op')).toBe(false)
    act(() => vi.advanceTimersByTime(500))
    await act(async () => {
      await result.current.run({ operation: 'op', send })
    })
    expect(send).toHaveBeenCalledTimes(2)
  })

  it('marks the operation unsupported and keeps the error when there is no not-supported handler', async () => {
    const { result } = renderHook(() => useApplianceWrite())
    await act(async () => {
      await result.current.run({ operation: 'renameThing', send: () => Promise.reject(notSupported()) })
    })
    expect(isOperationUnsupported('renameThing')).toBe(true)
    expect(result.current.error?.kind).toBe('not-supported')
    expect(show).not.toHaveBeenCalled()
  })

  it('marks the operation unsupported, notifies and hands over instead of keeping the error', async () => {
    const { result } = renderHook(() => useApplianceWrite())
    const onNotSupported = vi.fn()
    await act(async () => {
      await result.current.run({
        operation: 'deleteThing',
        send: () => Promise.reject(notSupported()),
        onNotSupported,
      })
    })
    expect(isOperationUnsupported('deleteThing')).toBe(true)
    expect(onNotSupported).toHaveBeenCalledTimes(1)
    expect(result.current.error).toBeNull()
    expect(show).toHaveBeenCalledWith(
      expect.objectContaining({ color: 'orange', title: i18n.t('notify:notSupported.title') }),
    )
  })

  it('does not notify when the write stopped on its own', async () => {
    const { result } = renderHook(() => useApplianceWrite())
    let done = true
    await act(async () => {
      done = await result.current.run({ operation: 'op', send: () => Promise.resolve(null) })
    })
    expect(done).toBe(false)
    expect(show).not.toHaveBeenCalled()
  })

  it('for a button that stays on screen, sends again only after the double click is over', async () => {
    vi.useFakeTimers()
    const { result } = renderHook(() => useApplianceWrite({ rearmAfterSuccessMs: 2_000 }))
    const send = vi.fn(() => Promise.resolve(true as const))
    await act(async () => {
      await Promise.all([
        result.current.run({ operation: 'op', send }),
        result.current.run({ operation: 'op', send }),
      ])
    })
    await act(async () => {
      await result.current.run({ operation: 'op', send })
    })
    expect(send).toHaveBeenCalledTimes(1)
    // `true`: a success that needs no notification.
    expect(show).not.toHaveBeenCalled()
    act(() => vi.advanceTimersByTime(2_000))
    await act(async () => {
      await result.current.run({ operation: 'op', send })
    })
    expect(send).toHaveBeenCalledTimes(2)
  })

  it('says pending while the write is on its way, and shows a notice with a title or a specific not-offered notice', async () => {
    const { result } = renderHook(() => useApplianceWrite())
    let finish: (value: { title: string; color: string }) => void = () => {}
    let running: Promise<boolean> = Promise.resolve(false)
    act(() => {
      running = result.current.run({
        operation: 'op',
        send: () => new Promise((resolve) => (finish = resolve)),
      })
    })
    expect(result.current.pending).toBe(true)
    await act(async () => {
      finish({ title: 'Backup started', color: 'blue' })
      await running
    })
    expect(result.current.pending).toBe(false)
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ title: 'Backup started', color: 'blue' }))

    const other = renderHook(() => useApplianceWrite())
    await act(async () => {
      await other.result.current.run({
        operation: 'suspendThing',
        send: () => Promise.reject(notSupported()),
        onNotSupported: () => {},
        notSupportedNotice: { color: 'yellow', title: 'Suspend is not offered' },
      })
    })
    expect(show).toHaveBeenLastCalledWith(
      expect.objectContaining({ color: 'yellow', title: 'Suspend is not offered' }),
    )
  })
})
