import { useMutation } from '@tanstack/react-query'
import { scvClient } from '../../../api'

const EXTENSIONS: Array<[RegExp, string]> = [
  [/json/i, 'json'],
  [/zip/i, 'zip'],
  [/gzip|x-gz/i, 'gz'],
  [/text\//i, 'log'],
]

/** The file name the appliance suggests (Content-Disposition), or `job-<id>-logs.<ext>` from its type. */
export function logFileName(id: number, headers: Headers): string {
  const disposition = headers.get('Content-Disposition') ?? ''
  const suggested = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1]
  if (suggested) return decodeURIComponent(suggested.trim())
  const type = headers.get('Content-Type') ?? ''
  const ext = EXTENSIONS.find(([pattern]) => pattern.test(type))?.[1] ?? 'bin'
  return `job-${id}-logs.${ext}`
}

/** Hands a blob to the browser as a download. */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoke on the next task: Chromium starts the download from the click synchronously, Firefox a tick later.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/**
 * Downloads `GET /4.1/jobs/{id}/logs` as a file. The body is saved byte for byte as the appliance sent it
 * (read as a blob, never parsed and re-serialised), so support gets the appliance's own format.
 */
export function useDownloadJobLogs() {
  return useMutation({
    retry: false,
    mutationFn: async (id: number) => {
      const { data, response } = await scvClient.GET('/4.1/jobs/{id}/logs', {
        params: { path: { id } },
        // Ask for the appliance's own download (the GUI's log bundle) first; JSON only if that is all it has.
        headers: { Accept: 'application/octet-stream, */*;q=0.5' },
        parseAs: 'blob',
      })
      const blob = data ?? new Blob([], { type: response.headers.get('Content-Type') ?? '' })
      const fileName = logFileName(id, response.headers)
      saveBlob(blob, fileName)
      return { fileName, size: blob.size }
    },
  })
}
