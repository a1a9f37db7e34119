import type { ReactNode } from 'react'
import { notifications } from '@mantine/notifications'
import type { TFunction } from 'i18next'

/** A notification's content beyond a plain message. */
export interface Notice {
  title?: string
  message?: ReactNode
  color?: string
  /** ms, or false to stay until closed. */
  autoClose?: number | false
}

const asNotice = (content: string | Notice): Notice =>
  typeof content === 'string' ? { message: content } : content

/** Green notification after a write went through; its close button is labelled for screen readers. */
export function notifySuccess(t: TFunction, content: string | Notice): void {
  const { title, message = '', color = 'green', autoClose } = asNotice(content)
  notifications.show({
    closeButtonProps: { 'aria-label': t('common:actions.close') },
    color,
    title,
    message,
    ...(autoClose === undefined ? {} : { autoClose }),
  })
}

/** Orange notification telling why an action vanished: the appliance said it does not offer it. */
export function notifyNotSupported(t: TFunction, notice?: Notice): void {
  notifications.show({
    closeButtonProps: { 'aria-label': t('common:actions.close') },
    color: notice?.color ?? 'orange',
    title: notice?.title ?? t('notify:notSupported.title'),
    message: notice?.message ?? t('notify:notSupported.body'),
  })
}

/** Red notification for a write that failed where no dialog can show the error (a toolbar button). */
export function notifyFailure(t: TFunction, title: string, message: string): void {
  notifications.show({
    closeButtonProps: { 'aria-label': t('common:actions.close') },
    color: 'red',
    title,
    message,
  })
}
