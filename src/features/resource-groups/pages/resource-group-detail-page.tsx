import { Button, Grid, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { IconPencil } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { Job, ResourceGroup } from '../../../api'
import { routes } from '../../../lib/routes'
import { PageHeader } from '../../../components/page-header/page-header'
import { QueryState } from '../../../components/query-state/query-state'
import { StuckJobNote } from '../../../components/stuck-job-note/stuck-job-note'
import { listPace, resourceGroupQueries, useGroupJobs } from '../../../api/resources'
import { BackupNowButton } from '../components/backup-now-button'
import { DeleteGroupButton } from '../components/delete-group-button'
import { GroupBackupsSection } from '../components/group-backups-section'
import { GroupJobsSection } from '../components/group-jobs-section'
import { RECENT_JOBS } from '../model/group-jobs'
import { MembersSection } from '../components/members-section'
import { PoliciesSection } from '../components/policies-section'
import { ApplianceTime } from '../components/appliance-time'
import { LastRunBadge, ResourceGroupStatusBadge } from '../../../components/status-badge'
import { SuspendResumeButton } from '../components/suspend-resume-button'
import { groupType } from '../model/group-list'
import { useApplianceZone } from '../model/use-appliance-zone'

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  )
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  )
}

/**
 * One resource group: its settings, members, policies with their schedules, its recent jobs and backups.
 * While a backup of the group runs, the group and its jobs refresh on their own; a job that only looks stuck
 * is re-checked every few minutes, and the page says so.
 */
export function ResourceGroupDetailPage() {
  const { t } = useTranslation('resource-groups')
  const id = Number(useParams().id)
  // Both follow this group's jobs by the one jobs rule: closely while one progresses, slowly when stuck.
  const { list: jobList, jobs } = useGroupJobs(id, RECENT_JOBS)
  const groups = useQuery(resourceGroupQueries.list({ live: { jobs: jobList.data, group: id } }))
  const ofThisGroup = (job: Job) => job.resourceGroupId === id
  const stuck = listPace(jobList.data, { include: ofThisGroup, now: jobList.dataUpdatedAt }) === 'stuck'
  const zone = useApplianceZone()
  const group = groups.data?.response.resourceGroupResponseList.find((candidate) => candidate.id === id)
  const crumbs = [
    { label: t('list.title'), to: routes.resourceGroups.list.href() },
    { label: group?.name ?? String(id) },
  ]

  if (groups.isSuccess && !group) {
    return (
      <Stack>
        <PageHeader title={t('detail.notFoundTitle')} crumbs={crumbs} />
        <Text>{t('detail.notFound', { id })}</Text>
      </Stack>
    )
  }

  return (
    <Stack>
      <PageHeader
        title={group?.name ?? t('detail.loadingTitle')}
        description={group?.description || undefined}
        crumbs={crumbs}
        actions={group && <GroupActions group={group} />}
      />
      <QueryState query={groups} errorContext={t('detail.loadFailed')}>
        {() =>
          group && (
            <Stack>
              <Paper withBorder p="md" component="section" aria-label={t('detail.overview')}>
                <SimpleGrid cols={{ base: 2, md: 4 }}>
                  <Fact label={t('list.columns.status')}>
                    <ResourceGroupStatusBadge status={group.status} />
                  </Fact>
                  <Fact label={t('list.columns.type')}>{t(`scope.${groupType(group)}`)}</Fact>
                  <Fact label={t('list.columns.lastRun')}>
                    <Group gap={6} aria-live="polite">
                      <LastRunBadge status={group.lastRunStatus} />
                      <ApplianceTime iso={group.lastRunTime} />
                    </Group>
                  </Fact>
                  <Fact label={t('list.columns.nextRun')}>
                    <ApplianceTime iso={group.nextRunTime} />
                  </Fact>
                  <Fact label={t('wizard.general.notification')}>
                    {t(`notification.${group.notification ?? 'NEVER'}`, { defaultValue: group.notification })}
                    {group.emailSettings?.to?.length ? ` · ${group.emailSettings.to.join(', ')}` : ''}
                  </Fact>
                  <Fact label={t('wizard.spanning.label')}>
                    {group.spanningDatastores?.spanningType
                      ? t(`spanning.${group.spanningDatastores.spanningType}`, {
                          defaultValue: group.spanningDatastores.spanningType,
                        })
                      : '—'}
                  </Fact>
                  <Fact label={t('wizard.summary.snapshotName')}>
                    {group.snapshotNameFormat || t('wizard.summary.defaultFormat')}
                    {group.useLatestSnapshotName ? ` · ${t('wizard.summary.withRecent')}` : ''}
                  </Fact>
                  <Fact label={t('detail.memberCount')}>{group.entities?.length ?? 0}</Fact>
                </SimpleGrid>
              </Paper>
              <Grid>
                <Grid.Col span={{ base: 12, lg: 6 }}>
                  <Section title={t('detail.members.title')}>
                    <MembersSection group={group} />
                  </Section>
                </Grid.Col>
                <Grid.Col span={{ base: 12, lg: 6 }}>
                  <Section title={t('detail.policies.title')}>
                    <PoliciesSection group={group} zone={zone} />
                  </Section>
                </Grid.Col>
              </Grid>
            </Stack>
          )
        }
      </QueryState>
      <Section title={t('detail.jobs.title')}>
        {stuck && (
          <StuckJobNote
            count={jobList.data?.summary.running.filter(ofThisGroup).length}
            onCheckNow={() => void Promise.all([jobList.refetch(), groups.refetch()])}
            checking={jobList.isFetching || groups.isFetching}
          />
        )}
        <GroupJobsSection list={jobList} jobs={jobs} />
      </Section>
      {group && (
        <Section title={t('detail.backups.title')}>
          <GroupBackupsSection group={group} />
        </Section>
      )}
    </Stack>
  )
}

function GroupActions({ group }: { group: ResourceGroup }) {
  const { t } = useTranslation('resource-groups')
  return (
    <>
      <BackupNowButton group={group} />
      <Button
        variant="default"
        component={Link}
        to={routes.resourceGroups.edit.href(group.id)}
        leftSection={<IconPencil size={14} aria-hidden />}
      >
        {t('common:actions.edit')}
      </Button>
      <SuspendResumeButton group={group} />
      <DeleteGroupButton group={group} />
    </>
  )
}
