import { Anchor, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { routes } from '../../../lib/routes'
import type { AuditLogFile } from '../../../api'
import { formatDateTime } from '../../../lib/format/date-time'
import { formatBytes } from '../../../lib/format/number'
import { isGone, needsAttention } from '../model/integrity'
import { IntegrityBadge } from './integrity-badge'

/**
 * The audit files, newest first, with their integrity. Files the appliance no longer has are listed (their
 * state is the record) but cannot be opened; the two states that need attention are marked in the row too.
 */
export function AuditFilesTable({ files }: { files: readonly AuditLogFile[] }) {
  const { t } = useTranslation('audit')
  const sorted = [...files].sort(
    (a, b) => Date.parse(b.modifiedTime ?? '') - Date.parse(a.modifiedTime ?? ''),
  )
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Caption>{t('files.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('files.columns.name')}</Table.Th>
            <Table.Th>{t('files.columns.size')}</Table.Th>
            <Table.Th>{t('files.columns.range')}</Table.Th>
            <Table.Th>{t('files.columns.integrity')}</Table.Th>
            <Table.Th>{t('files.columns.verified')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((file) => (
            <Table.Tr key={file.fileName} data-attention={needsAttention(file.integrityStatus) || undefined}>
              <Table.Td>
                {isGone(file.integrityStatus) ? (
                  <>
                    <Text size="sm">{file.fileName}</Text>
                    <Text size="xs" c="dimmed">
                      {t('files.gone')}
                    </Text>
                  </>
                ) : (
                  <Anchor
                    component={Link}
                    to={routes.settings.auditFile.href(file.fileName)}
                    size="sm"
                    aria-label={t('files.open', { name: file.fileName })}
                  >
                    {file.fileName}
                  </Anchor>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatBytes(file.size)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {file.firstEntryTime
                    ? t('files.rangeValue', {
                        from: formatDateTime(file.firstEntryTime),
                        to: formatDateTime(file.lastEntryTime ?? file.modifiedTime),
                      })
                    : t('files.until', { time: formatDateTime(file.modifiedTime) })}
                </Text>
              </Table.Td>
              <Table.Td>
                <IntegrityBadge state={file.integrityStatus} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(file.lastVerifiedTime)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
