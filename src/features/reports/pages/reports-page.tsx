import './reports-print.css'
import type { ComponentType } from 'react'
import { Anchor, Stack, Tabs, Text } from '@mantine/core'
import { Link, useNavigate, useParams } from 'react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../../components/page-header/page-header'
import { routes } from '../../../lib/routes'
import { JobReport } from '../reports/job-report'
import { DatastoreLastProtectionReport, VmLastProtectionReport } from '../reports/last-protection-report'
import { OverdueReport } from '../reports/overdue-report'
import { ProtectedVmsReport } from '../reports/protected-vms-report'
import { UnprotectedVmsReport } from '../reports/unprotected-vms-report'

/** Every report, in the order of the tabs; the id is the URL segment (`/reports/backup-jobs`). */
const REPORTS: readonly { id: string; Component: ComponentType }[] = [
  { id: 'protected-vms', Component: ProtectedVmsReport },
  { id: 'unprotected-vms', Component: UnprotectedVmsReport },
  { id: 'backup-jobs', Component: () => <JobReport kind="backup" /> },
  { id: 'restore-jobs', Component: () => <JobReport kind="restore" /> },
  { id: 'mount-jobs', Component: () => <JobReport kind="mount" /> },
  { id: 'vm-protection', Component: VmLastProtectionReport },
  { id: 'datastore-protection', Component: DatastoreLastProtectionReport },
  { id: 'overdue', Component: OverdueReport },
]

/**
 * The reports of SCV's Reports tab — protected and unprotected VMs, backup, restore and mount jobs, the last
 * protection of VMs and datastores — and what it lacks: overdue protection. Each report keeps its filters in
 * the URL and exports exactly what it shows.
 */
export function ReportsPage() {
  const { t } = useTranslation('reports')
  const navigate = useNavigate()
  const { report = REPORTS[0]?.id } = useParams()
  const known = REPORTS.some((entry) => entry.id === report)

  return (
    <Stack>
      <PageHeader title={t('title')} description={t('description')} />
      {known ? (
        <Tabs
          value={report}
          onChange={(value) => value && navigate(routes.reports.href(value))}
          variant="outline"
          keepMounted={false}
        >
          <Tabs.List>
            {REPORTS.map(({ id }) => (
              <Tabs.Tab key={id} value={id}>
                {t(`tabs.${id}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {REPORTS.map(({ id, Component }) => (
            <Tabs.Panel key={id} value={id} pt="md">
              <Component />
            </Tabs.Panel>
          ))}
        </Tabs>
      ) : (
        <Text>
          {t('unknownReport', { report })}{' '}
          <Anchor component={Link} to={routes.reports.href()}>
            {t('allReports')}
          </Anchor>
        </Text>
      )}
    </Stack>
  )
}
