import type { ReactNode } from 'react'
import { Button, Group, Stack, type MantineColor, type ModalProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormDialog } from './form-dialog'
import { ApiErrorAlert } from '../error/api-error-alert'

export interface ConfirmDialogProps {
  opened: boolean
  onClose: () => void
  title: ReactNode
  /** What the user confirms: what happens, what will be lost, what to do first. */
  children: ReactNode
  confirmLabel: string
  onConfirm: () => void
  /** Destructive confirmations are red (the default); others pass the primary colour. */
  color?: MantineColor
  /** False hides the confirm button (nothing can be confirmed: say why in the body). */
  canConfirm?: boolean
  /** The confirm button is disabled (a name still to type, a choice still to make). */
  confirmDisabled?: boolean
  /** The write is on its way: both buttons wait, and the dialog cannot be closed under it. */
  pending?: boolean
  /** The write's error, shown above the buttons with `errorContext`. */
  error?: unknown
  errorContext?: string
  cancelLabel?: string
  size?: ModalProps['size']
}

/**
 * The one confirmation dialog: a body saying what will happen, the write's error if it failed (the dialog
 * stays open so nothing is lost), Cancel (focused first, so Enter never confirms by accident) and the
 * confirm button. The write itself is guarded by the caller's `useApplianceWrite`.
 */
export function ConfirmDialog({
  opened,
  onClose,
  title,
  children,
  confirmLabel,
  onConfirm,
  color = 'red',
  canConfirm = true,
  confirmDisabled = false,
  pending = false,
  error,
  errorContext,
  cancelLabel,
  size,
}: ConfirmDialogProps) {
  const { t } = useTranslation()
  const close = () => {
    if (!pending) onClose()
  }
  return (
    <FormDialog opened={opened} onClose={close} title={title} size={size}>
      <Stack gap="sm">
        {children}
        {error !== undefined && error !== null && <ApiErrorAlert error={error} context={errorContext} />}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={close} disabled={pending} data-autofocus>
            {cancelLabel ?? t('actions.cancel')}
          </Button>
          {canConfirm && (
            <Button color={color} onClick={onConfirm} loading={pending} disabled={pending || confirmDisabled}>
              {confirmLabel}
            </Button>
          )}
        </Group>
      </Stack>
    </FormDialog>
  )
}
