import { DAY, HOUR, now } from './clock'
import { createRng, type Rng } from './prng'
import type { AuditFileRecord, SimulatorDb } from './types'

/**
 * The appliance's audit trail (docs/scv-api.md §6.10): `audit.log` is written as things happen; rolled files are
 * sealed with a hash, and verification compares each file with its hash. The line format is the simulator's
 * own (SCV's is not documented): `<ISO time> AUDIT user="…" event="…" object="…" msg="…"`, plus free-text
 * lines from the maintenance and admin consoles that carry no fields.
 */
const ACTIVE_AUDIT_FILE = 'audit.log'

export interface AuditEvent {
  user: string | null
  event: string
  object: string | null
  message: string
}

/** The parts of a line, as the appliance reads its own file back (nulls for a free-text console line). */
export interface ParsedAuditLine {
  timestamp: string | null
  user: string | null
  event: string | null
  object: string | null
  message: string | null
}

const quote = (value: string | null) => `"${(value ?? '').replace(/"/g, "'")}"`

/** A line as the appliance writes it. */
function auditLine(at: number, event: AuditEvent): string {
  return (
    `${new Date(at).toISOString()} AUDIT user=${quote(event.user)} event=${quote(event.event)} ` +
    `object=${quote(event.object)} msg=${quote(event.message)}`
  )
}

/** Reads a line back into its parts. */
export function parseAuditLine(raw: string): ParsedAuditLine {
  const time = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)\s/.exec(raw)?.[1] ?? null
  if (!/\sAUDIT\s/.test(raw)) return { timestamp: time, user: null, event: null, object: null, message: null }
  const field = (key: string) => {
    const value = new RegExp(`\\b${key}="([^"]*)"`).exec(raw)?.[1]
    return value === undefined || value === '' ? null : value
  }
  return {
    timestamp: time,
    user: field('user'),
    event: field('event'),
    object: field('object'),
    message: field('msg'),
  }
}

/** 32-bit FNV-1a over the file's lines: enough for the simulator to notice a changed byte. */
function contentHash(lines: readonly string[]): string {
  let hash = 0x811c9dc5
  for (const line of lines) {
    for (let i = 0; i < line.length; i++) {
      hash ^= line.charCodeAt(i)
      hash = Math.imul(hash, 0x01000193) >>> 0
    }
    hash = Math.imul(hash ^ 10, 0x01000193) >>> 0
  }
  return `fnv1a32:${hash.toString(16).padStart(8, '0')}`
}

/** The file as stored on disk (what a download receives). */
export function fileText(file: AuditFileRecord): string {
  return file.lines.map((line) => `${line}\n`).join('')
}

function byteSize(lines: readonly string[]): number {
  return lines.reduce((sum, line) => sum + line.length + 1, 0)
}

/** True for a file the appliance still lists but no longer has. */
export function isGone(file: AuditFileRecord): boolean {
  return file.integrity === 'ROLLOVER DELETE' || file.integrity === 'UNEXPECTED DELETE'
}

/** Appends what just happened to `audit.log`, as SCV does for the events it audits. */
export function recordAudit(db: SimulatorDb, event: AuditEvent): void {
  const active = db.auditFiles.find((f) => f.fileName === ACTIVE_AUDIT_FILE)
  if (!active) return
  const at = now()
  const line = auditLine(at, event)
  active.lines.push(line)
  active.modifiedAt = at
  active.sizeBytes += line.length + 1
}

/**
 * Re-checks every file still on disk against the hash recorded when it was sealed: a rolled file whose
 * content changed since becomes TAMPERED; one that matches is NORMAL. The active file stays ACTIVE.
 */
export function verifyAuditFiles(db: SimulatorDb, user: string | null): AuditFileRecord[] {
  const at = now()
  for (const file of db.auditFiles) {
    if (isGone(file)) continue
    file.lastVerifiedAt = at
    if (file.integrity === 'ACTIVE') continue
    file.integrity = contentHash(file.lines) === file.sealedHash ? 'NORMAL' : 'TAMPERED'
  }
  const tampered = db.auditFiles.filter((f) => f.integrity === 'TAMPERED').length
  recordAudit(db, {
    user,
    event: 'Audit Log Verify',
    object: null,
    message: `Audit log integrity verified: ${tampered} file(s) tampered.`,
  })
  return db.auditFiles
}

/**
 * Applies a lower "maximum number of files": the oldest rolled files beyond it are removed by rotation,
 * as the appliance does at its next rollover, and stay listed as ROLLOVER DELETE.
 */
export function applyAuditRetention(db: SimulatorDb): void {
  const rolled = db.auditFiles.filter((f) => f.fileName !== ACTIVE_AUDIT_FILE && !isGone(f))
  const excess = rolled.length - db.auditConfig.auditMaxROFiles
  for (const file of rolled.slice(0, Math.max(0, excess))) {
    file.integrity = 'ROLLOVER DELETE'
    file.lines = []
  }
}

const USERS = ['administrator@vsphere.local', 'DEMO\\administrator', 'DEMO\\backup-operator'] as const
const GROUPS = ['RG_Finance_DB', 'RG_Web_Tier', 'RG_NFS_Prod', 'RG_VMFS_Tier1', 'RG_Dev_Test'] as const
const POLICIES = ['Daily_SnapVault', 'Hourly_Local', 'Weekly_Archive'] as const
const VMS = ['db01', 'web03', 'app02', 'file01', 'sql-prod-02'] as const
const STORAGE = ['ontap-c1.demo.local', 'svm_nfs_prod', 'svm_san01'] as const

