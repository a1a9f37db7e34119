import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { Badge, Button, Drawer, Group, List, Stack, Table, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { Backup, SnapshotLocation } from '../../../api'
import { QueryState } from '../../../components/query-state/query-state'
import { BackupStatusBadge } from '../../../components/status-badge'
import type { InventoryItem } from '../../../components/inventory-picker'
import { formatApplianceTime } from '../../../lib/format/date-time'
import { formatNumber } from '../../../lib/format/number'
import { datastoreBackupQueries, vmBackupQueries } from '../../../api/resources'
import type { BrowsedKind } from '../model/browser-params'
import { routes } from '../../../lib/routes'
import { deletedVmRestoreLink } from '../model/restore-rules'

interface BackupDetailDrawerProps {
  kind: BrowsedKind
  object: InventoryItem
  backup: Backup | null
  onClose: () => void
  /** Where "Restore this VM from this / the newest backup…" go; null when a restore cannot work (not shown). */
  restoreLinks: { thisBackup: string; newest: string } | null
  /** The other recovery wizards on this backup (disks, attach); each only where it can work. */
  recoveryLinks?: Array<{ label: string; to: string }>
}

/** One backup: its facts, where its snapshots are, the VMDKs in it (VM backups) and what can be done with it. */
export function BackupDetailDrawer({
  kind,
  object,
  backup,
  onClose,
  restoreLinks,
  recoveryLinks = [],
}: BackupDetailDrawerProps) {
  const { t } = useTranslation('backups')
  return (
    <Drawer
      opened={backup !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={backup ? t('detail.title', { name: backup.backupName }) : ''}
      closeButtonProps={{ 'aria-label': t('detail.close') }}
    >
      {backup && (
        <Stack>
          <BackupFacts backup={backup} />
          {restoreLinks && (
            <Group>
              <Button component={Link} to={restoreLinks.newest}>
                {t('detail.restoreNewest')}
              </Button>
              <Button component={Link} to={restoreLinks.thisBackup} variant="default">
                {t('detail.restoreVm')}
              </Button>
            </Group>
          )}
          {recoveryLinks.length > 0 && (
            <Group>
              {recoveryLinks.map((link) => (
                <Button key={link.to} component={Link} to={link.to} variant="default">
                  {link.label}
                </Button>
              ))}
            </Group>
          )}
          <SnapshotLocations kind={kind} backupId={backup.backupId} />
          {kind === 'vm' && <VmdkLocations vm={object} backupId={backup.backupId} />}
          {kind === 'datastore' && <VmsInBackup datastore={object} backup={backup} />}
        </Stack>
      )}
    </Drawer>
  )
}

function BackupFacts({ backup }: { backup: Backup }) {
  const { t } = useTranslation('backups')
  const yesNo = (value: boolean | undefined) => (value ? t('yes') : t('no'))
  const rows: Array<[string, ReactNode]> = [
    [t('detail.created'), formatApplianceTime(backup.createdTime, { withZone: true })],
    [t('detail.status'), <BackupStatusBadge status={backup.status} key="status" />],
    [t('detail.locations'), backup.locations ? t(`location.${backup.locations}`) : '—'],
    [t('detail.vmConsistent'), yesNo(backup.vmConsistent)],
    [t('detail.partial'), yesNo(backup.partial)],
    [t('detail.mounted'), yesNo(backup.mounted)],
    [t('detail.vmwareSnapshot'), yesNo(backup.hasVmwareSnapshot)],
    [t('detail.policy'), backup.policyName ?? '—'],
    [t('detail.resourceGroup'), backup.resourceGroupName ?? '—'],
    [
      t('detail.primaryLock'),
      backup.primaryLockExpiry
        ? formatApplianceTime(backup.primaryLockExpiry, { withZone: true })
        : t('notLocked'),
    ],
    [
      t('detail.secondaryLock'),
      backup.secondaryLockExpiry
        ? formatApplianceTime(backup.secondaryLockExpiry, { withZone: true })
        : t('detail.sameAsPrimary'),
    ],
  ]
  return (
    <Table variant="vertical" withTableBorder layout="fixed">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={180}>{label}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

function LocationsTable({ locations }: { locations: SnapshotLocation[] }) {
  const { t } = useTranslation('backups')
  return (
    <Table withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('detail.locationType')}</Table.Th>
          <Table.Th>{t('detail.datastore')}</Table.Th>
          <Table.Th>{t('detail.snapshot')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {locations.map((location) => (
          <Table.Tr key={`${location.locationType ?? ''}${location.location}`}>
            <Table.Td>
              <Badge size="sm" variant="default">
                {location.locationType ? t(`location.${location.locationType}`) : '—'}
              </Badge>
            </Table.Td>
            <Table.Td>{location.datastore}</Table.Td>
            <Table.Td>
              <Text size="xs" style={{ wordBreak: 'break-all' }}>
                {location.location}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

function SnapshotLocations({ kind, backupId }: { kind: BrowsedKind; backupId: number }) {
  const { t } = useTranslation('backups')
  const vm = useQuery({ ...vmBackupQueries.snapshotLocations(backupId), enabled: kind === 'vm' })
  const datastore = useQuery({
    ...datastoreBackupQueries.snapshotLocators(backupId),
    enabled: kind === 'datastore',
  })
  const query = kind === 'vm' ? vm : datastore
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('detail.snapshotLocations')}
      </Title>
      <QueryState
        query={query}
        errorContext={t('detail.locationsFailed')}
        isEmpty={(data) => data.response.snapshotLocationsList.length === 0}
        empty={t('detail.noLocations')}
      >
        {(data) => <LocationsTable locations={data.response.snapshotLocationsList} />}
      </QueryState>
    </Stack>
  )
}

function VmdkLocations({ vm, backupId }: { vm: InventoryItem; backupId: number }) {
  const { t } = useTranslation('backups')
  const query = useQuery(vmBackupQueries.vmdkLocations(vm.moref, backupId))
  // Disks of this backup attached to the VM can be detached (never from a template).
  const attached = (query.data?.response.vmdkLocationsList ?? []).some(
    (disk) => disk.attachedFromBackupId !== undefined && disk.attachedFromBackupId !== null,
  )
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3} size="h5">
          {t('detail.vmdks')}
        </Title>
        {attached && !vm.isTemplate && (
          <Button
            component={Link}
            to={routes.restore.detachVmdks.href({ moref: vm.moref, name: vm.name })}
            size="xs"
            variant="default"
          >
            {t('detail.detachVmdks')}
          </Button>
        )}
      </Group>
      <QueryState
        query={query}
        errorContext={t('detail.vmdksFailed')}
        isEmpty={(data) => data.response.vmdkLocationsList.length === 0}
        empty={t('detail.noVmdks')}
      >
        {(data) => (
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('detail.disk')}</Table.Th>
                <Table.Th>{t('detail.vmdkPath')}</Table.Th>
                <Table.Th>{t('detail.size')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.response.vmdkLocationsList.map((vmdk) => (
                <Table.Tr key={`${vmdk.vmdkPath}${vmdk.location ?? ''}`}>
                  <Table.Td>{vmdk.diskName ?? '—'}</Table.Td>
                  <Table.Td>
                    <Text size="xs" style={{ wordBreak: 'break-all' }}>
                      {vmdk.vmdkPath}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {vmdk.capacityBytes !== undefined
                      ? t('detail.gib', {
                          value: formatNumber(Math.round((vmdk.capacityBytes / 1024 ** 3) * 10) / 10),
                        })
                      : '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </Stack>
  )
}

/**
 * The VMs a datastore backup holds (the GUI's way to deleted VMs, scv-api.md §6.5): a VM vCenter no longer has
 * is marked and offers its restore, which the link opens with this datastore for the hosts call (§5.4).
 */
function VmsInBackup({ datastore, backup }: { datastore: InventoryItem; backup: Backup }) {
  const { t } = useTranslation('backups')
  const vms = (backup.entities ?? []).filter((entity) => entity.type === 'VM')
  if (vms.length === 0) return null
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('detail.vmsInBackup')}
      </Title>
      <List size="sm" spacing={6} listStyleType="none">
        {vms.map((vm) => {
          const link = deletedVmRestoreLink(datastore, backup, vm)
          return (
            <List.Item key={vm.moref}>
              <Group gap="xs">
                <Text size="sm">{vm.name}</Text>
                {vm.deleted && (
                  <Badge size="sm" variant="outline" color="gray">
                    {t('detail.deletedVm')}
                  </Badge>
                )}
                {link && (
                  <Button component={Link} to={link} size="xs" variant="default">
                    {t('detail.restoreDeletedVm', { name: vm.name })}
                  </Button>
                )}
              </Group>
            </List.Item>
          )
        })}
      </List>
    </Stack>
  )
}
