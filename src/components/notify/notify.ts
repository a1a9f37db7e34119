import { notifications } from '@mantine/notifications'
import type { TFunction } from 'i18next'

/** Green notification after a write went through; its close button is labelled for screen readers. */
export function notifySuccess(t: TFunction, message: string): void {
  notifications.show({
    closeButtonProps: { 'aria-label': t('common:actions.close') },
    color: 'green',
    message,
  })
}

/** Orange notification telling why an action vanished: the appliance said it does not offer it. */
export function notifyNotSupported(t: TFunction): void {
  notifications.show({
    closeButtonProps: { 'aria-label': t('common:actions.close') },
    color: 'orange',
    title: t('notify:notSupported.title'),
    message: t('notify:notSupported.body'),
  })
}
