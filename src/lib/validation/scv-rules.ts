import { z } from 'zod'

/**
 * SCV's own rules for names, retention, labels and connections (docs/scv-api.md §4), shared by every form so a value
 * the console accepts is one the appliance accepts. Rules report message keys of the `validation` namespace;
 * `useMessageText()` (lib/forms) turns them into text with the limits filled in.
 */

/**
 * Characters SCV forbids in VM, datastore, cluster, policy, backup and resource-group names. The docs list `*`
 * twice; it is listed once here. Space was added to the list in June 2025. Underscore is allowed.
 */
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
] as const

/** The forbidden characters as people read them in a message (space is named by the message itself). */
export const FORBIDDEN_NAME_CHARACTERS_TEXT = FORBIDDEN_NAME_CHARACTERS.filter((c) => c !== ' ').join(' ')

export const RETENTION_MIN = 1
export const RETENTION_MAX = 1018
/** SnapVault needs at least two primary backups to transfer the difference between them. */
export const RETENTION_MIN_WITH_SNAPVAULT = 2
export const SNAPSHOT_LABEL_MAX = 31
export const PORT_MIN = 1
export const PORT_MAX = 65535

/** Message keys (namespace `validation`) that the rules below report. */
export const validationKeys = {
  required: 'validation:required',
  number: 'validation:number',
  nameForbidden: 'validation:name.forbidden',
  retentionRange: 'validation:retention.range',
  retentionSnapVault: 'validation:retention.snapVault',
  snapshotLabelTooLong: 'validation:snapshotLabel.tooLong',
  host: 'validation:host.invalid',
  ipAddress: 'validation:ipAddress.invalid',
  portRange: 'validation:port.range',
  timeoutPositive: 'validation:timeout.positive',
} as const

/** The forbidden characters present in `name`, in the order of the rule's list (empty when the name is fine). */
export function forbiddenCharactersIn(name: string): string[] {
  return FORBIDDEN_NAME_CHARACTERS.filter((character) => name.includes(character))
}

/** True when `name` is non-empty and free of SCV's forbidden characters. */
export function isValidScvName(name: string): boolean {
  return name.length > 0 && forbiddenCharactersIn(name).length === 0
}

/** A required name under SCV's naming rule (policies, resource groups, backups). */
export const scvNameSchema = z
  .string({ error: validationKeys.required })
  .min(1, validationKeys.required)
  .refine((name) => forbiddenCharactersIn(name).length === 0, validationKeys.nameForbidden)

/** A whole number; a fraction reports `key` (the range message says "whole number"), empty reports `number`. */
const integerSchema = (key: string) => z.number({ error: validationKeys.number }).int(key)

/** Retention by count, 1..1018. The SnapVault minimum is a cross-field rule: see `retentionCountIssue`. */
export const retentionCountSchema = integerSchema(validationKeys.retentionRange)
  .min(RETENTION_MIN, validationKeys.retentionRange)
  .max(RETENTION_MAX, validationKeys.retentionRange)

/**
 * The message key for a retention count, or undefined when it is valid. With SnapVault updates on, SCV needs
 * at least two backups kept.
 */
export function retentionCountIssue(
  count: unknown,
  { snapVault }: { snapVault: boolean },
): string | undefined {
  if (typeof count !== 'number' || Number.isNaN(count)) return validationKeys.number
  if (!Number.isInteger(count) || count < RETENTION_MIN || count > RETENTION_MAX)
    return validationKeys.retentionRange
  if (snapVault && count < RETENTION_MIN_WITH_SNAPVAULT) return validationKeys.retentionSnapVault
  return undefined
}

/** Optional SnapMirror/SnapVault snapshot label, at most 31 characters. */
export const snapshotLabelSchema = z.string().max(SNAPSHOT_LABEL_MAX, validationKeys.snapshotLabelTooLong)

const IPV4_OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/

/** Dotted-quad IPv4 without leading zeros (`010.0.0.1` is ambiguous and refused). */
export function isIPv4(value: string): boolean {
  const parts = value.split('.')
  return parts.length === 4 && parts.every((part) => IPV4_OCTET.test(part))
}

const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/

/** IPv6 in any RFC 4291 text form (with `::` and an optional trailing IPv4), without brackets or zone id. */
export function isIPv6(value: string): boolean {
  if (!value.includes(':')) return false
  const halves = value.split('::')
  if (halves.length > 2) return false
  const groupsOf = (part: string) => (part === '' ? [] : part.split(':'))
  const head = groupsOf(halves[0] ?? '')
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '') : []
  const all = [...head, ...tail]
  // A trailing embedded IPv4 counts as two groups.
  const last = all.at(-1)
  let groupCount = all.length
  if (last !== undefined && last.includes('.')) {
    if (!isIPv4(last)) return false
    all.pop()
    groupCount += 1
  }
  if (!all.every((group) => HEX_GROUP.test(group))) return false
  return halves.length === 2 ? groupCount <= 7 : groupCount === 8
}

const HOST_LABEL = /^[a-zA-Z0-9_]([a-zA-Z0-9_-]{0,61}[a-zA-Z0-9_])?$/

/**
 * A DNS host name or FQDN (RFC 1123 labels, 253 characters at most, an optional trailing dot). Underscores are
 * accepted: ONTAP SVM names such as `svm_nfs_prod` commonly carry them and DNS resolves them (RFC 2181). The
 * last label must not be all digits, so a mistyped address such as `10.0.0.256` is not taken for a name.
 */
export function isHostName(value: string): boolean {
  const name = value.endsWith('.') ? value.slice(0, -1) : value
  if (name.length === 0 || name.length > 253) return false
  const labels = name.split('.')
  if (!labels.every((label) => HOST_LABEL.test(label))) return false
  return !/^\d+$/.test(labels.at(-1) ?? '')
}

/** True for an IPv4 or IPv6 address. */
export function isIpAddress(value: string): boolean {
  return isIPv4(value) || isIPv6(value)
}

/** True for an FQDN, host name, IPv4 or IPv6 address (what SCV accepts as a storage system or LIF). */
export function isHostOrIp(value: string): boolean {
  return isIpAddress(value) || isHostName(value)
}

/** A required host: FQDN, host name or IP address. Surrounding spaces are trimmed first. */
export const hostSchema = z
  .string({ error: validationKeys.required })
  .trim()
  .min(1, validationKeys.required)
  .refine(isHostOrIp, validationKeys.host)

/** An IP address (IPv4 or IPv6, no brackets). */
export const ipAddressSchema = z
  .string({ error: validationKeys.required })
  .trim()
  .min(1, validationKeys.required)
  .refine(isIpAddress, validationKeys.ipAddress)

/** A TCP port, 1..65535. */
export const portSchema = integerSchema(validationKeys.portRange)
  .min(PORT_MIN, validationKeys.portRange)
  .max(PORT_MAX, validationKeys.portRange)

/** A timeout in whole seconds, greater than zero. */
export const timeoutSecondsSchema = integerSchema(validationKeys.timeoutPositive).min(
  1,
  validationKeys.timeoutPositive,
)
