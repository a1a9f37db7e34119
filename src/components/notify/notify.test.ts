import { beforeEach, describe, expect, it, vi } from 'vitest'
import { notifications } from '@mantine/notifications'
import type { TFunction } from 'i18next'
import { notifyNotSupported, notifySuccess } from './notify'

vi.mock('@mantine/notifications', () => ({ notifications: { show: vi.fn() } }))
const show = vi.mocked(notifications.show)
const t = ((key: string) => `[${key}]`) as unknown as TFunction

describe('notify', () => {
  beforeEach(() => show.mockClear())

  it('shows a green success message with a labelled close button', () => {
    notifySuccess(t, 'Saved')
    expect(show).toHaveBeenCalledWith({
      closeButtonProps: { 'aria-label': '[common:actions.close]' },
      color: 'green',
      message: 'Saved',
    })
  })

  it('says the appliance does not offer the action, from the shared catalogue', () => {
    notifyNotSupported(t)
    expect(show).toHaveBeenCalledWith({
      closeButtonProps: { 'aria-label': '[common:actions.close]' },
      color: 'orange',
      title: '[notify:notSupported.title]',
      message: '[notify:notSupported.body]',
    })
  })
})
