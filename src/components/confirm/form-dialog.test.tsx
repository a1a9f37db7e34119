import { MantineProvider } from '@mantine/core'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import '../../app/i18n'
import { FormDialog } from './form-dialog'

describe('FormDialog', () => {
  it('names its close button, which closes it', async () => {
    const onClose = vi.fn()
    render(
      <MantineProvider>
        <FormDialog opened onClose={onClose} title="Edit Gold">
          <p>Form</p>
        </FormDialog>
      </MantineProvider>,
    )
    const dialog = screen.getByRole('dialog', { name: 'Edit Gold' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(onClose).toHaveBeenCalledTimes(1)
  })
})
