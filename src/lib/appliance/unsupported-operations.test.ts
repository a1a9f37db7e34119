import { afterEach, describe, expect, it } from 'vitest'
import { act, renderHook } from '@testing-library/react'
import {
  isOperationUnsupported,
  markOperationUnsupported,
  useOperationUnsupported,
} from './unsupported-operations'

describe('unsupported operations', () => {
  afterEach(() => sessionStorage.clear())

  it('remembers an operation for the session and tells subscribed components', () => {
    const { result } = renderHook(() => useOperationUnsupported('deleteStorageSystem'))
    expect(result.current).toBe(false)
    act(() => markOperationUnsupported('deleteStorageSystem'))
    expect(result.current).toBe(true)
    expect(isOperationUnsupported('deleteStorageSystem')).toBe(true)
    expect(isOperationUnsupported('deletePolicy')).toBe(false)
  })

  it('ignores a corrupt stored value', () => {
    sessionStorage.setItem('scv.unsupportedOperations', '{not json')
    expect(isOperationUnsupported('deletePolicy')).toBe(false)
    markOperationUnsupported('deletePolicy')
    expect(isOperationUnsupported('deletePolicy')).toBe(true)
  })
})
