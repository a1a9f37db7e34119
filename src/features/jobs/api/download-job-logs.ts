import { useMutation } from '@tanstack/react-query'
import { fetchJobLogs } from '../../../api/resources'

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

/** Downloads a job's logs as a file (see `fetchJobLogs`). */
export function useDownloadJobLogs() {
  return useMutation({
    retry: false,
    mutationFn: async (id: number) => {
      const { blob, fileName } = await fetchJobLogs(id)
      saveBlob(blob, fileName)
      return { fileName, size: blob.size }
    },
  })
}
