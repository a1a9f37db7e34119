/**
 * Known SCV failure signatures (docs/scv-api.md §4 and §6): how each is recognised in a job's failure reason or
 * log lines, so the console can name the likely cause beside the failed job. What each means and what to do are
 * in the `guidance.causes.<cause>` translations; this file only recognises. First match wins, so the most specific
 * signatures come first.
 */
export const FAILURE_CAUSES = [
  'mirrorVaultLimit',
  'snapVaultRetentionOne',
  'staleRestoreFiles',
  'staleLun',
  'scsiControllerUnits',
  'fabricPoolTier',
  'vclsVm',
  'databaseDump',
  'backupRestoreConflict',
  'vmInMotion',
  'haConfiguration',
  'unsupportedCharacters',
  'quiesceFailed',
] as const
export type FailureCause = (typeof FAILURE_CAUSES)[number]

/** A job that failed or warned but matches no signature. */
export const UNRECOGNISED = 'unrecognised'
export type LikelyCause = FailureCause | typeof UNRECOGNISED

/** Every pattern of one alternative must match the text; any alternative recognises the cause. */
type Alternatives = ReadonlyArray<readonly RegExp[]>

export interface FailureSignature {
  cause: FailureCause
  alternatives: Alternatives
  /** The SCV documentation page that explains it (docs.netapp.com/<language>/sc-plugin-vmware-vsphere/<page>.html). */
  docPage: string
}

const POLICIES = 'scpivs44_create_backup_policies_for_vms_and_datastores'
const RESTORE_VMS = 'scpivs44_restore_vms_from_backups'

