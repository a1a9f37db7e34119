import type { ReactNode } from 'react'
import { Checkbox, Stack } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import {
  BackupChooser,
  EsxHostChooser,
  RunningOnGroupAlert,
  SnapshotLocationChooser,
  useRunningOnGroup,
  type ChosenBackup,
} from '../../../components/recovery'
import type { WizardForm } from '../../../components/wizard'
import type { InventoryItem } from '../../../components/inventory-picker'
import { formMessage } from '../../../lib/forms/form-message'
import { useMessageText } from '../../../lib/forms/use-message-text'
import { VmPick } from './vm-pick'
import { vmBackupQueries } from '../../../api/resources'
import type { WithLocation, WithVmBackup } from './recovery-step-defs'

interface VmStepProps<V extends WithVmBackup> {
  wizard: WizardForm<V>
  label: string
  /** The values another VM leaves undecided. */
  afterVm: Partial<V>
  /** Key (in `restore`) of why a template cannot be chosen: the option's note and the field's error. */
  templateRule: string
  /** What a vVol VM cannot do in this wizard, when that matters. */
  vvolNote?: string
}

/** Step 1 of W6–W9: the VM by name (or a typed moref); a template is refused before any request. */
export function VmStep<V extends WithVmBackup>({
  wizard,
  label,
  afterVm,
  templateRule,
  vvolNote,
}: VmStepProps<V>) {
  const { t } = useTranslation('restore')
  const text = useMessageText()
  const { form } = wizard
  const choose = (vm: InventoryItem | null) => {
    form.setValues({ vm, ...afterVm } as Partial<V>)
    form.clearFieldError('vm')
    if (vm?.isTemplate) form.setFieldError('vm', formMessage('restore', templateRule))
  }
  return (
    <VmPick
      label={label}
      value={form.values.vm}
      onChange={choose}
      onPickByEnter={() => void wizard.next()}
      templateRule={t(templateRule)}
      vvolNote={vvolNote}
      error={text(form.errors.vm)}
    />
  )
}

/** A backup or restore running on the backup's group, named where it matters (backup step, review). */
export function RunningOnBackupGroup({ backup }: { backup: ChosenBackup | null }) {
  const running = useRunningOnGroup(backup?.resourceGroupId)
  return <RunningOnGroupAlert jobs={running} groupName={backup?.resourceGroupName ?? ''} />
}

/** The VM's backups (step 2 of W6–W9), newest first; another backup clears what depended on it. */
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

/** Primary or secondary snapshot (step 3 of W6–W8), from `snapshotLocationsList`. */
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

interface WithHost extends WithVmBackup {
  esxHost: string
  restartVM?: boolean | null
}

interface VmHostStepProps<V extends WithHost> {
  wizard: WizardForm<V>
  /** What the host is for in this wizard. */
  description: string
  /** The moref the hosts call takes: the VM's by default (W6, W8), a datastore's for a deleted VM (W7). */
  hostsMoref?: string | null
  /** Said above the host, e.g. which moref the hosts were asked for and why. */
  note?: ReactNode
  /** Also ask whether to restart the VM (a whole-VM restore); a partial backup holds it off. */
  withRestart?: boolean
}

/** The ESXi host (`…/availableesxhosts`, W6–W8) and, for a whole VM, whether to restart it. */
export function VmHostStep<V extends WithHost>({
  wizard,
  description,
  hostsMoref,
  note,
  withRestart = false,
}: VmHostStepProps<V>) {
  const { t } = useTranslation('restore')
  const text = useMessageText()
  const { form } = wizard
  const moref = hostsMoref === undefined ? form.values.vm?.moref : hostsMoref
  const query = useQuery({ ...vmBackupQueries.availableEsxHosts(moref ?? ''), enabled: Boolean(moref) })
  const partial = form.values.backup?.partial ?? false
  const set = (values: Partial<WithHost>) => form.setValues(values as Partial<V>)
  return (
    <Stack>
      {note}
      <EsxHostChooser
        query={query}
        value={form.values.esxHost}
        onChange={(esxHost) => {
          set({ esxHost })
          form.clearFieldError('esxHost')
        }}
        description={description}
        error={text(form.errors.esxHost)}
      />
      {withRestart && (
        <Checkbox
          label={t('host.restart')}
          description={partial ? t('rules.partialRestart') : t('host.restartDescription')}
          checked={partial ? false : form.values.restartVM === true}
          disabled={partial}
          onChange={(event) => {
            set({ restartVM: event.currentTarget.checked })
            form.clearFieldError('restartVM')
          }}
          error={text(form.errors.restartVM)}
        />
      )}
    </Stack>
  )
}
