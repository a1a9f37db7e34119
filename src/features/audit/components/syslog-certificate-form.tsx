import { useState } from 'react'
import { Button, FileInput, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useUpdateSyslogCertificate } from '../../../api/resources'
import { WriteErrorAlert } from '../../../components/error/write-error-alert'
import { InferredOperationNote } from '../../../components/inferred-operation/inferred-operation-note'
import { formatDateTime } from '../../../lib/format/date-time'
import { useApplianceWrite } from '../../../components/appliance-write/use-appliance-write'
import { readFileText } from '../../../lib/files/read-file-text'
import { pemCertificateIssue } from '../../../lib/validation'

/**
 * The syslog server's certificate (`4.1/audit/syslogcert`; the method is not documented, PUT is inferred).
 * The file is read in the browser and checked as a PEM certificate before it is sent; a private key or a
 * DER file picked by mistake is named as such.
 */
export function SyslogCertificateForm({ expiry }: { expiry: string | null | undefined }) {
  const { t } = useTranslation('audit')
  const upload = useUpdateSyslogCertificate()
  const write = useApplianceWrite()
  const [file, setFile] = useState<File | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function handleUpload() {
    if (!file) {
      setError(t('certificate.errors.empty'))
      return
    }
    const text = await readFileText(file)
    const issue = pemCertificateIssue(text)
    if (issue) {
      setError(t(`certificate.errors.${issue}`))
      return
    }
    setError(null)
    const done = await write.run({
      operation: 'updateSyslogCertificate',
      send: async () => {
        await upload.mutateAsync({ body: { certificate: text } })
        return t('certificate.saved')
      },
      onError: (apiError) => {
        if (apiError.kind === 'validation' && apiError.scvMessage) setError(apiError.scvMessage)
      },
    })
    if (done) setFile(null)
  }

  return (
    <Stack gap="sm">
      <Text size="sm">
        {expiry ? t('certificate.current', { time: formatDateTime(expiry) }) : t('certificate.none')}
      </Text>
      {write.error?.kind !== 'validation' && (
        <WriteErrorAlert error={write.error} context={t('certificate.refused')} />
      )}
      <FileInput
        label={t('certificate.file')}
        description={t('certificate.fileDescription')}
        placeholder={t('certificate.placeholder')}
        accept=".pem,.crt,.cer"
        clearable
        value={file}
        onChange={(next) => {
          setFile(next)
          setError(null)
        }}
        error={error}
      />
      <InferredOperationNote call="PUT /4.1/audit/syslogcert" />
      <Group justify="flex-end">
        <Button
          variant="default"
          onClick={() => void handleUpload()}
          loading={upload.isPending}
          disabled={upload.isPending}
        >
          {t('certificate.upload')}
        </Button>
      </Group>
    </Stack>
  )
}
