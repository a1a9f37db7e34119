import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { Paper, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useInventory, type InventoryItem } from '../../../components/inventory-picker'
import {
  DetachVmdks,
  PRESELECTION_PARAMS,
  preselectionFromParams,
  type RecoveryResult,
} from '../../../components/recovery'
import { withInventoryFlags } from '../components/inventory-flags'
import { VmPick } from '../components/vm-pick'

/**
 * Detach (W10): the VM by name (or preselected from its backups view: `?moref=…&name=…`), then the disks
 * attached to it from backups, a confirmation to tick, and Detach. Templates are refused before any request.
 */
export function DetachVmdksFlow({ onDone }: { onDone: (result: RecoveryResult) => void }) {
  const { t } = useTranslation('restore')
  const [params, setParams] = useSearchParams()
  const [preselection] = useState(() => preselectionFromParams(params, 'vm'))
  const inventory = useInventory('vm')
  const [picked, setPicked] = useState<InventoryItem | null>(null)
  const vm = picked ?? (preselection ? withInventoryFlags(preselection.item, inventory.items) : null)
  const choose = (next: InventoryItem | null) => {
    setPicked(next)
    // The VM chosen here replaces the one the link brought.
    if (preselection)
      setParams(
        (current) => {
          const rest = new URLSearchParams(current)
          for (const name of PRESELECTION_PARAMS) rest.delete(name)
          return rest
        },
        { replace: true },
      )
  }
  return (
    <Stack>
      <VmPick
        label={t('detach.vmLabel')}
        intro={t('detach.intro')}
        value={vm}
        onChange={choose}
        templateRule={t('detach.templateRule')}
        error={vm?.isTemplate ? t('detach.templateRule') : undefined}
      />
      {vm && !inventory.isLoading && (
        <Paper withBorder p="md">
          <DetachVmdks key={vm.moref} vm={vm} onDetached={onDone} />
        </Paper>
      )}
    </Stack>
  )
}
