import { useMemo } from 'react'
import { Button, Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core'
import { IconDownload } from '@tabler/icons-react'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { routes } from '../../../lib/routes'
import { auditQueries, fetchAuditFile } from '../../../api/resources'
import { flagParam, textParam, useListParams } from '../../../lib/url/list-params'
import { useSearchText } from '../../../lib/url/use-search-text'
import { ListSearch } from '../../../components/list-toolbar/list-toolbar'
import { ApiErrorAlert } from '../../../components/error/api-error-alert'
import { PageHeader } from '../../../components/page-header/page-header'
import { QueryState } from '../../../components/query-state/query-state'
import { saveBlob } from '../../../lib/download/save-blob'
import { formatBytes, formatNumber } from '../../../lib/format/number'
import { AuditEntriesViewer } from '../components/audit-entries-viewer'
import { IntegrityBadge } from '../components/integrity-badge'
import {
  eventTypes,
  filterAuditRows,
  toAuditRows,
  UNPARSED_EVENT,
  type AuditFilter,
} from '../model/audit-entries'

/** A `datetime-local` value (the viewer's own time) as epoch ms, or null. */
function localTime(value: string): number | null {
  if (!value) return null
  const ms = new Date(value).getTime()
  return Number.isFinite(ms) ? ms : null
}

/** The viewer's search, event type, time range and "as written" switch, in the URL. */
const viewerFields = {
  search: textParam('q'),
  event: textParam('event'),
  from: textParam('from'),
  to: textParam('to'),
  raw: flagParam('raw'),
}

/**
 * `/settings/audit/files/:fileName`: one audit file's lines, searchable and filtered by event type and time
 * (all kept in the URL), read as fields where the format allows and always available as written. Download
 * saves the file as the appliance stores it.
 */
export function AuditFilePage() {
  const { t } = useTranslation('audit')
  const fileName = useParams().fileName ?? ''
  const query = useQuery(auditQueries.file(fileName))
  const [{ search, event, from, to, raw }, setParams] = useListParams(viewerFields)
  const searchText = useSearchText(search, (text) => setParams({ search: text }))

  const download = useMutation({
    retry: false,
    mutationFn: async () => {
      const file = await fetchAuditFile(fileName)
      saveBlob(file.blob, file.fileName)
      return file
    },
  })

  const entries = query.data?.response.entries
  const rows = useMemo(() => toAuditRows(entries ?? []), [entries])
  const filter: AuditFilter = { search, event, from: localTime(from), to: localTime(to) }
  const shown = useMemo(
    () => filterAuditRows(rows, { search, event, from: localTime(from), to: localTime(to) }),
    [rows, search, event, from, to],
  )
  const events = useMemo(() => eventTypes(rows), [rows])
  const detail = query.data?.response

  return (
    <>
      <PageHeader
        title={fileName}
        crumbs={[{ label: t('page.title'), to: routes.settings.audit.href() }, { label: fileName }]}
        description={
          detail ? (
            <Group gap="xs" component="span">
              <IntegrityBadge state={detail.integrityStatus} />
              <Text span size="sm">
                {t('viewer.facts', { size: formatBytes(detail.size), count: rows.length })}
              </Text>
              {detail.checksum && (
                <Text span size="xs" c="dimmed" ff="monospace">
                  {detail.checksum}
                </Text>
              )}
            </Group>
          ) : undefined
        }
        actions={
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => download.mutate()}
            loading={download.isPending}
          >
            {t('viewer.download')}
          </Button>
        }
      />
      <Stack gap="sm">
        {download.error && <ApiErrorAlert error={download.error} context={t('viewer.downloadFailed')} />}
        <Group align="flex-end" gap="sm">
          <ListSearch
            label={t('viewer.search')}
            placeholder={t('viewer.searchPlaceholder')}
            search={searchText}
            width={280}
          />
          <Select
            label={t('viewer.event')}
            data={[
              { value: '', label: t('viewer.allEvents') },
              ...events.map((name) => ({ value: name, label: name })),
              { value: UNPARSED_EVENT, label: t('viewer.unparsedEvents') },
            ]}
            value={event}
            onChange={(value) => setParams({ event: value ?? '' })}
            allowDeselect={false}
            w={240}
          />
          <TextInput
            type="datetime-local"
            label={t('viewer.from')}
            value={from}
            onChange={(e) => setParams({ from: e.currentTarget.value })}
          />
          <TextInput
            type="datetime-local"
            label={t('viewer.to')}
            value={to}
            onChange={(e) => setParams({ to: e.currentTarget.value })}
          />
          <Switch
            label={t('viewer.raw')}
            checked={raw}
            onChange={(e) => setParams({ raw: e.currentTarget.checked })}
            mb={8}
          />
        </Group>
        <QueryState
          query={query}
          errorContext={t('viewer.loadError', { name: fileName })}
          isEmpty={(data) => (data.response.entries ?? []).length === 0}
          empty={t('viewer.empty')}
        >
          {() => (
            <Stack gap="xs">
              <Text size="sm" role="status" aria-live="polite">
                {t('viewer.count', { shown: formatNumber(shown.length), total: formatNumber(rows.length) })}
              </Text>
              {shown.length === 0 ? (
                <Text c="dimmed">{t('viewer.noMatch')}</Text>
              ) : (
                <AuditEntriesViewer rows={shown} raw={raw} resetKey={JSON.stringify(filter)} />
              )}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </>
  )
}
