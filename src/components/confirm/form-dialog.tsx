import { Modal, type ModalProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/**
 * A dialog over the page (a form, a confirmation). Mantine's close button is an icon only; this names it, so
 * screen readers announce "Close" and axe finds no unnamed button — one place instead of every Modal.
 */
export function FormDialog(props: ModalProps) {
  const { t } = useTranslation()
  return <Modal closeButtonProps={{ 'aria-label': t('actions.close') }} {...props} />
}
