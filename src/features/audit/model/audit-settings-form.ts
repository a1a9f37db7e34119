import type { AuditConfig } from '../../../api'
import { isHostOrIp, PORT_MAX, PORT_MIN, validationKeys } from '../../../lib/validation'

export const RFC_FORMATS = ['RFC_5424', 'RFC_3164'] as const
export type RfcFormat = (typeof RFC_FORMATS)[number]
/** The port syslog over TLS listens on (RFC 5425); the usual choice when a certificate is uploaded. */
const DEFAULT_SYSLOG_PORT = 6514

export interface AuditSettingsValues {
  maxFiles: number | string
  sizeMb: number | string
  syslogEnabled: boolean
  host: string
  port: number | string
  rfcFormat: RfcFormat
}

type Field = keyof AuditSettingsValues

const auditSettingsKeys = {
  atLeastOne: 'audit:settings.errors.atLeastOne',
} as const

/** The form's values from the appliance's settings (SCV's defaults where a value is missing). */
export function auditSettingsFrom(config: AuditConfig): AuditSettingsValues {
  const rfc = config.syslogRfcFormat
  return {
    maxFiles: config.auditMaxROFiles ?? 10,
    sizeMb: config.auditLogSize ?? 10,
    syslogEnabled: config.syslogEnabled ?? false,
    host: config.syslogServerIp ?? '',
    port: config.syslogServerPort ?? DEFAULT_SYSLOG_PORT,
    rfcFormat: rfc === 'RFC_3164' ? 'RFC_3164' : 'RFC_5424',
  }
}

const wholeAtLeastOne = (value: number | string) =>
  value === ''
    ? validationKeys.number
    : Number.isInteger(Number(value)) && Number(value) >= 1
      ? null
      : auditSettingsKeys.atLeastOne

/** Every rule SCV applies, checked before anything is sent; syslog fields only while forwarding is on. */
export function validateAuditSettings(values: AuditSettingsValues): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {}
  const maxFiles = wholeAtLeastOne(values.maxFiles)
  if (maxFiles) errors.maxFiles = maxFiles
  const sizeMb = wholeAtLeastOne(values.sizeMb)
  if (sizeMb) errors.sizeMb = sizeMb
  if (values.syslogEnabled) {
    const host = values.host.trim()
    if (host === '') errors.host = validationKeys.required
    else if (!isHostOrIp(host)) errors.host = validationKeys.host
    const port = Number(values.port)
    if (values.port === '') errors.port = validationKeys.number
    else if (!Number.isInteger(port) || port < PORT_MIN || port > PORT_MAX)
      errors.port = validationKeys.portRange
  }
  return errors
}

/** The whole configuration, as PUT wants it; syslog fields are kept (not sent empty) while forwarding is off. */
export function toAuditConfig(values: AuditSettingsValues): AuditConfig {
  return {
    auditMaxROFiles: Number(values.maxFiles),
    auditLogSize: Number(values.sizeMb),
    syslogEnabled: values.syslogEnabled,
    syslogServerIp: values.host.trim() || null,
    syslogServerPort: values.port === '' ? null : Number(values.port),
    syslogRfcFormat: values.rfcFormat,
  }
}

/** The field an appliance refusal is about, judged from its words; undefined when it names none. */
export function auditFieldForServerMessage(message: string | undefined): Field | undefined {
  if (!message) return undefined
  if (/port/i.test(message)) return 'port'
  if (/rfc/i.test(message)) return 'rfcFormat'
  if (/syslog server|resolv|host|address/i.test(message)) return 'host'
  if (/auditMaxROFiles|number of files/i.test(message)) return 'maxFiles'
  if (/auditLogSize|size/i.test(message)) return 'sizeMb'
  return undefined
}
