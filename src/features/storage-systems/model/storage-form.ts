import type { z } from 'zod'
import type {
  StorageSystemRequest,
  StorageProtocol as Protocol,
  StorageAuthenticationMethod as AuthenticationMethod,
} from '../../../api'
import { hostSchema, ipAddressSchema, portSchema, timeoutSecondsSchema } from '../../../lib/validation'
import type { StorageSystem } from './storage-rows'

/** The port SCV uses for each protocol unless told otherwise. */
export const DEFAULT_PORT: Record<Protocol, number> = { HTTPS: 443, HTTP: 80 }
const DEFAULT_TIMEOUT_SECONDS = 60

/**
 * What the add/edit form holds. Passwords and key files live here only while the dialog is open: the form is
 * reset when it closes or succeeds, and nothing of it is ever written to storage.
 */
export interface StorageFormValues {
  host: string
  authenticationMethod: AuthenticationMethod
  username: string
  password: string
  certificateFile: File | null
  privateKeyFile: File | null
  protocol: Protocol
  port: number | string
  timeout: number | string
  usePreferredIp: boolean
  preferredIp: string
  logEventsToSyslog: boolean
  sendAsupOnFailure: boolean
}

export type StorageFormErrors = Partial<Record<keyof StorageFormValues, string>>

/** Message keys of this feature (namespace `storage-systems`) that the form's own rules report. */
export const storageFormKeys = {
  usernameRequired: 'storage-systems:form.errors.usernameRequired',
  passwordRequired: 'storage-systems:form.errors.passwordRequired',
  certificateRequired: 'storage-systems:form.errors.certificateRequired',
  privateKeyRequired: 'storage-systems:form.errors.privateKeyRequired',
  notPem: 'storage-systems:form.errors.notPem',
} as const

export function emptyStorageForm(): StorageFormValues {
  return {
    host: '',
    authenticationMethod: 'CREDENTIALS',
    username: '',
    password: '',
    certificateFile: null,
    privateKeyFile: null,
    protocol: 'HTTPS',
    port: DEFAULT_PORT.HTTPS,
    timeout: DEFAULT_TIMEOUT_SECONDS,
    usePreferredIp: false,
    preferredIp: '',
    logEventsToSyslog: false,
    sendAsupOnFailure: false,
  }
}

/** The edit form starts from the listed object; secrets are never sent back by SCV and start empty. */
export function storageFormFrom(system: StorageSystem): StorageFormValues {
  const protocol = system.protocol ?? 'HTTPS'
  return {
    ...emptyStorageForm(),
    host: system.name,
    authenticationMethod: system.authenticationMethod ?? 'CREDENTIALS',
    // An implicit SVM has no login of its own; editing it makes it explicit, so it needs one.
    username: system.implicit ? '' : (system.username ?? ''),
    protocol,
    port: system.port ?? DEFAULT_PORT[protocol],
    timeout: system.timeout ?? DEFAULT_TIMEOUT_SECONDS,
    usePreferredIp: Boolean(system.preferredIp),
    preferredIp: system.preferredIp ?? '',
    logEventsToSyslog: system.logEventsToSyslog ?? false,
    sendAsupOnFailure: system.sendAsupOnFailure ?? false,
  }
}

function issue(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value)
  return result.success ? undefined : result.error.issues[0]?.message
}

/**
 * Every rule checked before any request: host syntax (add only; on edit the host identifies the object),
 * port 1–65535, timeout above zero, the fields each authentication method needs, and the preferred IP.
 */
export function validateStorageForm(
  values: StorageFormValues,
  { editing }: { editing: boolean },
): StorageFormErrors {
  const errors: StorageFormErrors = {}
  if (!editing) errors.host = issue(hostSchema, values.host)
  errors.port = issue(portSchema, values.port)
  errors.timeout = issue(timeoutSecondsSchema, values.timeout)
  if (values.authenticationMethod === 'CREDENTIALS') {
    if (!values.username.trim()) errors.username = storageFormKeys.usernameRequired
    if (!values.password) errors.password = storageFormKeys.passwordRequired
  } else {
    if (!values.certificateFile) errors.certificateFile = storageFormKeys.certificateRequired
    if (!values.privateKeyFile) errors.privateKeyFile = storageFormKeys.privateKeyRequired
  }
  if (values.usePreferredIp) errors.preferredIp = issue(ipAddressSchema, values.preferredIp)
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message)) as StorageFormErrors
}

/** PEM text starts with a `-----BEGIN …-----` line; anything else is the wrong file. */
export function looksLikePem(text: string): boolean {
  return /-----BEGIN [A-Z0-9 ]+-----/.test(text)
}

/**
 * The request body for add and modify. Modify sends the whole object again (W2), so the display name the
 * appliance already has is carried over. Secrets go only in this body, never anywhere else.
 */
export function toStorageRequest(
  values: StorageFormValues,
  secrets: { certificate?: string; privateKey?: string },
  existing?: StorageSystem,
): StorageSystemRequest {
  const credentials = values.authenticationMethod === 'CREDENTIALS'
  return {
    name: values.host.trim(),
    ...(existing?.displayName ? { displayName: existing.displayName } : {}),
    protocol: values.protocol,
    port: Number(values.port),
    authenticationMethod: values.authenticationMethod,
    ...(credentials
      ? { username: values.username.trim(), password: values.password }
      : { certificate: secrets.certificate, privateKey: secrets.privateKey }),
    timeout: Number(values.timeout),
    preferredIp: values.usePreferredIp ? values.preferredIp.trim() : null,
    logEventsToSyslog: values.logEventsToSyslog,
    sendAsupOnFailure: values.sendAsupOnFailure,
  }
}

/** Which field an appliance message is about, judged by the words it uses. */
const SERVER_FIELD_PATTERNS: [RegExp, keyof StorageFormValues][] = [
  [/preferred/i, 'preferredIp'],
  [/\bport\b/i, 'port'],
  [/time-?out/i, 'timeout'],
  [/private key/i, 'privateKeyFile'],
  [/certificate/i, 'certificateFile'],
  [/user ?name|\buser\b/i, 'username'],
  [/password|credential|authenticat|login/i, 'password'],
  [/host|resolv|storage system|cluster|svm|name|address|reach/i, 'host'],
]

export function storageFieldForServerMessage(
  message: string | undefined,
): keyof StorageFormValues | undefined {
  if (!message) return undefined
  return SERVER_FIELD_PATTERNS.find(([pattern]) => pattern.test(message))?.[1]
}
