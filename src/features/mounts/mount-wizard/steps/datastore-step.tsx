import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { IconPlayerTrackNext } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { InventoryPicker, type InventoryItem } from '../../../../components/inventory-picker'
import type { WizardForm } from '../../../../components/wizard'
import { formMessage } from '../../../../lib/forms/form-message'
import { useMessageText } from '../../../../lib/forms/use-message-text'
import { afterDatastore, isVvolDatastore, type MountValues } from '../form'

/**
 * Step 1: the datastore, by name. vVol datastores are refused here with the reason, before any request. Enter
 * on a datastore picks it and moves on; "Mount the newest backup…" takes every default and opens the review.
 */
export function DatastoreStep({ wizard }: { wizard: WizardForm<MountValues> }) {
  const { t } = useTranslation('mounts')
  const text = useMessageText()
  const { form } = wizard
  const datastore = form.values.datastore
  const choose = (next: InventoryItem | null) => {
    form.setValues({ datastore: next, ...afterDatastore })
    form.clearFieldError('datastore')
    if (isVvolDatastore(next)) form.setFieldError('datastore', formMessage('mounts', 'rules.vvol'))
  }
  return (
    <Stack>
      <Text size="sm">{t('datastore.intro')}</Text>
      <InventoryPicker
        kind="datastore"
        label={t('datastore.label')}
        value={datastore}
        onChange={choose}
        onPickByEnter={() => void wizard.next()}
        autoFocus={datastore === null}
        required
        error={text(form.errors.datastore)}
        disableWhen={(item) => (isVvolDatastore(item) ? t('rules.vvol') : null)}
      />
      {datastore && !isVvolDatastore(datastore) && (
        <Group>
          <Button
            variant="default"
            leftSection={<IconPlayerTrackNext size={16} aria-hidden />}
            onClick={() => void wizard.skipTo('review')}
          >
            {t('datastore.newest', { name: datastore.name })}
          </Button>
        </Group>
      )}
      {datastore?.entered && (
        <Alert color="blue" variant="default" role="note">
          {t('datastore.entered')}
        </Alert>
      )}
    </Stack>
  )
}
