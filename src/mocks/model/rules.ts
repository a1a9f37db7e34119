/**
 * The appliance's validation rules (scv-api.md §4). Each returns an error message or null, so handlers can
 * answer with the same kind of 400 the appliance sends.
 */

/** Characters SCV refuses in VM, datastore, cluster, policy, backup and resource-group names (space included). */
export const FORBIDDEN_NAME_CHARACTERS = [
  '%',
  '&',
  '*',
  '$',
  '#',
  '@',
  '!',
  '\\',
  '/',
  ':',
  '?',
  '"',
  '<',
  '>',
  '-',
  '|',
  ';',
  "'",
  ',',
  ' ',
]

export const MAX_RETENTION = 1018
export const MAX_SNAPSHOT_LABEL = 31

/** Checks an SCV object name against the forbidden characters. */
export function checkName(kind: string, name: unknown): string | null {
  if (typeof name !== 'string' || name.trim() === '') return `${kind} name is required.`
  const bad = FORBIDDEN_NAME_CHARACTERS.filter((c) => name.includes(c))
  if (bad.length > 0) {
    const shown = bad.map((c) => (c === ' ' ? 'space' : c)).join(' ')
    return `${kind} name '${name}' contains characters that are not allowed: ${shown}. Use letters, digits and underscore.`
  }
  if (name.length > 256) return `${kind} name is longer than 256 characters.`
  return null
}

/** Retention must be 1..1018, and at least 2 when SnapVault is updated after the backup. */
export function checkRetention(value: unknown, snapVault: boolean): string | null {
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'Retention must be a whole number.'
  const min = snapVault ? 2 : 1
  if (value < min || value > MAX_RETENTION) {
    return snapVault
      ? `Retention must be between 2 and ${MAX_RETENTION} when SnapVault is enabled.`
      : `Retention must be between 1 and ${MAX_RETENTION}.`
  }
  return null
}

/** A SnapMirror/SnapVault snapshot label is at most 31 characters. */
export function checkSnapshotLabel(label: unknown): string | null {
  if (label === null || label === undefined || label === '') return null
  if (typeof label !== 'string') return 'Snapshot label must be text.'
  return label.length > MAX_SNAPSHOT_LABEL
    ? `Snapshot label '${label}' is longer than ${MAX_SNAPSHOT_LABEL} characters.`
    : null
}

/** A cron expression with 6 or 7 fields (Quartz style, as the built-in schedules use). */
export function checkCron(expression: unknown): string | null {
  if (typeof expression !== 'string') return 'Cron expression is required.'
  const fields = expression.trim().split(/\s+/)
  if (fields.length < 6 || fields.length > 7 || fields.some((f) => !/^[0-9A-Za-z*?/,\-#L]+$/.test(f))) {
    return `Invalid cron expression '${expression}'.`
  }
  return null
}
