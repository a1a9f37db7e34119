import { Button, Group, NumberInput, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { jobRetentionQueries, useUpdateJobRetention } from '../../../api/resources'
import type { JobCleanupConfig } from '../../../api'
import { WriteErrorAlert } from '../../../components/error/write-error-alert'
import { InferredOperationNote } from '../../../components/inferred-operation/inferred-operation-note'
import { NotOfferedNotice } from '../../../components/not-offered/not-offered-notice'
import { useOfferedQuery } from '../../../components/not-offered/use-offered-query'
import { QueryState } from '../../../components/query-state/query-state'
import { useApplianceWrite } from '../../../components/appliance-write/use-appliance-write'
import { useFieldProps } from '../../../lib/forms/use-field-props'
import { retentionFieldFor, validateRetention, type RetentionValues } from '../model/appliance-forms'

/**
 * How long SCV keeps jobs and job logs (`/4.1/jobs/cleanup`, inferred). The purge runs every 6 hours and its
 * schedule cannot be changed; the page says so rather than offering it.
 */
export function JobRetentionSection() {
  const { t } = useTranslation('settings')
  const offered = useOfferedQuery('getJobCleanupConfig', jobRetentionQueries.config())
  if (offered.notOffered)
    return <NotOfferedNotice call="GET /4.1/jobs/cleanup" reason={t('not-offered:inferred')} />
  return (
    <QueryState query={offered.query} errorContext={t('retention.loadError')}>
      {(data) => <JobRetentionForm config={data.response} />}
    </QueryState>
  )
}

function JobRetentionForm({ config }: { config: JobCleanupConfig }) {
  const { t } = useTranslation('settings')
  const update = useUpdateJobRetention()
  const write = useApplianceWrite()
  const form = useForm<RetentionValues>({
    // An edit after a refusal makes the next click a new attempt, even within the double-click window.
    onValuesChange: write.rearm,
    initialValues: {
      jobRetentionDays: config.jobRetentionDays,
      jobLogRetentionDays: config.jobLogRetentionDays,
    },
    validate: validateRetention,
  })
  const field = useFieldProps(form)
  async function handleSubmit(values: RetentionValues) {
    await write.run({
      operation: 'updateJobCleanupConfig',
      send: async () => {
        await update.mutateAsync({
          body: {
            jobRetentionDays: Number(values.jobRetentionDays),
            jobLogRetentionDays: Number(values.jobLogRetentionDays),
          },
        })
        return t('retention.saved')
      },
      onError: (apiError) => {
        const target = apiError.kind === 'validation' ? retentionFieldFor(apiError.scvMessage) : undefined
        if (target && apiError.scvMessage) form.setFieldError(target, apiError.scvMessage)
      },
    })
  }
  return (
    <form onSubmit={form.onSubmit((values) => void handleSubmit(values))} noValidate>
      <Stack gap="sm">
        <WriteErrorAlert error={write.error} context={t('retention.refused')} />
        <Group grow align="flex-start">
          <NumberInput
            label={t('retention.jobs')}
            description={t('retention.jobsDescription')}
            allowDecimal={false}
            allowNegative={false}
            required
            {...field('jobRetentionDays')}
          />
          <NumberInput
            label={t('retention.logs')}
            description={t('retention.logsDescription')}
            allowDecimal={false}
            allowNegative={false}
            required
            {...field('jobLogRetentionDays')}
          />
        </Group>
        <Text size="sm">{t('retention.purge')}</Text>
        <InferredOperationNote call="PUT /4.1/jobs/cleanup" />
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending} disabled={update.isPending}>
            {t('retention.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
