import { useCallback, useMemo } from 'react'

/**
 * What a wizard's result page needs after the submit (the job id, what the user chose), kept for this tab so a
 * reload of the result page still shows the job: `const result = useWizardResult<RestoreResult>('restore-vm')`.
 */
export function useWizardResult<Result>(key: string) {
  const storageKey = `scv.wizard-result.${key}`
  const save = useCallback(
    (result: Result) => {
      try {
        sessionStorage.setItem(storageKey, JSON.stringify(result))
      } catch {
        // Without storage the result page still works until a reload.
      }
    },
    [storageKey],
  )
  const load = useCallback((): Result | null => {
    try {
      const saved = sessionStorage.getItem(storageKey)
      return saved ? (JSON.parse(saved) as Result) : null
    } catch {
      return null
    }
  }, [storageKey])
  return useMemo(() => ({ save, load }), [save, load])
}
