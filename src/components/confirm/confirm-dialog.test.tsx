import { MantineProvider } from '@mantine/core'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../api'
import '../../app/i18n'
import { ConfirmDialog } from './confirm-dialog'

function renderDialog(props: Partial<Parameters<typeof ConfirmDialog>[0]> = {}) {
  const onClose = vi.fn()
  const onConfirm = vi.fn()
  render(
    <MantineProvider>
      <ConfirmDialog
        opened
        onClose={onClose}
        onConfirm={onConfirm}
        title="Delete RG_Web_Tier?"
        confirmLabel="Delete"
        {...props}
      >
        <p>All backups of RG_Web_Tier are deleted.</p>
      </ConfirmDialog>
    </MantineProvider>,
  )
  return { onClose, onConfirm, dialog: screen.getByRole('dialog', { name: 'Delete RG_Web_Tier?' }) }
}

describe('ConfirmDialog', () => {
  it('says what will be lost, focuses Cancel first, and confirms or cancels', async () => {
    const user = userEvent.setup()
    const { onClose, onConfirm, dialog } = renderDialog()
    expect(dialog).toHaveTextContent('All backups of RG_Web_Tier are deleted.')
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    expect(onConfirm).toHaveBeenCalledTimes(1)
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(onClose).toHaveBeenCalledTimes(1)
  })

  it('cannot be closed or confirmed again while the write is on its way, and keeps its error', async () => {
    const user = userEvent.setup()
    const error = new ApiError({ kind: 'server', status: 500, method: 'DELETE', path: '/x' })
    const { onClose, onConfirm } = renderDialog({ pending: true, error, errorContext: 'Could not delete.' })
    expect(screen.getByRole('alert')).toHaveTextContent('Could not delete.')
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled()
    await user.keyboard('{Escape}')
    expect(onClose).not.toHaveBeenCalled()
    expect(onConfirm).not.toHaveBeenCalled()
  })

  it('offers only Close when nothing can be confirmed', () => {
    renderDialog({ canConfirm: false, cancelLabel: 'Close' })
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument()
    expect(screen.getAllByRole('button', { name: 'Close' }).length).toBeGreaterThan(0)
  })
})