/** The audited events of §6.10 with how the simulator phrases each; `object` lists names it may act on. */
const EVENT_KINDS: Array<{ event: string; object: readonly string[]; message: (o: string) => string }> = [
  { event: 'Resource Group Create', object: GROUPS, message: (o) => `Resource group ${o} created.` },
  { event: 'Resource Group Modify', object: GROUPS, message: (o) => `Resource group ${o} modified.` },
  { event: 'Resource Group Suspend', object: GROUPS, message: (o) => `Resource group ${o} suspended.` },
  { event: 'Resource Group Resume', object: GROUPS, message: (o) => `Resource group ${o} resumed.` },
  { event: 'Policy Create', object: POLICIES, message: (o) => `Policy ${o} created.` },
  { event: 'Policy Modify', object: POLICIES, message: (o) => `Policy ${o} modified.` },
  { event: 'Backup Create', object: GROUPS, message: (o) => `Backup of resource group ${o} created.` },
  { event: 'Backup Rename', object: GROUPS, message: (o) => `Backup of ${o} renamed.` },
  { event: 'Backup Delete', object: GROUPS, message: (o) => `Backup of ${o} deleted.` },
  { event: 'Backup Mount', object: GROUPS, message: (o) => `Backup of ${o} mounted on esxi-a01.demo.local.` },
  { event: 'Backup Unmount', object: GROUPS, message: (o) => `Datastore of ${o} unmounted.` },
  { event: 'Restore VM', object: VMS, message: (o) => `Virtual machine ${o} restored.` },
  { event: 'Restore VMDK', object: VMS, message: (o) => `Virtual disk of ${o} restored.` },
  { event: 'Attach VMDK', object: VMS, message: (o) => `Virtual disk attached to ${o}.` },
  { event: 'Detach VMDK', object: VMS, message: (o) => `Virtual disk detached from ${o}.` },
  { event: 'Guest File Restore', object: VMS, message: (o) => `Guest files of ${o} restored.` },
  { event: 'Storage System Add', object: STORAGE, message: (o) => `Storage system ${o} added.` },
  { event: 'Storage System Modify', object: STORAGE, message: (o) => `Storage system ${o} modified.` },
  { event: 'Account Login', object: USERS, message: (o) => `User ${o} logged in.` },
]

/** Free-text lines the consoles write: the appliance records them as they come, with no fields. */
const CONSOLE_LINES = [
  (at: string) => `${at} maintenance-console: user maint restarted the SnapCenter Plug-in service`,
  (at: string) => `${at} admin-console: user admin changed the NTP server to ntp.demo.local`,
  (at: string) => `${at} maintenance-console: user maint generated an MFA token`,
]

function seedLines(rng: Rng, from: number, to: number, count: number): string[] {
  const step = (to - from) / count
  const lines: string[] = []
  for (let i = 0; i < count; i++) {
    const at = Math.floor(from + i * step + rng.next() * step * 0.8)
    if (rng.chance(0.04)) {
      lines.push(rng.pick(CONSOLE_LINES)(new Date(at).toISOString()))
      continue
    }
    const kind = rng.pick(EVENT_KINDS)
    const object = rng.pick(kind.object)
    lines.push(
      auditLine(at, { user: rng.pick(USERS), event: kind.event, object, message: kind.message(object) }),
    )
  }
  return lines
}

function rolledName(at: number): string {
  const d = new Date(at)
  const p = (n: number) => String(n).padStart(2, '0')
  return (
    `audit-${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}-` +
    `${p(d.getUTCHours())}-${p(d.getUTCMinutes())}-${p(d.getUTCSeconds())}.log.gz`
  )
}

/**
 * Seven rolled files and the active one, covering the last seven weeks, in every integrity state SCV reports.
 * One NORMAL file was changed after its last verification: only verifying finds it. The active file holds a
 * few thousand lines so the viewer has something to scroll.
 */
export function seedAuditFiles(anchor: number, seed: number): AuditFileRecord[] {
  const rng = createRng(seed ^ 0x5a0d17)
  const states: AuditFileRecord['integrity'][] = [
    'ROLLOVER DELETE',
    'NORMAL',
    'UNEXPECTED DELETE',
    'NORMAL',
    'TAMPERED',
    'NORMAL',
    'NORMAL',
  ]
  const span = 7 * DAY
  const files = states.map((integrity, i): AuditFileRecord => {
    const createdAt = anchor - (states.length - i) * span - 2 * DAY
    const modifiedAt = createdAt + span
    const lines = seedLines(rng, createdAt, modifiedAt, rng.int(180, 320))
    const sealedHash = contentHash(lines)
    if (integrity === 'TAMPERED')
      lines[17] = (lines[17] ?? '').replace(/user="[^"]*"/, 'user="DEMO\\intruder"')
    const gone = integrity === 'ROLLOVER DELETE' || integrity === 'UNEXPECTED DELETE'
    return {
      fileName: rolledName(modifiedAt),
      integrity,
      createdAt,
      modifiedAt,
      lastVerifiedAt: integrity === 'UNEXPECTED DELETE' ? anchor - 9 * DAY : anchor - DAY,
      sizeBytes: byteSize(lines),
      lines: gone ? [] : lines,
      sealedHash,
    }
  })
  // Changed after yesterday's verification: still listed NORMAL until someone verifies again.
  const changedLater = files[5]
  if (changedLater) changedLater.lines[42] = `${changedLater.lines[42] ?? ''} (edited)`
  const activeFrom = anchor - 2 * DAY
  const active = seedLines(rng, activeFrom, anchor - HOUR, 2_400)
  files.push({
    fileName: ACTIVE_AUDIT_FILE,
    integrity: 'ACTIVE',
    createdAt: activeFrom,
    modifiedAt: anchor - HOUR,
    lastVerifiedAt: anchor - HOUR,
    sizeBytes: byteSize(active),
    lines: active,
    sealedHash: null,
  })
  return files
}
