import { Anchor, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { routes } from '../../../lib/routes'
import type { AuditLogFile } from '../../../api'
import { formatDateTime } from '../../../lib/format/date-time'
import { formatBytes } from '../../../lib/format/number'
import { isGone, needsAttention } from '../model/integrity'
import { IntegrityBadge } from './integrity-badge'
import { useTableRoom } from '../../../components/table-room/table-room'
import { FoldedDetails, Labelled } from '../../../components/table-room/folded-details'

/**
 * The audit files, newest first, with their integrity. Files the appliance no longer has are listed (their
 * state is the record) but cannot be opened; the two states that need attention are marked in the row too.
 * Below a laptop's width the size and the last verification fold under the name; on a phone the range and
 * the integrity too.
 */
export function AuditFilesTable({ files }: { files: readonly AuditLogFile[] }) {
  const { t } = useTranslation('audit')
  const sorted = [...files].sort(
    (a, b) => Date.parse(b.modifiedTime ?? '') - Date.parse(a.modifiedTime ?? ''),
  )
  const { atLeast } = useTableRoom()
  const laptop = atLeast('laptop')
  const phone = !atLeast('narrow')
  const rangeOf = (file: AuditLogFile) =>
    file.firstEntryTime
      ? t('files.rangeValue', {
          from: formatDateTime(file.firstEntryTime),
          to: formatDateTime(file.lastEntryTime ?? file.modifiedTime),
        })
      : t('files.until', { time: formatDateTime(file.modifiedTime) })
  return (
    <Table.ScrollContainer minWidth={laptop ? 760 : 0}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Caption>{t('files.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('files.columns.name')}</Table.Th>
            {laptop && <Table.Th>{t('files.columns.size')}</Table.Th>}
            {!phone && <Table.Th>{t('files.columns.range')}</Table.Th>}
            {!phone && <Table.Th>{t('files.columns.integrity')}</Table.Th>}
            {laptop && <Table.Th>{t('files.columns.verified')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((file) => (
            <Table.Tr key={file.fileName} data-attention={needsAttention(file.integrityStatus) || undefined}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
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
                <FoldedDetails
                  lines={[
                    phone && <IntegrityBadge state={file.integrityStatus} />,
                    phone && <Labelled label={t('files.columns.range')}>{rangeOf(file)}</Labelled>,
                    !laptop && <Labelled label={t('files.columns.size')}>{formatBytes(file.size)}</Labelled>,
                    !laptop && (
                      <Labelled label={t('files.columns.verified')}>
                        {formatDateTime(file.lastVerifiedTime)}
                      </Labelled>
                    ),
                  ]}
                />
              </Table.Td>
              {laptop && (
                <Table.Td>
                  <Text size="sm">{formatBytes(file.size)}</Text>
                </Table.Td>
              )}
              {!phone && (
                <Table.Td>
                  <Text size="sm">{rangeOf(file)}</Text>
                </Table.Td>
              )}
              {!phone && (
                <Table.Td>
                  <IntegrityBadge state={file.integrityStatus} />
                </Table.Td>
              )}
              {laptop && (
                <Table.Td>
                  <Text size="sm">{formatDateTime(file.lastVerifiedTime)}</Text>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
