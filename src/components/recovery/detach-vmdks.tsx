import { useState } from 'react'
import { Alert, Button, Checkbox, Group, Paper, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useDetachVmdks, vmBackupQueries } from '../../api/resources'
import { useApplianceWrite } from '../appliance-write/use-appliance-write'
import { ApiErrorAlert } from '../error/api-error-alert'
import { QueryState } from '../query-state/query-state'
import { attachedDisks, recoveryResultOf, type RecoveryResult } from './recovery-data'

export interface DetachVmdksProps {
  /** The VM the disks are attached to (a template is refused before any request). */
  vm: { moref: string; name: string; isTemplate?: boolean }
  /** After the detach started: its job (and the appliance's message). */
  onDetached: (result: RecoveryResult) => void
}

/**
 * W10 for one VM: the disks attached to it from backups, a confirmation the user must tick (the disks leave the
 * VM; what was written to them is lost), then one `POST /4.1/vm/{moref}/detachvmdks` with those disks, whole,
 * as `vmdksToDetach`. Feature-independent: the detach wizard and the mounts page both use it.
 */
export function DetachVmdks({ vm, onDetached }: DetachVmdksProps) {
  const { t } = useTranslation('recovery')
  const query = useQuery({
    ...vmBackupQueries.vmVmdkLocations(vm.moref, { freshness: 'now' }),
    enabled: !vm.isTemplate,
  })
  const [chosen, setChosen] = useState<string[]>([])
  const [confirmed, setConfirmed] = useState(false)
  const detach = useDetachVmdks()
  const write = useApplianceWrite()
  if (vm.isTemplate) {
    return (
      <Alert color="orange" variant="default" role="alert" icon={<IconAlertTriangle aria-hidden />}>
        {t('detach.template', { name: vm.name })}
      </Alert>
    )
  }
  const disks = attachedDisks(query.data?.response.vmdkLocationsList ?? [])
  const picked = disks.filter((disk) => chosen.includes(disk.vmdkPath))
  const edit = (apply: () => void) => {
    apply()
    write.rearm()
  }
  const send = () =>
    write.run({
      operation: 'detachVmdks',
      send: async () => {
        const reply = await detach.mutateAsync({
          params: { path: { moref: vm.moref } },
          body: { vmdksToDetach: picked },
        })
        onDetached(recoveryResultOf(reply))
        return true
      },
    })
  return (
    <QueryState
      query={query}
      errorContext={t('detach.loadFailed', { name: vm.name })}
      isEmpty={(data) => attachedDisks(data.response.vmdkLocationsList).length === 0}
      empty={t('detach.none', { name: vm.name })}
    >
      {() => (
        <Stack>
          <Checkbox.Group
            label={t('detach.label', { name: vm.name })}
            description={t('detach.description')}
            value={chosen}
            onChange={(next) => edit(() => setChosen(next))}
          >
            <Stack gap="xs" mt="xs">
              {disks.map((disk) => (
                <Paper withBorder p="xs" key={disk.vmdkPath}>
                  <Checkbox
                    value={disk.vmdkPath}
                    label={disk.diskName ?? disk.vmdkPath}
                    description={t('detach.diskFrom', {
                      path: disk.vmdkPath,
                      backupId: disk.attachedFromBackupId,
                    })}
                  />
                </Paper>
              ))}
            </Stack>
          </Checkbox.Group>
          <Checkbox
            label={t('detach.confirm', { count: picked.length, name: vm.name })}
            checked={confirmed}
            disabled={picked.length === 0}
            onChange={(event) => {
              const checked = event.currentTarget.checked
              edit(() => setConfirmed(checked))
            }}
          />
          {write.error && <ApiErrorAlert error={write.error} context={t('detach.failed')} />}
          <Group>
            <Button
              color="red"
              onClick={() => void send()}
              loading={write.pending}
              disabled={picked.length === 0 || !confirmed}
            >
              {t('detach.submit', { count: picked.length })}
            </Button>
            {picked.length > 0 && !confirmed && (
              <Text size="sm" c="dimmed">
                {t('detach.confirmFirst')}
              </Text>
            )}
          </Group>
        </Stack>
      )}
    </QueryState>
  )
}
