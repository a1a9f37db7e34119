import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ResourceGroup } from '../../../api'
import { ScrollBox } from './scroll-box'

/** The group's policies with the schedule each runs on here (schedules live in the group, not the policy). */
export function PoliciesSection({ group, zone }: { group: ResourceGroup; zone: string | null }) {
  const { t } = useTranslation('resource-groups')
  const policies = group.policies ?? []
  if (policies.length === 0) return <Text c="dimmed">{t('detail.policies.none')}</Text>
  return (
    <>
      <ScrollBox label={t('detail.policies.title')} minWidth={500}>
        <Table aria-label={t('detail.policies.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('detail.policies.name')}</Table.Th>
              <Table.Th>{t('detail.policies.frequency')}</Table.Th>
              <Table.Th>{t('detail.policies.schedule')}</Table.Th>
              <Table.Th>{t('detail.policies.starting')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {policies.map((policy) => {
              const schedule = policy.schedule
              return (
                <Table.Tr key={policy.id}>
                  <Table.Td>{policy.name ?? `#${policy.id}`}</Table.Td>
                  <Table.Td>
                    {policy.frequency
                      ? t(`scheduleType.${policy.frequency}`, { defaultValue: policy.frequency })
                      : '—'}
                  </Table.Td>
                  <Table.Td>
                    {schedule
                      ? t(`detail.policies.every.${schedule.type}`, {
                          count: schedule.every,
                          defaultValue: `${schedule.type} / ${schedule.every}`,
                        })
                      : t('detail.policies.noSchedule')}
                  </Table.Td>
                  <Table.Td>
                    {schedule?.startDate || schedule?.startTime
                      ? `${schedule.startDate ?? ''} ${schedule.startTime ?? ''}`.trim()
                      : '—'}
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </ScrollBox>
      <Text size="xs" c="dimmed">
        {zone ? t('detail.policies.zoneKnown', { zone }) : t('detail.policies.zoneUnknown')}
      </Text>
    </>
  )
}
