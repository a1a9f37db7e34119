import { useMemo } from 'react'
import { Button, Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core'
import { IconDownload, IconSearch } from '@tabler/icons-react'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { routes } from '../../../lib/routes'
import { auditQueries, fetchAuditFile } from '../../../api/resources'
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

/**
 * `/settings/audit/files/:fileName`: one audit file's lines, searchable and filtered by event type and time
 * (all kept in the URL), read as fields where the format allows and always available as written. Download
 * saves the file as the appliance stores it.
 */
export function AuditFilePage() {
  const { t } = useTranslation('audit')
  const fileName = useParams().fileName ?? ''
  const query = useQuery(auditQueries.file(fileName))
  const [params, setParams] = useSearchParams()
  const search = params.get('q') ?? ''
  const event = params.get('event') ?? ''
  const from = params.get('from') ?? ''
  const to = params.get('to') ?? ''
  const raw = params.get('raw') === '1'
  const setParam = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (value) next.set(key, value)
        else next.delete(key)
        return next
      },
      { replace: true },
    )

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
          <TextInput
            label={t('viewer.search')}
            placeholder={t('viewer.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(e) => setParam('q', e.currentTarget.value)}
            w={280}
          />
          <Select
            label={t('viewer.event')}
            data={[
              { value: '', label: t('viewer.allEvents') },
              ...events.map((name) => ({ value: name, label: name })),
              { value: UNPARSED_EVENT, label: t('viewer.unparsedEvents') },
            ]}
            value={event}
            onChange={(value) => setParam('event', value ?? '')}
            allowDeselect={false}
            w={240}
          />
          <TextInput
            type="datetime-local"
            label={t('viewer.from')}
            value={from}
            onChange={(e) => setParam('from', e.currentTarget.value)}
          />
          <TextInput
            type="datetime-local"
            label={t('viewer.to')}
            value={to}
            onChange={(e) => setParam('to', e.currentTarget.value)}
          />
          <Switch
            label={t('viewer.raw')}
            checked={raw}
            onChange={(e) => setParam('raw', e.currentTarget.checked ? '1' : '')}
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
