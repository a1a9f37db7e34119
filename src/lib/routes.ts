import { generatePath } from 'react-router'

/**
 * The console's one route table: each page's URL pattern (`path`, what the router matches) and its link
 * builder (`href`, what pages link with), side by side so a route moves in one place. Feature route modules
 * read `path` from here; links never write a URL by hand.
 */

/** A page without parameters. */
function page<const P extends string>(path: P) {
  return { path, href: (): string => path }
}

/** A page of one object, `…/:id…`; the id is encoded (`generatePath`). */
function pageOf<const P extends `${string}:id${string}`>(path: P) {
  return { path, href: (id: number | string): string => generatePath(path as string, { id: String(id) }) }
}

/** The path with a query string of the given values, leaving out the undefined ones. */
function withSearch(path: string, search: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(search)) if (value !== undefined) params.set(key, String(value))
  const query = params.toString()
  return query ? `${path}?${query}` : path
}

const BACKUPS = '/backups'
const RESTORE_VM = '/restore/vm'
const RESTORE_VMDKS = '/restore/vmdks'
const RESTORE_DELETED_VM = '/restore/deleted-vm'
const ATTACH_VMDKS = '/restore/attach-vmdks'
const DETACH_VMDKS = '/restore/detach-vmdks'

/** A VM (and a backup) a recovery wizard opens with: `?moref=vm-12&name=db01&backupId=42`. */
interface VmPreselection {
  moref: string
  name?: string
  backupId?: number
}

/** A recovery wizard's link: bare, or with the VM (and the backup) preselected. */
function vmWizard<const P extends string>(path: P) {
  return {
    path,
    href: (preselect?: VmPreselection): string =>
      preselect
        ? withSearch(path, { moref: preselect.moref, name: preselect.name, backupId: preselect.backupId })
        : path,
  }
}
const LOGIN = '/login'
const JOBS = '/jobs'

export const routes = {
  login: {
    path: LOGIN,
    /** `reason` says why the session ended (`expired`, `idle`, …); the sign-in page explains it. */
    href: (reason?: string): string => withSearch(LOGIN, { reason }),
  },
  dashboard: page('/'),
  storageSystems: { list: page('/storage-systems') },
  policies: { list: page('/policies') },
  resourceGroups: {
    list: page('/resource-groups'),
    /** A literal segment: the router ranks it above `:id`, so `new` is never read as a group id. */
    create: page('/resource-groups/new'),
    detail: pageOf('/resource-groups/:id'),
    edit: pageOf('/resource-groups/:id/edit'),
  },
  backups: {
    browser: {
      path: BACKUPS,
      /** `/backups?kind=vm&moref=vm-12&name=db01`: the browser opened on one object's backups. */
      href: (object?: { kind: 'vm' | 'datastore'; moref: string; name?: string }): string =>
        object ? withSearch(BACKUPS, { kind: object.kind, moref: object.moref, name: object.name }) : BACKUPS,
    },
  },
  restore: {
    /** The restore-VM wizard, optionally with the VM (and a backup) preselected. */
    vm: vmWizard(RESTORE_VM),
    /** Restore some of a VM's disks (W8). */
    vmdks: vmWizard(RESTORE_VMDKS),
    /** Attach disks of a backup to this VM or another (W9). */
    attachVmdks: vmWizard(ATTACH_VMDKS),
    /** Detach disks attached from backups (W10). */
    detachVmdks: vmWizard(DETACH_VMDKS),
    deletedVm: {
      path: RESTORE_DELETED_VM,
      /**
       * Restore a VM vCenter no longer has (W7), by UUID. It is reached through a datastore's backups, whose
       * moref the ESXi-host call takes (§5.4): `?uuid=…&name=…&datastore=datastore-3&datastoreName=…&backupId=…`.
       */
      href: (preselect?: {
        uuid: string
        name?: string
        datastore?: { moref: string; name: string }
        backupId?: number
      }): string =>
        preselect
          ? withSearch(RESTORE_DELETED_VM, {
              uuid: preselect.uuid,
              name: preselect.name,
              datastore: preselect.datastore?.moref,
              datastoreName: preselect.datastore?.name,
              backupId: preselect.backupId,
            })
          : RESTORE_DELETED_VM,
    },
  },
  mounts: {
    /** Everything mounted from backups, `?q=&host=&leftovers=1&days=7`. */
    list: page('/mounts'),
    /** The mount wizard (W11). */
    mount: page('/mounts/mount'),
  },
  settings: {
    audit: page('/settings/audit'),
    auditFile: {
      path: '/settings/audit/files/:fileName',
      href: (fileName: string): string => generatePath('/settings/audit/files/:fileName', { fileName }),
    },
    schedules: page('/settings/schedules'),
    planner: {
      path: '/settings/schedules/planner',
      /** The week planner, optionally at the week that contains `week` (YYYY-MM-DD). */
      href: (week?: string): string => withSearch('/settings/schedules/planner', { week }),
    },
    appliance: page('/settings/appliance'),
  },
  jobs: {
    list: {
      path: JOBS,
      /** `?status=RUNNING` opens the list filtered (the jobs page keeps its filters in the URL). */
      href: (filter?: { status?: string }): string => withSearch(JOBS, { status: filter?.status }),
    },
    detail: pageOf('/jobs/:id'),
  },
  reports: {
    /** `/reports` opens the first report; `/reports/backup-jobs?range=30d` one report with its filters. */
    path: '/reports/:report?',
    href: (report?: string, search: Record<string, string | number | undefined> = {}): string =>
      withSearch(report ? `/reports/${encodeURIComponent(report)}` : '/reports', search),
  },
} as const
