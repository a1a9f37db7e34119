import { Alert, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Policy } from '../../../../api'
import type { RestCallView } from '../../../../api/rest-call'
import { ReviewFrame, type WizardForm } from '../../../../components/wizard'
import { spanningUnavailable } from '../../model/composition'
import { useApplianceZone } from '../../model/use-appliance-zone'
import type { ResourceGroupFormValues } from '../form-values'

interface SummaryStepProps {
  wizard: WizardForm<ResourceGroupFormValues>
  policies: readonly Policy[]
  /** The write Create / Save sends (W3's POST or W4's PUT); the reads happened on the earlier steps. */
  call: RestCallView
}

/** Step 6: what will be saved, and the exact REST call (W3 to create, W4 to edit). */
export function SummaryStep({ wizard, policies, call }: SummaryStepProps) {
  const { t } = useTranslation('resource-groups')
  const zone = useApplianceZone()
  const values = wizard.values
  const spanning = spanningUnavailable(values.entities) ? 'EXCLUDE_ALL' : values.spanningType
  const rows: [string, string][] = [
    [t('wizard.general.name'), values.name],
    [t('wizard.general.description'), values.description || '—'],
    [t('wizard.general.notification'), t(`notification.${values.notification}`)],
    ...(values.notification !== 'NEVER'
      ? ([[t('wizard.summary.email'), `${values.emailFrom} → ${values.emailTo}`]] as [string, string][])
      : []),
    [
      t('wizard.summary.snapshotName'),
      [
        values.useCustomSnapshotFormat ? values.snapshotNameFormat : t('wizard.summary.defaultFormat'),
        values.useLatestSnapshotName ? t('wizard.summary.withRecent') : null,
      ]
        .filter(Boolean)
        .join(' · '),
    ],
    [t('wizard.resources.scope'), t(`scope.${values.scope}`)],
    [
      t('wizard.summary.members', { count: values.entities.length }),
      values.entities
        .map((item) => (item.name === item.moref ? item.moref : `${item.name} (${item.moref})`))
        .join(', '),
    ],
    [t('wizard.spanning.label'), t(`spanning.${spanning}`)],
    [
      t('wizard.summary.policies'),
      values.policyIds.length === 0
        ? t('wizard.summary.noPolicies')
        : values.policyIds
            .map((id) => {
              const name = policies.find((policy) => policy.id === id)?.name ?? `#${id}`
              const schedule = values.schedules[String(id)]
              return schedule
                ? t('wizard.summary.schedule', {
                    policy: name,
                    type: t(`scheduleType.${schedule.type}`),
                    every: schedule.every,
                    date: schedule.startDate,
                    time: schedule.startTime,
                    zone: zone ?? t('wizard.summary.applianceZone'),
                  })
                : name
            })
            .join('; '),
    ],
  ]
  return (
    <ReviewFrame
      wizard={wizard}
      rows={rows}
      tableLabel={t('wizard.summary.tableLabel')}
      calls={[call]}
      label={(id) => t(`wizard.steps.${id}`)}
    >
      {values.policyIds.length === 0 && (
        <Alert color="yellow" variant="light">
          <Text size="sm">{t('wizard.policies.noPolicy')}</Text>
        </Alert>
      )}
    </ReviewFrame>
  )
}
