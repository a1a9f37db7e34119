/** The integrity states SCV documents (the two with spaces are the wire values). */
export const INTEGRITY_STATES = [
  'ACTIVE',
  'NORMAL',
  'ROLLOVER DELETE',
  'UNEXPECTED DELETE',
  'TAMPERED',
] as const
export type IntegrityState = (typeof INTEGRITY_STATES)[number]

export function isIntegrityState(value: unknown): value is IntegrityState {
  return typeof value === 'string' && (INTEGRITY_STATES as readonly string[]).includes(value)
}

/** Catalogue key for a state (`audit:integrity.<key>`): spaces are not key characters. */
export function integrityKey(state: IntegrityState): string {
  return state.replace(' ', '_')
}

/** States an operator must look into. */
export function needsAttention(state: unknown): boolean {
  return state === 'TAMPERED' || state === 'UNEXPECTED DELETE'
}

/** The appliance lists these files but no longer has them: there is nothing to open. */
export function isGone(state: unknown): boolean {
  return state === 'ROLLOVER DELETE' || state === 'UNEXPECTED DELETE'
}

export interface VerifyChange {
  fileName: string
  before: string | null
  after: string
}

/** What verification found, per file: each file's state after, and the ones whose state changed. */
export function compareVerification(
  before: ReadonlyArray<{ fileName: string; integrityStatus: string }>,
  after: ReadonlyArray<{ fileName: string; integrityStatus: string }>,
): { changed: VerifyChange[]; counts: Record<string, number> } {
  const was = new Map(before.map((f) => [f.fileName, f.integrityStatus]))
  const changed: VerifyChange[] = []
  const counts: Record<string, number> = {}
  for (const file of after) {
    counts[file.integrityStatus] = (counts[file.integrityStatus] ?? 0) + 1
    const previous = was.get(file.fileName) ?? null
    if (previous !== file.integrityStatus)
      changed.push({ fileName: file.fileName, before: previous, after: file.integrityStatus })
  }
  return { changed, counts }
}
