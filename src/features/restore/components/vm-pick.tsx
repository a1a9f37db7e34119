import type { ReactNode } from 'react'
import { Alert, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { InventoryPicker, type InventoryItem } from '../../../components/inventory-picker'

interface VmPickProps {
  label: string
  intro?: string
  value: InventoryItem | null
  onChange: (vm: InventoryItem | null) => void
  /** Enter on a VM in the list picks it and moves on. */
  onPickByEnter?: () => void
  /** Why a template cannot be chosen here (shown on its option and as the field's error). */
  templateRule: string
  /** What a vVol VM cannot do here, when that matters. */
  vvolNote?: string
  error?: ReactNode
  autoFocus?: boolean
  /** Why else a listed VM cannot be chosen here (templates are always refused). */
  disableWhen?: (item: InventoryItem) => string | null
}

/** A VM by name (or a typed moref) for a recovery wizard; templates are refused before any request. */
export function VmPick({
  label,
  intro,
  value,
  onChange,
  onPickByEnter,
  templateRule,
  vvolNote,
  error,
  autoFocus,
  disableWhen,
}: VmPickProps) {
  const { t } = useTranslation('restore')
  return (
    <Stack>
      <Text size="sm">{intro ?? t('vm.intro')}</Text>
      <InventoryPicker
        kind="vm"
        label={label}
        value={value}
        onChange={onChange}
        onPickByEnter={onPickByEnter}
        autoFocus={autoFocus ?? value === null}
        required
        error={error}
        disableWhen={(item) => (item.isTemplate ? templateRule : (disableWhen?.(item) ?? null))}
      />
      {value?.isVvol && vvolNote && (
        <Alert color="blue" variant="light" role="note">
          {vvolNote}
        </Alert>
      )}
    </Stack>
  )
}
