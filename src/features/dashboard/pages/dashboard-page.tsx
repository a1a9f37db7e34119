import { useEffect, useMemo } from 'react'
import { SimpleGrid, Stack } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { components } from '../../../api'
import {
  useWholeJobList,
  policyQueries,
  reportQueries,
  resourceGroupQueries,
  storageSystemQueries,
} from '../../../api/resources'
import { PageHeader } from '../../../components/page-header/page-header'
import { QueryState } from '../../../components/query-state/query-state'
import { formatNumber } from '../../../lib/format/number'
import { combineQueries } from '../../../lib/query/combine-queries'
import { routes } from '../../../lib/routes'
import { JobOutcomesChart } from '../components/job-outcomes-chart'
import { RecentJobs, RunningJobs } from '../components/job-lists'
import { OverdueTile } from '../components/overdue-tile'
import { ProtectionChart } from '../components/protection-chart'
import { StatTile } from '../components/stat-tile'
import { jobOverviewOf, type OutcomeWindow } from '../model/job-overview'

type Job = components['schemas']['Job']

/**
 * What an operator opens first: recent and running jobs, how jobs ended over 7 or 30 days, how much is
 * protected, what is overdue, and how much is configured. Each section loads on its own, so one failing
 * endpoint leaves the rest readable; the job list is aggregated once per answer, not per render.
 */
export function DashboardPage() {
  const { t } = useTranslation('dashboard')
  const jobs = useWholeJobList()

  return (
    <Stack>
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState query={jobs} errorContext={t('errors.jobs')}>
        {(data) => <JobSections jobs={data.response.jobResponseList} now={jobs.dataUpdatedAt} />}
      </QueryState>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <ProtectionSection />
        <OverdueTile />
      </SimpleGrid>
      <ConfigurationTiles />
    </Stack>
  )
}

function JobSections({ jobs, now }: { jobs: Job[]; now: number }) {
  const [params, setParams] = useSearchParams()
  const window: OutcomeWindow = params.get('window') === '30' ? 30 : 7
  const overview = useMemo(() => jobOverviewOf(jobs, now), [jobs, now])
  // The page's first meaningful content (the job sections on screen): `npm run bench` reads this mark.
  useEffect(() => {
    performance.mark('dashboard:jobs-ready')
  }, [])
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <RecentJobs jobs={overview.recent} />
        <RunningJobs running={overview.running} />
      </SimpleGrid>
      <JobOutcomesChart
        outcomes={overview.outcomes[window]}
        window={window}
        onWindowChange={(next) =>
          setParams(
            (current) => {
              const written = new URLSearchParams(current)
              if (next === 7) written.delete('window')
              else written.set('window', String(next))
              return written
            },
            { replace: true },
          )
        }
      />
    </>
  )
}

function ProtectionSection() {
  const { t } = useTranslation('dashboard')
  const protectedVms = useQuery(reportQueries.protectedVms())
  const unprotectedVms = useQuery(reportQueries.unprotectedVms())
  const query = combineQueries([protectedVms, unprotectedVms] as const)
  return (
    <QueryState query={query} errorContext={t('errors.protection')}>
      {([found, missing]) => {
        const unprotected = missing.response.unprotectedVmResponseList
        const never = unprotected.filter((vm) => !vm.lastBackupTime).length
        return (
          <ProtectionChart
            protectedCount={found.response.protectedVmResponseList.length}
            staleCount={unprotected.length - never}
            neverCount={never}
          />
        )
      }}
    </QueryState>
  )
}

function ConfigurationTiles() {
  const { t } = useTranslation('dashboard')
  const groups = useQuery(resourceGroupQueries.list())
  const policies = useQuery(policyQueries.list())
  const storageSystems = useQuery(storageSystemQueries.list())
  const protectedVms = useQuery(reportQueries.protectedVms())
  const unprotectedVms = useQuery(reportQueries.unprotectedVms())
  const vmReports = combineQueries([protectedVms, unprotectedVms] as const)
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} component="section" aria-label={t('tiles.label')}>
      <QueryState query={vmReports} errorContext={t('errors.protection')}>
        {([found, missing]) => {
          const morefs = new Set([
            ...found.response.protectedVmResponseList.map((vm) => vm.moref),
            ...missing.response.unprotectedVmResponseList.map((vm) => vm.moref),
          ])
          return (
            <StatTile
              label={t('tiles.vms')}
              value={formatNumber(morefs.size)}
              detail={t('tiles.vmsDetail')}
              to={routes.reports.href('vm-protection')}
              linkLabel={t('tiles.open')}
            />
          )
        }}
      </QueryState>
      <QueryState query={groups} errorContext={t('errors.resourceGroups')}>
        {(data) => {
          const list = data.response.resourceGroupResponseList
          const datastores = new Set(
            list.flatMap((g) => (g.entities ?? []).filter((e) => e.type === 'DATASTORE').map((e) => e.moref)),
          )
          return (
            <StatTile
              label={t('tiles.datastores')}
              value={formatNumber(datastores.size)}
              detail={t('tiles.datastoresDetail')}
              to={routes.reports.href('datastore-protection')}
              linkLabel={t('tiles.open')}
            />
          )
        }}
      </QueryState>
      <QueryState query={storageSystems} errorContext={t('errors.storageSystems')}>
        {(data) => {
          const systems = data.response.storageSystemResponseList
          const clusters = systems.filter((system) => system.type === 'ONTAP_CLUSTER').length
          return (
            <StatTile
              label={t('tiles.storageSystems')}
              value={formatNumber(systems.length)}
              detail={t('tiles.storageSystemsDetail', { clusters, svms: systems.length - clusters })}
              to={routes.storageSystems.list.href()}
              linkLabel={t('tiles.open')}
            />
          )
        }}
      </QueryState>
      <QueryState query={groups} errorContext={t('errors.resourceGroups')}>
        {(data) => {
          const list = data.response.resourceGroupResponseList
          const suspended = list.filter((group) => group.status === 'UNDER_MAINTENANCE').length
          const failed = list.filter((group) => group.lastRunStatus === 'FAILED').length
          return (
            <StatTile
              label={t('tiles.resourceGroups')}
              value={formatNumber(list.length)}
              detail={t('tiles.resourceGroupsDetail', { suspended, failed })}
              to={routes.resourceGroups.list.href()}
              linkLabel={t('tiles.open')}
            />
          )
        }}
      </QueryState>
      <QueryState query={policies} errorContext={t('errors.policies')}>
        {(data) => (
          <StatTile
            label={t('tiles.policies')}
            value={formatNumber(data.response.policyResponseList.length)}
            to={routes.policies.list.href()}
            linkLabel={t('tiles.open')}
          />
        )}
      </QueryState>
    </SimpleGrid>
  )
}
