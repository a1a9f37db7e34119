import { readFileSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'

/** How the server checks an appliance's HTTPS certificate. */
export type TlsTrust =
  /** Plain HTTP (the simulator, or an appliance reached through a local tunnel). */
  | { kind: 'none' }
  /** The system's CAs (and NODE_EXTRA_CA_CERTS): an appliance with a publicly trusted certificate. */
  | { kind: 'system' }
  /** Only this PEM bundle: the appliance's own self-signed certificate or the organisation's CA. */
  | { kind: 'ca'; caFile: string; ca: string }
  /** No verification at all. Explicit opt-out for a lab appliance; the server warns at start-up. */
  | { kind: 'insecure' }

/** One SCV appliance the console can reach. */
export interface Appliance {
  /** Short id used in URLs (`/api/scv/<id>/4.1/...`) and query keys: lowercase letters, digits, dashes. */
  id: string
  /** What the header's switcher shows. */
  label: string
  /** The appliance's origin, e.g. `https://scv.example.com:8144`; the API lives under `<baseUrl>/api`. */
  baseUrl: string
  tls: TlsTrust
  /** Upper bound for one call, headers and body alike (some SCV calls take minutes). */
  timeoutMs: number
}

/** What the page may know about an appliance: no trust settings, no file paths. */
export interface PublicAppliance {
  id: string
  label: string
  /** host:port, shown in the header as the current "where am I talking to". */
  host: string
}

const DEFAULT_TIMEOUT_MS = 10 * 60_000
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/

/** A configuration mistake, reported at start-up with what to change. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

interface RawAppliance {
  id?: unknown
  label?: unknown
  baseUrl?: unknown
  caFile?: unknown
  insecureSkipTlsVerify?: unknown
  timeoutSeconds?: unknown
}

type ReadText = (path: string) => string
const readText: ReadText = (path) => readFileSync(path, 'utf8')

function trustFor(where: string, url: URL, raw: RawAppliance, baseDir: string, read: ReadText): TlsTrust {
  const caFile = raw.caFile
  const insecure = raw.insecureSkipTlsVerify
  if (caFile !== undefined && typeof caFile !== 'string')
    throw new ConfigError(`${where}: caFile must be a path`)
  if (insecure !== undefined && typeof insecure !== 'boolean')
    throw new ConfigError(`${where}: insecureSkipTlsVerify must be true or false`)
  if (url.protocol === 'http:') {
    if (caFile || insecure)
      throw new ConfigError(`${where}: caFile and insecureSkipTlsVerify only apply to an https baseUrl`)
    return { kind: 'none' }
  }
  if (caFile && insecure)
    throw new ConfigError(`${where}: give either caFile or insecureSkipTlsVerify, not both`)
  if (insecure) return { kind: 'insecure' }
  if (!caFile) return { kind: 'system' }
  const path = isAbsolute(caFile) ? caFile : resolve(baseDir, caFile)
  let ca: string
  try {
    ca = read(path)
  } catch (error) {
    throw new ConfigError(`${where}: cannot read caFile ${path} (${(error as Error).message})`)
  }
  if (!ca.includes('-----BEGIN CERTIFICATE-----'))
    throw new ConfigError(`${where}: caFile ${path} holds no PEM certificate`)
  return { kind: 'ca', caFile: path, ca }
}

/** Checks one registry entry and resolves its CA file (relative paths are relative to the registry file). */
function parseAppliance(raw: RawAppliance, where: string, baseDir: string, read = readText): Appliance {
  if (typeof raw.id !== 'string' || !ID_PATTERN.test(raw.id))
    throw new ConfigError(
      `${where}: id must be 1-63 lowercase letters, digits or dashes (got ${JSON.stringify(raw.id)})`,
    )
  if (typeof raw.baseUrl !== 'string') throw new ConfigError(`${where}: baseUrl is required`)
  let url: URL
  try {
    url = new URL(raw.baseUrl)
  } catch {
    throw new ConfigError(`${where}: baseUrl ${JSON.stringify(raw.baseUrl)} is not a URL`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ConfigError(`${where}: baseUrl must start with https:// (or http:// for a simulator)`)
  if (url.pathname !== '/' || url.search || url.username)
    throw new ConfigError(
      `${where}: baseUrl is the appliance's origin only, e.g. https://scv.example.com:8144`,
    )
  const label = raw.label === undefined ? url.host : raw.label
  if (typeof label !== 'string' || !label.trim()) throw new ConfigError(`${where}: label must be text`)
  const seconds = raw.timeoutSeconds ?? DEFAULT_TIMEOUT_MS / 1000
  if (typeof seconds !== 'number' || !(seconds >= 1 && seconds <= 3600))
    throw new ConfigError(`${where}: timeoutSeconds must be between 1 and 3600`)
  return {
    id: raw.id,
    label: label.trim(),
    baseUrl: url.origin,
    tls: trustFor(where, url, raw, baseDir, read),
    timeoutMs: seconds * 1000,
  }
}

/** Parses the registry file: `{"appliances": [{id, label, baseUrl, caFile | insecureSkipTlsVerify, timeoutSeconds}]}`. */
export function parseRegistry(text: string, file: string, read = readText): Appliance[] {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON (${(error as Error).message})`)
  }
  const list = (json as { appliances?: unknown } | null)?.appliances
  if (!Array.isArray(list) || list.length === 0)
    throw new ConfigError(`${file}: expected {"appliances": [ ... ]} with at least one appliance`)
  const baseDir = resolve(file, '..')
  const appliances = list.map((entry: unknown, index) => {
    if (!entry || typeof entry !== 'object')
      throw new ConfigError(`${file}: appliances[${index}] must be an object`)
    return parseAppliance(entry as RawAppliance, `${file}: appliances[${index}]`, baseDir, read)
  })
  const seen = new Set<string>()
  for (const appliance of appliances) {
    if (seen.has(appliance.id)) throw new ConfigError(`${file}: the id "${appliance.id}" is used twice`)
    seen.add(appliance.id)
  }
  return appliances
}

/**
 * The appliances this server reaches: the registry file named by SCV_APPLIANCES_FILE, or the single appliance
 * in SCV_URL (with SCV_CA_FILE or SCV_INSECURE_SKIP_TLS_VERIFY=1 and SCV_LABEL). Read once at start-up: restart
 * the server to change them; the console itself is never rebuilt.
 */
export function loadAppliances(env: NodeJS.ProcessEnv, read = readText): Appliance[] {
  const file = env.SCV_APPLIANCES_FILE?.trim()
  const url = env.SCV_URL?.trim()
  if (file && url) throw new ConfigError('Set SCV_APPLIANCES_FILE or SCV_URL, not both')
  if (file) {
    let text: string
    try {
      text = read(file)
    } catch (error) {
      throw new ConfigError(`SCV_APPLIANCES_FILE: cannot read ${file} (${(error as Error).message})`)
    }
    return parseRegistry(text, resolve(file), read)
  }
  if (url) {
    const raw: RawAppliance = {
      id: env.SCV_ID?.trim() || 'default',
      label: env.SCV_LABEL?.trim() || undefined,
      baseUrl: url,
      caFile: env.SCV_CA_FILE?.trim() || undefined,
      insecureSkipTlsVerify: env.SCV_INSECURE_SKIP_TLS_VERIFY === '1' ? true : undefined,
    }
    return [parseAppliance(raw, 'SCV_URL', process.cwd(), read)]
  }
  throw new ConfigError(
    'No appliance configured: set SCV_APPLIANCES_FILE=/path/to/appliances.json or SCV_URL=https://scv.example.com:8144',
  )
}

export function toPublicAppliance(appliance: Appliance): PublicAppliance {
  return { id: appliance.id, label: appliance.label, host: new URL(appliance.baseUrl).host }
}
