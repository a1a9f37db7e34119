import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ResourceGroup } from '../../../api'
import { InventoryBadges } from '../../../components/inventory-picker'
import { memberItem } from '../wizard/form-values'
import { ScrollBox } from './scroll-box'

/** The group's members by name, with their morefs and the marks that matter (template, vVol, datastore type). */
export function MembersSection({ group }: { group: ResourceGroup }) {
  const { t } = useTranslation('resource-groups')
  const members = (group.entities ?? []).map((entity) => ({ entity, item: memberItem(entity) }))
  if (members.length === 0) return <Text c="dimmed">{t('detail.members.none')}</Text>
  return (
    <ScrollBox label={t('detail.members.title')} minWidth={500} maxHeight={420}>
      <Table striped aria-label={t('detail.members.title')} stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('detail.members.name')}</Table.Th>
            <Table.Th>{t('detail.members.type')}</Table.Th>
            <Table.Th>{t('detail.members.moref')}</Table.Th>
            <Table.Th>{t('detail.members.marks')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map(({ entity, item }) => (
            <Table.Tr key={entity.moref}>
              <Table.Td>{entity.name || entity.moref}</Table.Td>
              <Table.Td>
                {t(`entityType.${entity.type.toUpperCase()}`, { defaultValue: entity.type })}
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {entity.moref}
                </Text>
              </Table.Td>
              <Table.Td>
                <InventoryBadges item={item} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollBox>
  )
}
