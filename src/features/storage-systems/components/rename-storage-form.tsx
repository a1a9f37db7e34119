import { Alert, Button, Group, List, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { WriteErrorAlert } from '../../../components/error/write-error-alert'
import { useApplianceWrite } from '../../../components/appliance-write/use-appliance-write'
import { useFieldProps } from '../../../lib/forms/use-field-props'
import { validationKeys } from '../../../lib/validation'
import { useRenameStorageSystem } from '../../../api/resources'

interface RenameStorageFormProps {
  /** Prefills the name before the rename. */
  existingName: string
  onDone: () => void
  onCancel: () => void
}

interface RenameValues {
  existingName: string
  newName: string
}

const RENAME_STEPS = ['1', '2', '3', '4', '5'] as const

/**
 * W2b: records that an SVM was renamed in ONTAP (`PATCH /4.1/storage-system`), with the steps that must come
 * first, so backups taken under the old name can be restored.
 */
export function RenameStorageForm({ existingName, onDone, onCancel }: RenameStorageFormProps) {
  const { t } = useTranslation('storage-systems')
  const rename = useRenameStorageSystem()
  const write = useApplianceWrite()
  const form = useForm<RenameValues>({
    // An edit after a refusal makes the next click a new attempt, even within the double-click window.
    onValuesChange: write.rearm,
    initialValues: { existingName, newName: '' },
    validate: {
      existingName: (value) => (value.trim() ? null : validationKeys.required),
      newName: (value, values) => {
        if (!value.trim()) return validationKeys.required
        if (value.trim() === values.existingName.trim()) return t('rename.sameName')
        return null
      },
    },
  })
  const field = useFieldProps(form)

  async function handleSubmit(values: RenameValues) {
    const done = await write.run({
      operation: 'renameStorageSystem',
      send: async () => {
        const from = values.existingName.trim()
        const to = values.newName.trim()
        await rename.mutateAsync({ body: { existingSVM: { name: from }, newSVM: { name: to } } })
        return t('rename.done', { from, to })
      },
    })
    if (done) onDone()
  }

  return (
    <form onSubmit={(event) => form.onSubmit((values) => void handleSubmit(values))(event)} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('rename.when')}</Text>
        <Alert color="blue" variant="light" title={t('rename.stepsTitle')}>
          <List type="ordered" size="sm" spacing={2}>
            {RENAME_STEPS.map((step) => (
              <List.Item key={step}>{t(`rename.steps.${step}`)}</List.Item>
            ))}
          </List>
        </Alert>
        <WriteErrorAlert error={write.error} context={t('rename.submitError')} />
        <TextInput
          label={t('rename.existingName')}
          description={t('rename.existingNameDescription')}
          required
          autoComplete="off"
          {...field('existingName')}
        />
        <TextInput
          label={t('rename.newName')}
          description={t('rename.newNameDescription')}
          required
          autoComplete="off"
          data-autofocus
          {...field('newName')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={rename.isPending}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={rename.isPending} disabled={rename.isPending}>
            {t('rename.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
