import { scvClient } from '../client'

const EXTENSIONS: Array<[RegExp, string]> = [
  [/json/i, 'json'],
  [/zip/i, 'zip'],
  [/gzip|x-gz/i, 'gz'],
  [/text\//i, 'log'],
]

/** The file name the appliance suggests (Content-Disposition), or `job-<id>-logs.<ext>` from its type. */
function logFileName(id: number, headers: Headers): string {
  const disposition = headers.get('Content-Disposition') ?? ''
  const suggested = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1]
  if (suggested) return decodeURIComponent(suggested.trim())
  const type = headers.get('Content-Type') ?? ''
  const ext = EXTENSIONS.find(([pattern]) => pattern.test(type))?.[1] ?? 'bin'
  return `job-${id}-logs.${ext}`
}

/**
 * `GET /4.1/jobs/{id}/logs` as a file: the body byte for byte as the appliance sent it (read as a blob, never
 * parsed and re-serialised), so support gets the appliance's own format, with the name it suggests.
 */
export async function fetchJobLogs(id: number): Promise<{ blob: Blob; fileName: string }> {
  const { data, response } = await scvClient.GET('/4.1/jobs/{id}/logs', {
    params: { path: { id } },
    // Ask for the appliance's own download (the GUI's log bundle) first; JSON only if that is all it has.
    headers: { Accept: 'application/octet-stream, */*;q=0.5' },
    parseAs: 'blob',
  })
  const blob = data ?? new Blob([], { type: response.headers.get('Content-Type') ?? '' })
  return { blob, fileName: logFileName(id, response.headers) }
}
