/**
 * Live status shown in the header on every page (the running-jobs indicator lives here once the jobs
 * feature provides it).
 */
export function HeaderStatusSlot() {
  return null
}
