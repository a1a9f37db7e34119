import { Anchor, Table, Text } from '@mantine/core'
import type { UseQueryResult } from '@tanstack/react-query'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { GroupJobs, JobsSnapshot } from '../../../api/resources'
import { routes } from '../../../lib/routes'
import { QueryState } from '../../../components/query-state/query-state'
import { JobStatusBadge } from '../../../components/status-badge'
import { ApplianceTime } from './appliance-time'
import { ScrollBox } from './scroll-box'

/**
 * Recent jobs of one group (`useGroupJobs`), each linking to its job page; refreshes on its own while one runs.
 * The job list's loading and errors are this section's: the group's jobs are picked out of it.
 */
export function GroupJobsSection({
  list,
  jobs,
}: {
  list: UseQueryResult<JobsSnapshot, unknown>
  jobs: UseQueryResult<GroupJobs, unknown>
}) {
  const { t } = useTranslation('resource-groups')
  const state = {
    data: jobs.data,
    error: list.error ?? jobs.error,
    isPending: list.isPending || (!list.error && jobs.isPending),
    refetch: () => (list.error ? list.refetch() : jobs.refetch()),
  }
  return (
    <QueryState
      query={state}
      errorContext={t('detail.jobs.loadFailed')}
      isEmpty={(data) => data.count === 0}
      empty={t('detail.jobs.none')}
    >
      {({ recent }) => {
        return (
          <ScrollBox label={t('detail.jobs.title')} minWidth={560}>
            <Table aria-label={t('detail.jobs.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('detail.jobs.id')}</Table.Th>
                  <Table.Th>{t('detail.jobs.name')}</Table.Th>
                  <Table.Th>{t('detail.jobs.status')}</Table.Th>
                  <Table.Th>{t('detail.jobs.started')}</Table.Th>
                  <Table.Th>{t('detail.jobs.ended')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {recent.map((job) => (
                  <Table.Tr key={job.id}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={routes.jobs.detail.href(job.id)}
                        aria-label={t('detail.jobs.open', { id: job.id })}
                      >
                        {job.id}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{job.name}</Text>
                    </Table.Td>
                    <Table.Td>
                      <JobStatusBadge status={job.status} />
                      {job.status === 'RUNNING' && typeof job.progress === 'number' && (
                        <Text span size="xs" c="dimmed" ml={6}>
                          {job.progress}%
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <ApplianceTime iso={job.startTime} />
                    </Table.Td>
                    <Table.Td>
                      <ApplianceTime iso={job.endTime} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollBox>
        )
      }}
    </QueryState>
  )
}
