import { Stack } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import type { SnapshotLocation } from '../../../api'
import type { InventoryItem } from '../../../components/inventory-picker'
import {
  BackupChooser,
  RunningOnGroupAlert,
  SnapshotLocationChooser,
  useRunningOnGroup,
  type ChosenBackup,
  type LocationType,
} from '../../../components/recovery'
import type { WizardForm } from '../../../components/wizard'
import { useMessageText } from '../../../lib/forms/use-message-text'
import { vmBackupQueries } from '../../../api/resources'

/** The values every VM recovery wizard starts with: the VM, then one of its backups. */
interface WithVmBackup {
  vm: InventoryItem | null
  backup: ChosenBackup | null
}

interface WithLocation extends WithVmBackup {
  locationType: LocationType | null
  locations: SnapshotLocation[]
}

/** A backup or restore running on the backup's group, named where it matters (backup step, review). */
export function RunningOnBackupGroup({ backup }: { backup: ChosenBackup | null }) {
  const running = useRunningOnGroup(backup?.resourceGroupId)
  return <RunningOnGroupAlert jobs={running} groupName={backup?.resourceGroupName ?? ''} />
}

/** The VM's backups (step 2 of W8, W9), newest first; another backup clears what depended on it. */
export function VmBackupStep<V extends WithVmBackup>({
  wizard,
  afterBackup,
  checkRunning = false,
}: {
  wizard: WizardForm<V>
  /** The values another backup leaves undecided. */
  afterBackup: Partial<V>
  /** Name a backup or restore running on the backup's group (a restore cannot start beside it). */
  checkRunning?: boolean
}) {
  const text = useMessageText()
  const { form } = wizard
  const vm = form.values.vm
  const query = useQuery({ ...vmBackupQueries.list(vm?.moref ?? ''), enabled: vm !== null })
  if (!vm) return null
  return (
    <Stack>
      <BackupChooser
        query={query}
        subject={vm.name}
        value={form.values.backup}
        onChange={(backup) => {
          const same = backup.backupId === form.values.backup?.backupId
          form.setValues({ backup, ...(same ? {} : afterBackup) } as Partial<V>)
          form.clearFieldError('backup')
        }}
        error={text(form.errors.backup)}
      />
      {checkRunning && <RunningOnBackupGroup backup={form.values.backup} />}
    </Stack>
  )
}

/** Primary or secondary snapshot (step 3 of W7, W8), from `snapshotLocationsList`. */
export function SnapshotLocationStep<V extends WithLocation>({ wizard }: { wizard: WizardForm<V> }) {
  const text = useMessageText()
  const { form } = wizard
  const backupId = form.values.backup?.backupId
  const query = useQuery({
    ...vmBackupQueries.snapshotLocations(backupId ?? 0),
    enabled: backupId !== undefined,
  })
  return (
    <SnapshotLocationChooser
      query={query}
      value={form.values.locationType}
      onChange={(locationType, locations) => {
        form.setValues({ locationType, locations } as Partial<V>)
        form.clearFieldError('locationType')
      }}
      error={text(form.errors.locationType)}
    />
  )
}
