import { describe, expect, it } from 'vitest'
import { renderHook } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import type { ReactNode } from 'react'
import { i18n } from '../../app/i18n'
import { validationKeys } from '../validation'
import { formMessage, parseFormMessage } from './form-message'
import { useMessageText } from './use-message-text'

function wrapper({ children }: { children: ReactNode }) {
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
}

describe('useMessageText', () => {
  it('translates rule keys with their limits and shows the forbidden list', async () => {
    await i18n.changeLanguage('en')
    const { result } = renderHook(() => useMessageText(), { wrapper })
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

  it("translates any namespace's message with its parameters", async () => {
    await i18n.changeLanguage('en')
    const { result } = renderHook(() => useMessageText(), { wrapper })
    expect(
      result.current(formMessage('wizard', 'stepHeading', { number: 2, total: 5, label: 'Backup' })),
    ).toBe('Step 2 of 5: Backup')
  })

  it('passes other messages through unchanged', () => {
    const { result } = renderHook(() => useMessageText(), { wrapper })
    expect(result.current('The appliance said no')).toBe('The appliance said no')
    expect(result.current('Error: storage:unreachable')).toBe('Error: storage:unreachable')
    expect(result.current('restore:no.such.key')).toBe('restore:no.such.key')
    expect(result.current(undefined)).toBeUndefined()
  })
})

describe('formMessage', () => {
  it('round-trips namespace, key and parameters', () => {
    expect(formMessage('restore', 'rules.template')).toBe('restore:rules.template')
    expect(parseFormMessage(formMessage('resource-groups', 'validation.everyRange', { max: 24 }))).toEqual({
      ns: 'resource-groups',
      key: 'validation.everyRange',
      params: { max: 24 },
    })
    expect(parseFormMessage('Resource group name is taken')).toBeNull()
  })
})
