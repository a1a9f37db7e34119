import { useQueryClient } from '@tanstack/react-query'
import { scvClient } from '../client'
import type { AuditLogFileDetailResponse } from '../types'
import { resourceKey, resourceQuery, useResourceMutation } from './query'

/**
 * The file's JSON reading; an appliance that answers with the file itself gets its lines read as raw entries
 * (the viewer parses them), with the state unknown.
 */
function asAuditFileDetail(
  filename: string,
  data: AuditLogFileDetailResponse | string,
): AuditLogFileDetailResponse {
  if (typeof data !== 'string') return data
  const entries = data
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((raw) => ({ raw }))
  return { response: { fileName: filename, integrityStatus: '', size: data.length, entries } }
}

/** Key prefixes of the audit reads (W16). */
const auditKeys = {
  logs: resourceKey('/4.1/audit/logs'),
  file: resourceKey('/4.1/audit/logs/{filename}'),
  config: resourceKey('/4.1/audit/config'),
}

/** The audit resource: the files with their integrity, one file's entries, and the audit/syslog settings. */
export const auditQueries = {
  /** `GET 4.1/audit/logs`. */
  logs: () => resourceQuery('get', '/4.1/audit/logs'),
  /**
   * `GET 4.1/audit/logs/{filename}`. A file is read whole (a few MB at most, the size limit); it changes only
   * as the active file grows, so it is not polled.
   */
  file: (filename: string) =>
    resourceQuery(
      'get',
      '/4.1/audit/logs/{filename}',
      { params: { path: { filename } }, headers: { Accept: 'application/json' } },
      { select: (data) => asAuditFileDetail(filename, data) },
    ),
  /** `GET 4.1/audit/config` (SCV 4.9+). */
  config: () => resourceQuery('get', '/4.1/audit/config'),
}

/**
 * `POST 4.1/audit/verify`: the reply lists every file with its state after the check. The list is refreshed
 * (states and "last verified" change) and the verification itself is an audited event of the active file.
 */
export function useVerifyAuditLogs() {
  const queryClient = useQueryClient()
  return useResourceMutation('post', '/4.1/audit/verify', {
    retry: false,
    onSuccess: (data) => {
      queryClient.setQueryData(auditQueries.logs().queryKey, data)
      return queryClient.invalidateQueries({ queryKey: auditKeys.file })
    },
  })
}

/** `PUT 4.1/audit/config`. A lower file limit may rotate files out, so the file list is refreshed too. */
export function useUpdateAuditConfig() {
  const queryClient = useQueryClient()
  return useResourceMutation('put', '/4.1/audit/config', {
    retry: false,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: auditKeys.config }),
        queryClient.invalidateQueries({ queryKey: auditKeys.logs }),
      ]),
  })
}

/** `4.1/audit/syslogcert` (method inferred: PUT). The settings show the certificate's expiry, so they refresh. */
export function useUpdateSyslogCertificate() {
  const queryClient = useQueryClient()
  return useResourceMutation('put', '/4.1/audit/syslogcert', {
    retry: false,
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: auditKeys.config }),
  })
}

/** The file name the appliance suggests (Content-Disposition), or null. */
function suggestedName(headers: Headers): string | null {
  const suggested = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(
    headers.get('Content-Disposition') ?? '',
  )?.[1]
  return suggested ? decodeURIComponent(suggested.trim()) : null
}

/**
 * One audit file as the appliance stores it, for download: asked for as text or bytes and kept as received,
 * never rebuilt from the parsed entries.
 */
export async function fetchAuditFile(filename: string): Promise<{ blob: Blob; fileName: string }> {
  const { data, response } = await scvClient.GET('/4.1/audit/logs/{filename}', {
    params: { path: { filename } },
    headers: { Accept: 'text/plain, application/octet-stream;q=0.9, */*;q=0.1' },
    parseAs: 'blob',
  })
  const blob = data ?? new Blob([], { type: response.headers.get('Content-Type') ?? '' })
  return { blob, fileName: suggestedName(response.headers) ?? filename }
}
