import { Badge, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { InventoryItem } from './inventory-items'

/**
 * The marks that change what can be done with an object: template (no restore, attach or detach), vVol (no
 * alternate-location restore), the datastore type, and "entered" for an object typed in by moref.
 */
export function InventoryBadges({ item }: { item: InventoryItem }) {
  const { t } = useTranslation('inventory-picker')
  const showType = item.datastoreType && item.datastoreType.toUpperCase() !== 'VVOL'
  if (!item.isTemplate && !item.isVvol && !showType && !item.entered) return null
  return (
    <Group gap={4} wrap="nowrap">
      {item.isTemplate && (
        <Badge size="xs" color="yellow" autoContrast>
          {t('badge.template')}
        </Badge>
      )}
      {item.isVvol && (
        <Badge size="xs" color="cyan" autoContrast>
          {t('badge.vvol')}
        </Badge>
      )}
      {showType && (
        <Badge size="xs" variant="default">
          {item.datastoreType}
        </Badge>
      )}
      {item.entered && (
        <Badge size="xs" variant="default">
          {t('badge.entered')}
        </Badge>
      )}
    </Group>
  )
}
