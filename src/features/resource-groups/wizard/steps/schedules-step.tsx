import {
  Alert,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { IconClock } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Policy } from '../../../../api'
import { useApplianceZone } from '../../model/use-appliance-zone'
import { useMessageText } from '../../../../lib/forms/use-message-text'
import { EVERY_MAX } from '../schema'
import { defaultSchedule, SCHEDULE_TYPES } from '../form-values'
import { useFieldProps } from '../../../../lib/forms/use-field-props'
import type { ResourceGroupForm } from '../form-values'

/** Step 5: one schedule per chosen policy, in the appliance's time zone. */
export function SchedulesStep({ form, policies }: { form: ResourceGroupForm; policies: readonly Policy[] }) {
  const { t } = useTranslation('resource-groups')
  const field = useFieldProps(form)
  const errorText = useMessageText()
  const zone = useApplianceZone()
  const values = form.getValues()

  return (
    <Stack>
      <Alert
        variant="light"
        color="blue"
        icon={<IconClock aria-hidden />}
        title={t('wizard.schedules.zoneTitle')}
      >
        {zone ? t('wizard.schedules.zoneKnown', { zone }) : t('wizard.schedules.zoneUnknown')}
      </Alert>
      {values.policyIds.length === 0 && <Text c="dimmed">{t('wizard.schedules.noPolicies')}</Text>}
      {typeof form.errors.schedules === 'string' && (
        <Alert color="red" variant="light" role="alert">
          {errorText(form.errors.schedules)}
        </Alert>
      )}
      {values.policyIds.map((id) => {
        const key = String(id)
        const schedule = values.schedules[key] ?? defaultSchedule()
        const policyName = policies.find((policy) => policy.id === id)?.name ?? `#${id}`
        const path = `schedules.${key}`
        return (
          <Fieldset key={key} legend={t('wizard.schedules.legend', { policy: policyName })}>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
              <Select
                label={t('wizard.schedules.type')}
                data={SCHEDULE_TYPES.map((type) => ({ value: type, label: t(`scheduleType.${type}`) }))}
                allowDeselect={false}
                {...field(`${path}.type`)}
              />
              <NumberInput
                label={t('wizard.schedules.every')}
                description={t(`wizard.schedules.unit.${schedule.type}`, { max: EVERY_MAX[schedule.type] })}
                min={1}
                max={EVERY_MAX[schedule.type]}
                allowDecimal={false}
                clampBehavior="none"
                required
                {...field(`${path}.every`)}
              />
              <TextInput
                type="date"
                label={t('wizard.schedules.startDate')}
                required
                {...field(`${path}.startDate`)}
              />
              <TextInput
                type="time"
                label={t('wizard.schedules.startTime')}
                description={t('wizard.schedules.startTimeHint')}
                required
                {...field(`${path}.startTime`)}
              />
            </SimpleGrid>
            {schedule.type === 'DAILY' && Number(schedule.every) > 1 && (
              <Group mt="xs">
                <Text size="xs" c="dimmed">
                  {t('wizard.schedules.everyNDaysNote')}
                </Text>
              </Group>
            )}
          </Fieldset>
        )
      })}
    </Stack>
  )
}
