import { Badge, Radio, Stack, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { QueryState } from '../../../components/query-state/query-state'
import { ReviewFrame, type WizardForm } from '../../../components/wizard'
import { formatApplianceTime } from '../../../lib/format/date-time'
import { useMessageText } from '../../../lib/forms/use-message-text'
import { vmBackupQueries } from '../../../api/resources'
import { DiskChecklist } from '../components/disk-checklist'
import { VmPick } from '../components/vm-pick'
import { attachableDisks, attachVmdksCall, type AttachVmdksValues } from './form'

type Props = { wizard: WizardForm<AttachVmdksValues> }

/** Step 3: the disks of the backup (W9 step 3, `vmdkLocationsList` with the backup id), each with its location. */
export function AttachDisksStep({ wizard }: Props) {
  const { t } = useTranslation('restore')
  const text = useMessageText()
  const { form } = wizard
  const { vm, backup } = form.values
  const query = useQuery({
    ...vmBackupQueries.vmdkLocations(vm?.moref ?? '', backup?.backupId ?? 0),
    enabled: vm !== null && backup !== null,
  })
  return (
    <QueryState
      query={query}
      errorContext={t('attach.disks.loadFailed')}
      isEmpty={(data) => attachableDisks(data.response.vmdkLocationsList).length === 0}
      empty={t('attach.disks.none')}
    >
      {(data) => {
        const disks = attachableDisks(data.response.vmdkLocationsList)
        return (
          <DiskChecklist
            disks={disks}
            label={t('attach.disks.label')}
            description={t('attach.disks.description')}
            value={form.values.disks}
            onChange={(chosen) => {
              form.setFieldValue('disks', chosen)
              form.clearFieldError('disks')
            }}
            error={text(form.errors.disks)}
            detail={(disk) => disk.vmdkPath}
            aside={(disk) => (
              <Badge variant="default" size="sm">
                {t(`recovery:location.type.${disk.locationType ?? 'PRIMARY'}`)}
              </Badge>
            )}
          />
        )
      }}
    </QueryState>
  )
}

/** Step 4: attach to this VM (proposed) or to another one, chosen by name (`alternateVmMoref`). */
export function AttachTargetStep({ wizard }: Props) {
  const { t } = useTranslation('restore')
  const text = useMessageText()
  const { form } = wizard
  return (
    <Stack>
      <Radio.Group
        label={t('attach.target.label')}
        value={form.values.target ?? ''}
        onChange={(value) => {
          form.setValues({ target: value === 'alternate' ? 'alternate' : 'this' })
          form.clearFieldError('target')
        }}
        error={text(form.errors.target)}
        required
      >
        <Stack gap="xs" mt="xs">
          <Radio value="this" label={t('attach.target.this', { name: form.values.vm?.name ?? '' })} />
          <Radio value="alternate" label={t('attach.target.alternate')} />
        </Stack>
      </Radio.Group>
      {form.values.target === 'alternate' && (
        <VmPick
          label={t('attach.target.alternateLabel')}
          intro={t('attach.target.alternateIntro')}
          value={form.values.alternateVm}
          onChange={(alternateVm) => {
            form.setFieldValue('alternateVm', alternateVm)
            form.clearFieldError('alternateVm')
          }}
          templateRule={t('attach.rules.template')}
          error={text(form.errors.alternateVm)}
          autoFocus
        />
      )}
    </Stack>
  )
}

/** Step 5: which disks go where, the defaults taken, and the exact REST call. */
export function AttachReviewStep({ wizard }: Props) {
  const { t } = useTranslation('restore')
  const values = wizard.values
  const call = attachVmdksCall(values)
  const time = values.backup ? formatApplianceTime(values.backup.createdTime, { withZone: true }) : ''
  const targetVm = values.target === 'alternate' ? values.alternateVm : values.vm
  const rows: Array<[string, string]> = [
    [t('attach.review.source'), values.vm ? `${values.vm.name} (${values.vm.moref})` : '—'],
    [t('review.backup'), values.backup ? `${values.backup.backupName} · ${time}` : '—'],
    [t('attach.review.disks'), values.disks.map((disk) => disk.diskName ?? disk.vmdkPath).join(', ') || '—'],
    [t('attach.review.target'), targetVm ? `${targetVm.name} (${targetVm.moref})` : '—'],
  ]
  return (
    <ReviewFrame
      wizard={wizard}
      rows={rows}
      calls={call ? [call] : []}
      label={(id) => t(`attach.steps.${id}`)}
    >
      <Text size="sm">{t('attach.review.whatHappens', { name: targetVm?.name ?? '' })}</Text>
    </ReviewFrame>
  )
}
