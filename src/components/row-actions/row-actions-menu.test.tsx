import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClient } from '@tanstack/react-query'
import { Providers } from '../../app/providers'
import { RowActionsMenu } from './row-actions-menu'

describe('RowActionsMenu', () => {
  it('offers the given actions in order, leaves out the absent ones and runs the chosen one', async () => {
    const onEdit = vi.fn()
    const onDelete = vi.fn()
    render(
      <Providers queryClient={new QueryClient()} devtools={false}>
        <RowActionsMenu
          label="Actions for vol1"
          actions={[
            { label: 'Edit', onClick: onEdit },
            false,
            undefined,
            { label: 'Delete', onClick: onDelete, danger: true },
          ]}
        />
      </Providers>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Actions for vol1' }))
    const items = await screen.findAllByRole('menuitem')
    expect(items.map((item) => item.textContent)).toEqual(['Edit', 'Delete'])
    await userEvent.click(screen.getByRole('menuitem', { name: 'Delete' }))
    expect(onDelete).toHaveBeenCalledTimes(1)
    expect(onEdit).not.toHaveBeenCalled()
  })
})
