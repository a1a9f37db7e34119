import { useState } from 'react'
import { Button, Paper, Stack, Title } from '@mantine/core'
import { IconShieldCheck } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { auditQueries, useVerifyAuditLogs } from '../../../api/resources'
import type { AuditLogFile } from '../../../api'
import { WriteErrorAlert } from '../../../components/error/write-error-alert'
import { NotOfferedNotice } from '../../../components/not-offered/not-offered-notice'
import { useOfferedQuery } from '../../../components/not-offered/use-offered-query'
import { PageHeader } from '../../../components/page-header/page-header'
import { QueryState } from '../../../components/query-state/query-state'
import { useOperationUnsupported } from '../../../lib/appliance/unsupported-operations'
import { useApplianceWrite } from '../../../components/appliance-write/use-appliance-write'
import { AuditFilesTable } from '../components/audit-files-table'
import { AuditSettingsForm } from '../components/audit-settings-form'
import { IntegrityLegend } from '../components/integrity-legend'
import { SyslogCertificateForm } from '../components/syslog-certificate-form'
import { VerifyResult } from '../components/verify-result'

interface Verification {
  before: AuditLogFile[]
  after: AuditLogFile[]
}

/**
 * `/settings/audit` (W16): the audit files with their integrity, verification with a result per file, what
 * each state means, and the audit and syslog settings (SCV 4.9+; hidden with a reason on older appliances).
 */
export function AuditLogsPage() {
  const { t } = useTranslation('audit')
  const files = useQuery(auditQueries.logs())
  const settings = useOfferedQuery('getAuditConfig', auditQueries.config())
  const verify = useVerifyAuditLogs()
  const write = useApplianceWrite()
  const verifyUnsupported = useOperationUnsupported('verifyAuditLogs')
  const [verification, setVerification] = useState<Verification | null>(null)

  async function handleVerify() {
    const before = files.data?.response.auditLogResponseList ?? []
    await write.run({
      operation: 'verifyAuditLogs',
      send: async () => {
        const reply = await verify.mutateAsync({})
        setVerification({ before, after: reply.response.auditLogResponseList })
        return t('verify.done')
      },
      onNotSupported: () => setVerification(null),
    })
  }

  return (
    <>
      <PageHeader
        title={t('page.title')}
        description={t('page.description')}
        actions={
          !verifyUnsupported && (
            <Button
              leftSection={<IconShieldCheck size={16} aria-hidden />}
              onClick={() => void handleVerify()}
              loading={verify.isPending}
              disabled={verify.isPending || !files.data}
            >
              {t('verify.button')}
            </Button>
          )
        }
      />
      <Stack gap="lg">
        <WriteErrorAlert error={write.error} context={t('verify.failed')} />
        {verification && <VerifyResult before={verification.before} after={verification.after} />}
        <Paper withBorder p="md" component="section" aria-labelledby="audit-files-title">
          <Title order={2} size="h4" id="audit-files-title" mb="sm">
            {t('files.title')}
          </Title>
          <QueryState
            query={files}
            errorContext={t('files.loadError')}
            isEmpty={(data) => data.response.auditLogResponseList.length === 0}
            empty={t('files.empty')}
          >
            {(data) => <AuditFilesTable files={data.response.auditLogResponseList} />}
          </QueryState>
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="audit-states-title">
          <Title order={2} size="h4" id="audit-states-title" mb="sm">
            {t('integrity.title')}
          </Title>
          <IntegrityLegend />
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="audit-settings-title">
          <Title order={2} size="h4" id="audit-settings-title" mb="sm">
            {t('settings.title')}
          </Title>
          {settings.notOffered ? (
            <NotOfferedNotice call="GET 4.1/audit/config" reason={t('settings.notOfferedReason')} />
          ) : (
            <QueryState query={settings.query} errorContext={t('settings.loadError')}>
              {(data) => (
                <Stack gap="xl">
                  <AuditSettingsForm config={data.response} />
                  <Stack gap="xs">
                    <Title order={3} size="h5">
                      {t('certificate.title')}
                    </Title>
                    <SyslogCertificateForm expiry={data.response.syslogCertificateExpiry} />
                  </Stack>
                </Stack>
              )}
            </QueryState>
          )}
        </Paper>
      </Stack>
    </>
  )
}
