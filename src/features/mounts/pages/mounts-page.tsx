import { useState } from 'react'
import { Link } from 'react-router'
import { Alert, Anchor, Button, Group, Select, Stack, Switch, Text } from '@mantine/core'
import { IconDatabaseImport, IconPlugConnectedX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../../components/page-header/page-header'
import { CountedList, ListFilter, ListToolbar } from '../../../components/list-toolbar/list-toolbar'
import { QueryState } from '../../../components/query-state/query-state'
import { countNonDefault, useListParams } from '../../../lib/url/list-params'
import { routes } from '../../../lib/routes'
import { AttachedSection } from '../components/attached-section'
import { CleanupDialog } from '../components/cleanup-dialog'
import { MountsTable } from '../components/mounts-table'
import { UnmountDialog } from '../components/unmount-dialog'
import { mountFilterFields, THRESHOLD_DAYS, toMountFilters } from '../model/mount-filters'
import { filterRows, type MountedRow, type StaleRow } from '../model/mount-rows'
import { useMounts } from '../model/use-mounts'

/**
 * `/mounts`: every datastore mounted from a backup across the appliance, leftovers highlighted, with unmount
 * of one or several (W12) and the clean-up of stale mounts. Filters are in the URL; the page re-reads only
 * when a mount or unmount job ends, and polls only while one runs.
 */
export function MountsPage() {
  const { t } = useTranslation('mounts')
  const [params, setParams] = useListParams(mountFilterFields)
  const filters = toMountFilters(params)
  const { query, running, attached } = useMounts()
  const [now] = useState(() => Date.now())
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [unmounting, setUnmounting] = useState<MountedRow[]>([])
  const [cleaning, setCleaning] = useState<StaleRow | null>(null)

  const toggle = (moref: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current)
      if (on) next.add(moref)
      else next.delete(moref)
      return next
    })

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button
            component={Link}
            to={routes.mounts.mount.href()}
            leftSection={<IconDatabaseImport size={16} aria-hidden />}
          >
            {t('mountAction')}
          </Button>
        }
      />
      <Stack>
        {running.map((job) => (
          <Alert key={job.id} color="blue" variant="default" role="status" title={t('running.title')}>
            <Text size="sm">
              {job.name}{' '}
              <Anchor component={Link} to={routes.jobs.detail.href(job.id)} underline="always">
                {t('running.open', { id: job.id })}
              </Anchor>
            </Text>
          </Alert>
        ))}
        <QueryState
          query={query}
          errorContext={t('loadFailed')}
          isEmpty={(rows) => rows.length === 0}
          empty={t('empty')}
        >
          {(rows) => {
            const shown = filterRows(rows, filters, now)
            const hosts = [
              ...new Set(rows.flatMap((row) => (row.kind === 'mounted' && row.host ? [row.host] : []))),
            ]
            const chosen = shown.filter(
              (row): row is MountedRow => row.kind === 'mounted' && selected.has(row.moref),
            )
            return (
              <Stack>
                <ListToolbar
                  label={t('filters.label')}
                  search={{
                    label: t('filters.search'),
                    placeholder: t('filters.searchPlaceholder'),
                    value: filters.q,
                    onChange: (q) => setParams({ q }),
                  }}
                  onClear={() => setParams({ q: '', host: null, leftovers: 'all', days: '7' })}
                  activeFilters={countNonDefault(mountFilterFields, params, ['host', 'days', 'leftovers'])}
                >
                  <ListFilter
                    label={t('filters.host')}
                    anyLabel={t('filters.anyHost')}
                    value={filters.host}
                    onChange={(host) => setParams({ host })}
                    options={hosts.sort().map((host) => ({ value: host, label: host }))}
                  />
                  <Select
                    label={t('filters.threshold')}
                    value={params.days}
                    onChange={(days) => {
                      const known = THRESHOLD_DAYS.find((value) => value === days)
                      if (known) setParams({ days: known })
                    }}
                    data={THRESHOLD_DAYS.map((days) => ({
                      value: days,
                      label: t('filters.days', { count: Number(days) }),
                    }))}
                    allowDeselect={false}
                    w={160}
                  />
                  <Switch
                    label={t('filters.leftovers')}
                    checked={filters.leftovers}
                    onChange={(event) => setParams({ leftovers: event.currentTarget.checked ? '1' : 'all' })}
                    mt="lg"
                  />
                </ListToolbar>
                <Group>
                  <Button
                    color="red.9"
                    leftSection={<IconPlugConnectedX size={16} aria-hidden />}
                    disabled={chosen.length === 0}
                    onClick={() => setUnmounting(chosen)}
                  >
                    {t('unmountSelected', { count: chosen.length })}
                  </Button>
                </Group>
                <CountedList count={t('count', { count: shown.length, total: rows.length })}>
                  {shown.length === 0 ? (
                    <Text c="dimmed">{t('noMatch')}</Text>
                  ) : (
                    <MountsTable
                      rows={shown}
                      now={now}
                      thresholdDays={filters.days}
                      selected={selected}
                      onSelect={toggle}
                      onSelectAll={(on) =>
                        setSelected(
                          on
                            ? new Set(shown.flatMap((row) => (row.kind === 'mounted' ? [row.moref] : [])))
                            : new Set(),
                        )
                      }
                      onUnmount={(row) => setUnmounting([row])}
                      onCleanup={setCleaning}
                    />
                  )}
                </CountedList>
              </Stack>
            )
          }}
        </QueryState>
        <AttachedSection query={attached} now={now} thresholdDays={filters.days} />
      </Stack>
      <UnmountDialog
        rows={unmounting}
        onClose={() => setUnmounting([])}
        onDone={() => {
          setUnmounting([])
          setSelected(new Set())
        }}
      />
      <CleanupDialog row={cleaning} onClose={() => setCleaning(null)} />
    </>
  )
}
