import { Alert, Select, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { QueryState } from '../../../../components/query-state/query-state'
import type { WizardForm } from '../../../../components/wizard'
import { formatBytes } from '../../../../lib/format/number'
import { useMessageText } from '../../../../lib/forms/use-message-text'
import { vmBackupQueries } from '../../../../api/resources'
import { spaceShortages, type RestoreVmdksValues } from '../form'

/**
 * Step 5: a destination datastore per chosen disk (W8 step 5, `DatastoreNameList`), the disk's own one first
 * choice. A destination without room for its disks is named here, before any write.
 */
export function DatastoresStep({ wizard }: { wizard: WizardForm<RestoreVmdksValues> }) {
  const { t } = useTranslation('restore')
  const text = useMessageText()
  const { form } = wizard
  const { vm, backup, disks, targets } = form.values
  const query = useQuery({
    ...vmBackupQueries.availableDatastores(vm?.moref ?? '', backup?.backupId ?? 0),
    enabled: vm !== null && backup !== null,
  })
  return (
    <QueryState
      query={query}
      errorContext={t('vmdks.datastores.loadFailed')}
      isEmpty={(data) => data.response.DatastoreNameList.length === 0}
      empty={t('vmdks.datastores.none')}
    >
      {(data) => {
        const space = data.response.datastoreSpace
        const freeOf = (name: string) => space?.find((entry) => entry.name === name)?.freeBytes
        const options = data.response.DatastoreNameList.map((name) => {
          const free = freeOf(name)
          return {
            value: name,
            label:
              free === undefined ? name : t('vmdks.datastores.option', { name, free: formatBytes(free) }),
          }
        })
        const shortages = spaceShortages(disks, targets, space)
        return (
          <Stack>
            <Text size="sm">{t('vmdks.datastores.intro')}</Text>
            {vm?.isVvol && (
              <Alert color="blue" variant="light" role="note">
                {t('vmdks.rules.vvol')}
              </Alert>
            )}
            {disks.map((disk) => {
              const own = disk.datastore
              const vvolOptions = [{ value: own, label: own }]
              return (
                <Select
                  key={disk.vmdkPath}
                  label={t('vmdks.datastores.label', { disk: disk.diskName ?? disk.vmdkPath })}
                  description={t('vmdks.datastores.description', { path: disk.vmdkPath, own })}
                  data={vm?.isVvol ? vvolOptions : options}
                  value={targets[disk.vmdkPath] ?? null}
                  onChange={(name) => {
                    const next = { ...targets }
                    if (name) next[disk.vmdkPath] = name
                    else delete next[disk.vmdkPath]
                    form.setFieldValue('targets', next)
                    form.clearFieldError('targets')
                  }}
                  searchable
                  required
                  allowDeselect={false}
                />
              )
            })}
            {form.errors.targets && (
              <Text c="red" size="sm" role="alert">
                {text(form.errors.targets)}
              </Text>
            )}
            {shortages.map((shortage) => (
              <Alert
                key={shortage.datastore}
                color="red"
                variant="default"
                role="alert"
                icon={<IconAlertTriangle aria-hidden />}
              >
                {t('vmdks.rules.space', {
                  datastore: shortage.datastore,
                  needed: formatBytes(shortage.neededBytes),
                  free: formatBytes(shortage.freeBytes),
                })}
              </Alert>
            ))}
          </Stack>
        )
      }}
    </QueryState>
  )
}
