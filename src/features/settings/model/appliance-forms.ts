import { isHostOrIp, PORT_MAX, PORT_MIN, validationKeys } from '../../../lib/validation'

const settingsKeys = {
  wholeDays: 'settings:retention.errors.wholeDays',
} as const

const days = (value: number | string) =>
  value === ''
    ? validationKeys.number
    : Number.isInteger(Number(value)) && Number(value) >= 1
      ? null
      : settingsKeys.wholeDays

export interface RetentionValues {
  jobRetentionDays: number | string
  jobLogRetentionDays: number | string
}

export function validateRetention(values: RetentionValues): Partial<Record<keyof RetentionValues, string>> {
  const errors: Partial<Record<keyof RetentionValues, string>> = {}
  const jobs = days(values.jobRetentionDays)
  if (jobs) errors.jobRetentionDays = jobs
  const logs = days(values.jobLogRetentionDays)
  if (logs) errors.jobLogRetentionDays = logs
  return errors
}

/** The retention field a refusal is about, from its words (the simulator and SCV name the key). */
export function retentionFieldFor(message: string | undefined): keyof RetentionValues | undefined {
  if (!message) return undefined
  if (/jobLogRetention|job log/i.test(message)) return 'jobLogRetentionDays'
  if (/jobRetention|jobs? /i.test(message)) return 'jobRetentionDays'
  return undefined
}

export interface VcenterValues {
  vcenterHost: string
  port: number | string
  username: string
  password: string
}

export const EMPTY_VCENTER: VcenterValues = { vcenterHost: '', port: 443, username: '', password: '' }

export function validateVcenter(values: VcenterValues): Partial<Record<keyof VcenterValues, string>> {
  const errors: Partial<Record<keyof VcenterValues, string>> = {}
  const host = values.vcenterHost.trim()
  if (host === '') errors.vcenterHost = validationKeys.required
  else if (!isHostOrIp(host)) errors.vcenterHost = validationKeys.host
  const port = Number(values.port)
  if (values.port === '') errors.port = validationKeys.number
  else if (!Number.isInteger(port) || port < PORT_MIN || port > PORT_MAX)
    errors.port = validationKeys.portRange
  if (values.username.trim() === '') errors.username = validationKeys.required
  if (values.password === '') errors.password = validationKeys.required
  return errors
}

/** The vCenter field a refusal is about, from its words. */
export function vcenterFieldFor(message: string | undefined): keyof VcenterValues | undefined {
  if (!message) return undefined
  if (/port/i.test(message)) return 'port'
  if (/credential|password|user/i.test(message)) return 'password'
  if (/resolv|host|address|vCenter Server/i.test(message)) return 'vcenterHost'
  return undefined
}
