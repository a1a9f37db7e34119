/** What the mount result page needs after Mount, kept for this tab so a reload still shows the job. */
export interface MountResult {
  jobId: number | null
  message: string | null
  datastoreName: string
  backupName: string
  esxHostName: string
}

/** `useWizardResult` key of the mount wizard. */
export const MOUNT_RESULT = 'mount'
