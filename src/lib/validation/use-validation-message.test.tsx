import { describe, expect, it } from 'vitest'
import { renderHook } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import type { ReactNode } from 'react'
import { i18n } from '../../app/i18n'
import { useValidationMessage } from './use-validation-message'
import { validationKeys } from './scv-rules'

function wrapper({ children }: { children: ReactNode }) {
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
}

describe('useValidationMessage', () => {
  it('translates rule keys with their limits and shows the forbidden list', async () => {
    await i18n.changeLanguage('en')
    const { result } = renderHook(() => useValidationMessage(), { wrapper })
    const message = result.current
    expect(message(validationKeys.nameForbidden)).toBe(
      'Names cannot contain spaces or any of these characters: % & * $ # @ ! \\ / : ? " < > - | ; \' ,. Underscore (_) is allowed.',
    )
    expect(message(validationKeys.retentionRange)).toBe('Keep between 1 and 1018 backups (a whole number).')
    expect(message(validationKeys.retentionSnapVault)).toBe(
      'Keep at least 2 backups when SnapVault updates are on.',
    )
    expect(message(validationKeys.snapshotLabelTooLong)).toBe(
      'The snapshot label can have at most 31 characters.',
    )
    expect(message(validationKeys.portRange)).toBe('Enter a port between 1 and 65535.')
  })

  it('passes other messages through unchanged', () => {
    const { result } = renderHook(() => useValidationMessage(), { wrapper })
    expect(result.current('The appliance said no')).toBe('The appliance said no')
    expect(result.current(undefined)).toBeUndefined()
  })
})
