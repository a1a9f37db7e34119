import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderHook } from '@testing-library/react'
import { useSendGuard } from './use-send-guard'

describe('useSendGuard', () => {
  afterEach(() => vi.useRealTimers())

  it('lets one send through, stays up after success and comes down after a failure once a double click is over', () => {
    vi.useFakeTimers()
    const { result } = renderHook(() => useSendGuard())
    expect(result.current.start()).toBe(true)
    expect(result.current.start()).toBe(false)
    result.current.failed()
    expect(result.current.start()).toBe(false)
    vi.advanceTimersByTime(500)
    expect(result.current.start()).toBe(true)
    result.current.release()
    expect(result.current.start()).toBe(true)
  })

  it('never lowers the guard of a newer send when an older failure times out', () => {
    vi.useFakeTimers()
    const { result } = renderHook(() => useSendGuard())
    result.current.start()
    result.current.failed()
    result.current.release()
    expect(result.current.start()).toBe(true)
    vi.advanceTimersByTime(500)
    expect(result.current.start()).toBe(false)
  })

  it('comes down at once when the user edits after an answer, but never while a send is on its way', () => {
    vi.useFakeTimers()
    const { result } = renderHook(() => useSendGuard())
    expect(result.current.start()).toBe(true)
    result.current.rearm()
    expect(result.current.start()).toBe(false)
    result.current.failed()
    result.current.rearm()
    expect(result.current.start()).toBe(true)
    result.current.settled()
    result.current.rearm()
    expect(result.current.start()).toBe(true)
    // The late "come down" of the failure before must not lower the guard of this send.
    vi.advanceTimersByTime(500)
    expect(result.current.start()).toBe(false)
  })
})
