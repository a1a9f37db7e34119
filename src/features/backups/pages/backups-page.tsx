import { useSearchParams } from 'react-router'
import { Paper, SegmentedControl, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../../components/page-header/page-header'
import { InventoryPicker, useInventory, type InventoryItem } from '../../../components/inventory-picker'
import { BackupsSection } from '../components/backups-section'
import { objectFromParams, type BrowsedKind } from '../model/browser-params'

/**
 * The backups browser: pick a VM or a datastore by name, then its backups, newest first, with the filters of
 * SCV's own Backups view. Everything the user chose is in the URL, so a link reopens the same view.
 */
export function BackupsPage() {
  const { t } = useTranslation('backups')
  const [params, setParams] = useSearchParams()
  const { kind, object } = objectFromParams(params)
  const inventory = useInventory(kind)
  // The URL carries moref and name only; the inventory adds what it knows (template, vVol, groups).
  const known = object ? inventory.items.find((item) => item.moref === object.moref) : undefined
  const selected: InventoryItem | null = object
    ? { ...object, ...known, name: known?.name ?? object.name }
    : null

  const choose = (next: InventoryItem | null) => {
    const fresh = new URLSearchParams({ kind })
    if (next) {
      fresh.set('moref', next.moref)
      if (next.name !== next.moref) fresh.set('name', next.name)
    }
    setParams(fresh)
  }
  const changeKind = (value: string) => {
    const next: BrowsedKind = value === 'datastore' ? 'datastore' : 'vm'
    if (next !== kind) setParams(new URLSearchParams({ kind: next }))
  }

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack>
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Stack gap={2}>
              <Text size="sm" fw={500} id="backups-kind-label">
                {t('kind.label')}
              </Text>
              <SegmentedControl
                aria-labelledby="backups-kind-label"
                value={kind}
                onChange={changeKind}
                data={[
                  { value: 'vm', label: t('kind.vm') },
                  { value: 'datastore', label: t('kind.datastore') },
                ]}
                w="fit-content"
              />
            </Stack>
            <InventoryPicker kind={kind} value={selected} onChange={choose} />
          </Stack>
        </Paper>
        {selected ? (
          <BackupsSection kind={kind} object={selected} />
        ) : (
          <Text c="dimmed">{t(`pickFirst.${kind}`)}</Text>
        )}
      </Stack>
    </>
  )
}
