import { Link } from 'react-router'
import { Alert, Anchor, Text } from '@mantine/core'
import { Trans, useTranslation } from 'react-i18next'
import type { InventoryItem } from '../../../components/inventory-picker'
import { ReviewFrame, type WizardForm } from '../../../components/wizard'
import { formMessage } from '../../../lib/forms/form-message'
import { useMessageText } from '../../../lib/forms/use-message-text'
import { formatApplianceTime } from '../../../lib/format/date-time'
import { routes } from '../../../lib/routes'
import { VmPick } from '../components/vm-pick'
import { RunningOnBackupGroup } from '../components/recovery-steps'
import { WhatHappens } from '../../../components/recovery'
import { restoreCall } from '../restore-vm-wizard/form'
import {
  afterDeletedVm,
  hostsDatastore,
  isGivenByUuid,
  type DatastoreRef,
  type RestoreDeletedVmValues,
} from './form'

type Wizard = WizardForm<RestoreDeletedVmValues>

/** Step 1: the deleted VM by UUID. VMs vCenter still has are listed but refused: W6 restores them in place. */
export function DeletedVmStep({ wizard }: { wizard: Wizard }) {
  const { t } = useTranslation('restore')
  const text = useMessageText()
  const { form } = wizard
  const choose = (vm: InventoryItem | null) => {
    form.setValues({ vm, ...afterDeletedVm })
    form.clearFieldError('vm')
    if (vm && !isGivenByUuid(vm)) form.setFieldError('vm', formMessage('restore', 'deleted.rules.live'))
  }
  return (
    <>
      <VmPick
        label={t('deleted.vmLabel')}
        intro={t('deleted.vmIntro')}
        value={form.values.vm}
        onChange={choose}
        onPickByEnter={() => void wizard.next()}
        templateRule={t('rules.template')}
        disableWhen={(item) => (item.entered ? null : t('deleted.inVcenter'))}
        error={text(form.errors.vm)}
      />
      <Text size="sm">
        <Trans
          t={t}
          i18nKey="deleted.fromDatastore"
          components={{
            browse: <Anchor component={Link} to={routes.backups.browser.href()} underline="always" />,
          }}
        />
      </Text>
    </>
  )
}

/** Which datastore's moref the hosts call takes, and why (scv-api.md §5.4: the docs give none for a deleted VM). */
export function HostsDatastoreNote({
  datastore,
  fromLink,
}: {
  datastore: DatastoreRef | null
  fromLink: boolean
}) {
  const { t } = useTranslation('restore')
  if (!datastore) return null
  return (
    <Alert color="blue" variant="default" role="note" title={t('deleted.hostsNoteTitle')}>
      <Text size="sm">
        {t(fromLink ? 'deleted.hostsFromLink' : 'deleted.hostsFromBackup', {
          name: datastore.name,
          moref: datastore.moref,
        })}
      </Text>
    </Alert>
  )
}

/** Step 5: what will happen (tags and folders are not restored; vsadmin rights), and the exact REST call. */
export function DeletedVmReviewStep({ wizard }: { wizard: Wizard }) {
  const { t } = useTranslation('restore')
  const values = wizard.values
  const call = restoreCall(values)
  const datastore = hostsDatastore(values)
  const time = values.backup ? formatApplianceTime(values.backup.createdTime, { withZone: true }) : ''
  const restart = values.restartVM === true && !values.backup?.partial
  const rows: Array<[string, string]> = [
    [t('deleted.review.vm'), values.vm ? `${values.vm.name} (${values.vm.moref})` : '—'],
    [t('review.backup'), values.backup ? `${values.backup.backupName} · ${time}` : '—'],
    [t('review.location'), values.locationType ? t(`recovery:location.type.${values.locationType}`) : '—'],
    [t('deleted.review.hostsBy'), datastore ? `${datastore.name} (${datastore.moref})` : '—'],
    [t('review.host'), values.esxHost || '—'],
    [t('review.restart'), restart ? t('yes') : t('no')],
  ]
  return (
    <ReviewFrame
      wizard={wizard}
      rows={rows}
      calls={call ? [call] : []}
      label={(id) => t(`deleted.steps.${id}`)}
    >
      <RunningOnBackupGroup backup={values.backup} />
      <WhatHappens
        title={t('review.whatHappens')}
        tone="info"
        items={[
          t('deleted.review.registered', { name: values.vm?.name ?? '', host: values.esxHost, time }),
          t('deleted.review.notRestored'),
          t('deleted.review.vsadmin'),
          t('deleted.review.noGroup', { name: values.vm?.name ?? '' }),
          values.backup?.partial && t('review.partial'),
        ]}
        once={t('review.once')}
      />
    </ReviewFrame>
  )
}
