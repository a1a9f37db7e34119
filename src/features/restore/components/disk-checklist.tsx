import type { ReactNode } from 'react'
import { Checkbox, Group, Paper, Stack } from '@mantine/core'

interface Disk {
  vmdkPath: string
  diskName?: string
}

interface DiskChecklistProps<D extends Disk> {
  disks: D[]
  label: string
  description: string
  /** The chosen disks. */
  value: D[]
  onChange: (chosen: D[]) => void
  error?: ReactNode
  /** Under the disk's name: its path, and its size where known. */
  detail: (disk: D) => ReactNode
  /** Beside the disk, e.g. its snapshot location. */
  aside?: (disk: D) => ReactNode
}

/** The disks of a backup, each a card with a checkbox; several may be chosen (restore disks, attach disks). */
export function DiskChecklist<D extends Disk>({
  disks,
  label,
  description,
  value,
  onChange,
  error,
  detail,
  aside,
}: DiskChecklistProps<D>) {
  return (
    <Checkbox.Group
      label={label}
      description={description}
      value={value.map((disk) => disk.vmdkPath)}
      onChange={(paths) => onChange(disks.filter((disk) => paths.includes(disk.vmdkPath)))}
      error={error}
      required
    >
      <Stack gap="xs" mt="xs">
        {disks.map((disk) => (
          <Paper withBorder p="xs" key={disk.vmdkPath}>
            <Group justify="space-between" wrap="nowrap">
              <Checkbox
                value={disk.vmdkPath}
                label={disk.diskName ?? disk.vmdkPath}
                description={detail(disk)}
                miw={0}
              />
              {aside?.(disk)}
            </Group>
          </Paper>
        ))}
      </Stack>
    </Checkbox.Group>
  )
}
