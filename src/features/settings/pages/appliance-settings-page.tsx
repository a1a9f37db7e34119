import { Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../../components/page-header/page-header'
import { ConfigurationKeys } from '../components/configuration-keys'
import { JobRetentionSection } from '../components/job-retention-form'
import { VcenterRegistration } from '../components/vcenter-registration'

function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string
  title: string
  intro?: string
  children: React.ReactNode
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb={4}>
        {title}
      </Title>
      {intro && (
        <Text size="sm" c="dimmed" mb="sm" maw={760}>
          {intro}
        </Text>
      )}
      {children}
    </Paper>
  )
}

/**
 * `/settings/appliance`: job and job-log retention, the configuration keys, and vCenter registration. Each
 * uses calls that a given appliance may not have; what it lacks is hidden for the session with the reason.
 */
export function ApplianceSettingsPage() {
  const { t } = useTranslation('settings')
  return (
    <>
      <PageHeader title={t('appliance.title')} description={t('appliance.description')} />
      <Stack gap="lg">
        <Section id="retention-title" title={t('retention.title')} intro={t('retention.intro')}>
          <JobRetentionSection />
        </Section>
        <Section id="config-title" title={t('config.title')} intro={t('config.intro')}>
          <ConfigurationKeys />
        </Section>
        <Section id="vcenter-title" title={t('vcenter.title')} intro={t('vcenter.intro')}>
          <VcenterRegistration />
        </Section>
      </Stack>
    </>
  )
}
