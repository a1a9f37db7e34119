import { ActionIcon, Menu } from '@mantine/core'
import { IconDots } from '@tabler/icons-react'

export interface RowAction {
  label: string
  onClick: () => void
  /** Red for destructive actions (delete, remove). */
  danger?: boolean
}

interface RowActionsMenuProps {
  /** Names the row, e.g. "Actions for vol1". */
  label: string
  /** The offered actions in order; `false` or `undefined` leaves one out. */
  actions: (RowAction | false | undefined)[]
}

/** The "…" menu at the end of a table row. */
export function RowActionsMenu({ label, actions }: RowActionsMenuProps) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={label}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {actions.map(
          (action) =>
            action && (
              <Menu.Item
                key={action.label}
                color={action.danger ? 'red' : undefined}
                onClick={action.onClick}
              >
                {action.label}
              </Menu.Item>
            ),
        )}
      </Menu.Dropdown>
    </Menu>
  )
}
