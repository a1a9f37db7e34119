import { useMutation } from '@tanstack/react-query'
import { fetchJobLogs } from '../../../api/resources'
import { saveBlob } from '../../../lib/download/save-blob'

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