export const FAILURE_SIGNATURES: readonly FailureSignature[] = [
  {
    cause: 'mirrorVaultLimit',
    alternatives: [
      // SCV's own words (documented with the mirror-vault limit).
      [/currently used as a reference snapshot copy by one or more snapmirror relationships/i],
      [/mirror[- ]?vault|secondary/i, /snapshot/i, /maximum|limit/i],
    ],
    docPage: POLICIES,
  },
  {
    cause: 'snapVaultRetentionOne',
    alternatives: [
      [
        /snapvault/i,
        /retention/i,
        /reference snapshot|retention count (?:is |of |set to )?1\b|keep (?:only )?1 backup/i,
      ],
    ],
    docPage: POLICIES,
  },
  {
    cause: 'staleRestoreFiles',
    alternatives: [[/\brestore_[0-9x]+_[0-9x]+_/i]],
    docPage: RESTORE_VMS,
  },
  {
    cause: 'staleLun',
    alternatives: [
      [/error mounting cloned lun as datastore/i],
      [/host unresolved volumes is null/i],
      [/(?:more than one|multiple|stale|duplicate) (?:cloned? )?(?:luns?|namespaces?|clones)\b/i],
    ],
    docPage: 'scpivs44_mount_a_backup',
  },
  {
    cause: 'scsiControllerUnits',
    alternatives: [
      [/unit numbers? (?:higher|greater) than 15/i],
      [/more than 15 (?:vmdks|virtual disks|disks)/i],
      [/scsi controller/i, /\b15\b|no (?:free|available) (?:unit|slot)s?/i],
    ],
    docPage: 'scpivs44_attach_vmdks_to_a_vm',
  },
  {
    cause: 'fabricPoolTier',
    alternatives: [
      [/fabricpool/i, /tier|unavailable|unreachable|offline/i],
      [/(?:capacity|cloud) tier/i, /unavailable|unreachable|offline|not available/i],
    ],
    docPage: RESTORE_VMS,
  },
  {
    cause: 'vclsVm',
    alternatives: [[/\bvcls\b/i], [/vsphere cluster services?/i]],
    docPage: 'scpivs44_create_resource_groups_for_vms_and_datastores',
  },
  {
    cause: 'databaseDump',
    alternatives: [[/mysql|database (?:dump|backup)/i, /running|in progress|not allowed/i]],
    docPage: 'scpivs44_back_up_the_snapcenter_plug-in_for_vmware_vsphere_mysql_database',
  },
  {
    cause: 'backupRestoreConflict',
    alternatives: [
      [/backup and restore (?:cannot|can't|can not) run at the same time/i],
      [
        /(?:restore|backup) (?:operation )?is (?:already )?running on (?:the |this )?(?:same )?resource group/i,
      ],
    ],
    docPage: 'scpivs44_protect_data_overview',
  },
  {
    cause: 'vmInMotion',
    alternatives: [[/\bs?v-?motion\b/i], [/\bin transit\b/i]],
    docPage: RESTORE_VMS,
  },
  {
    cause: 'haConfiguration',
    // "HA" in capitals only: a case-insensitive \bha\b would match ordinary words.
    alternatives: [
      [/\bHA\b/, /config|error|agent/i],
      [/high availability/i, /config|error/i],
    ],
    docPage: RESTORE_VMS,
  },
  {
    cause: 'unsupportedCharacters',
    alternatives: [
      [/(?:unsupported|invalid|special|forbidden|illegal) characters?/i],
      [/characters? (?:that are )?not (?:allowed|supported)/i],
    ],
    docPage: POLICIES,
  },
  {
    cause: 'quiesceFailed',
    alternatives: [
      [/quiesc/i],
      [/not (?:vm|virtual machine)[- ]consistent/i],
      [/vmware tools/i, /not (?:running|installed)|crash[- ]consistent/i],
    ],
    docPage: POLICIES,
  },
]

const BY_CAUSE = new Map(FAILURE_SIGNATURES.map((signature) => [signature.cause, signature]))

/** The signature of a cause. */
function signatureOf(cause: FailureCause): FailureSignature {
  return BY_CAUSE.get(cause) as FailureSignature
}

/** The first known cause whose signature matches the text, or null. */
export function matchFailureCause(text: string | null | undefined): FailureCause | null {
  if (!text) return null
  for (const signature of FAILURE_SIGNATURES) {
    if (signature.alternatives.some((patterns) => patterns.every((pattern) => pattern.test(text)))) {
      return signature.cause
    }
  }
  return null
}

/** Distinct reasons are few (appliances repeat their messages), so answers are remembered; bounded all the same. */
const remembered = new Map<string, FailureCause | null>()
const REMEMBER_AT_MOST = 5_000

/** {@link matchFailureCause}, remembered per text: 100,000 jobs cost as many matches as there are distinct reasons. */
export function causeOfReason(reason: string): FailureCause | null {
  const known = remembered.get(reason)
  if (known !== undefined) return known
  const cause = matchFailureCause(reason)
  if (remembered.size >= REMEMBER_AT_MOST) remembered.clear()
  remembered.set(reason, cause)
  return cause
}

/** True for the statuses that carry a reason worth explaining. */
function explainsStatus(status: unknown): status is 'FAILED' | 'WARNING' {
  return status === 'FAILED' || status === 'WARNING'
}

/**
 * The likely cause of a finished job from its failure reason: a known cause, 'unrecognised', or null when the
 * job neither failed nor warned.
 */
export function likelyCauseOf(status: unknown, reason: string | null | undefined): LikelyCause | null {
  if (!explainsStatus(status)) return null
  return (reason ? causeOfReason(reason) : null) ?? UNRECOGNISED
}

/** True for a value of the `cause` URL filter. */
export function isLikelyCause(value: string): value is LikelyCause {
  return value === UNRECOGNISED || BY_CAUSE.has(value as FailureCause)
}

/** Where the documentation of a cause lives, in the console's language where NetApp publishes one. */
export function docUrl(cause: FailureCause, language: string): string {
  const locale = language.toLowerCase().startsWith('zh') ? 'zh-tw' : 'us-en'
  return `https://docs.netapp.com/${locale}/sc-plugin-vmware-vsphere/${signatureOf(cause).docPage}.html`
}

/** What recognised a failure: the cause, and the text it was recognised in (none when unrecognised). */
export interface Recognition {
  cause: LikelyCause
  source: 'reason' | 'logs' | null
  evidence: string | null
}

/**
 * Recognises a failure from its reason first and, when that says nothing known, from the job's log lines
 * (the appliance often logs the underlying error in more detail than the reason it reports).
 */
export function recogniseFailure(
  reason: string | null | undefined,
  logLines: readonly string[] = [],
): Recognition {
  const fromReason = reason ? causeOfReason(reason) : null
  if (fromReason) return { cause: fromReason, source: 'reason', evidence: reason ?? null }
  for (const line of logLines) {
    const cause = matchFailureCause(line)
    if (cause) return { cause, source: 'logs', evidence: line }
  }
  return { cause: UNRECOGNISED, source: null, evidence: null }
}
