import { parseQuartzCron, type CronIssue } from '../../lib/cron/quartz-cron'
import { nextRuns } from '../../lib/cron/quartz-runs'
import { UTC_ZONE } from '../../lib/time/zone'
import {
  FORBIDDEN_NAME_CHARACTERS,
  RETENTION_MAX,
  RETENTION_MIN,
  RETENTION_MIN_WITH_SNAPVAULT,
  SNAPSHOT_LABEL_MAX,
} from '../../lib/validation/scv-rules'

/**
 * The appliance's validation rules (docs/scv-api.md §4). Each returns an error message or null, so handlers can
 * answer with the same kind of 400 the appliance sends. The limits and forbidden characters are the console's own
 * (lib/validation): one list to change when the appliance changes a rule (space joined the list in June 2025).
 */

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
  const min = snapVault ? RETENTION_MIN_WITH_SNAPVAULT : RETENTION_MIN
  if (value < min || value > RETENTION_MAX) {
    return snapVault
      ? `Retention must be between ${min} and ${RETENTION_MAX} when SnapVault is enabled.`
      : `Retention must be between ${min} and ${RETENTION_MAX}.`
  }
  return null
}

/** A SnapMirror/SnapVault snapshot label is at most 31 characters. */
export function checkSnapshotLabel(label: unknown): string | null {
  if (label === null || label === undefined || label === '') return null
  if (typeof label !== 'string') return 'Snapshot label must be text.'
  return label.length > SNAPSHOT_LABEL_MAX
    ? `Snapshot label '${label}' is longer than ${SNAPSHOT_LABEL_MAX} characters.`
    : null
}

/** Quartz's own wording for each reason an expression is refused (the appliance answers in Quartz's words). */
const QUARTZ_MESSAGES: Record<CronIssue['code'], string> = {
  empty: 'Cron expression is required.',
  fieldCount: 'Unexpected end of expression.',
  invalid: 'Illegal characters for this position.',
  range: 'Value out of range for this position.',
  step: 'Increment out of range.',
  questionOnlyDays: "'?' can only be specified for Day-of-Month or Day-of-Week.",
  questionBoth: "'?' can only be specified for Day-of-Month -OR- Day-of-Week.",
  questionMissing:
    'Support for specifying both a day-of-week AND a day-of-month parameter is not implemented.',
  specialWithList: "Support for specifying 'L' or 'W' with other days is not implemented.",
  nth: "A numeric value between 1 and 5 must follow the '#' option.",
  lastOffset: 'Offset from last day must be <= 30.',
  notHere: 'Option is not valid here.',
}

/**
 * A built-in schedule's cron expression, checked as the appliance's Quartz scheduler checks it: the dialect
 * (seconds field, `?` in one day field, 1–7 = SUN–SAT) and that it fires at least once more.
 */
export function checkCron(expression: unknown, at: number): string | null {
  if (typeof expression !== 'string') return 'Cron expression is required.'
  const parsed = parseQuartzCron(expression)
  if (!parsed.ok) return `Invalid cron expression '${expression}': ${QUARTZ_MESSAGES[parsed.issue.code]}`
  if (nextRuns(parsed.cron, UTC_ZONE, at, 1).length === 0)
    return `Based on configured schedule, the cron expression '${expression}' will never fire.`
  return null
}

/** A host the appliance must reach (a syslog server): a name or address it can resolve. */
export function checkHostName(what: string, value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return `${what} address is required.`
  if (!/^[A-Za-z0-9.:_-]+$/.test(value.trim()))
    return `${what} address '${value}' is not a valid host name or IP address.`
  // RFC 2606 reserves .invalid: the simulator's way to show a name that does not resolve.
  if (/\.invalid\.?$/i.test(value.trim())) return `${what} '${value}' could not be resolved.`
  return null
}

/** A TCP/UDP port 1..65535. */
export function checkPort(what: string, value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 65535)
    return `${what} must be between 1 and 65535.`
  return null
}

/** A PEM certificate whose body decodes to DER (an ASN.1 SEQUENCE), as a Java CertificateFactory needs. */
export function checkCertificatePem(value: unknown): string | null {
  const pem = typeof value === 'string' ? value : ''
  const match = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(pem)
  if (!match)
    return 'The syslog certificate must be a PEM certificate (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----).'
  const body = (match[1] ?? '').replace(/\s+/g, '')
  const der = decodeBase64(body)
  if (der.length < 2 || der.charCodeAt(0) !== 0x30)
    return 'The syslog certificate could not be parsed: its PEM body is not a DER-encoded X.509 certificate.'
  return null
}

function decodeBase64(text: string): string {
  try {
    return atob(text)
  } catch {
    return ''
  }
}
