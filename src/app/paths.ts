/**
 * Route builders: pages link with `paths.jobs.detail(42)`, never with hand-written strings, so a route can
 * move in one place.
 */
export const paths = {
  login: () => '/login',
  dashboard: () => '/',
  storageSystems: { list: () => '/storage-systems' },
  policies: { list: () => '/policies' },
  resourceGroups: {
    list: () => '/resource-groups',
    detail: (id: number | string) => `/resource-groups/${encodeURIComponent(String(id))}`,
    create: () => '/resource-groups/new',
    edit: (id: number | string) => `/resource-groups/${encodeURIComponent(String(id))}/edit`,
  },
  backups: {
    /** `/backups?kind=vm&moref=vm-12&name=db01`: the browser opened on one object's backups. */
    browser: (object?: { kind: 'vm' | 'datastore'; moref: string; name?: string }) =>
      object
        ? `/backups?${new URLSearchParams({ kind: object.kind, moref: object.moref, ...(object.name ? { name: object.name } : {}) })}`
        : '/backups',
  },
  restore: {
    /** The restore-VM wizard, optionally with the VM (and a backup) preselected. */
    vm: (preselect?: { moref: string; name?: string; backupId?: number }) =>
      preselect
        ? `/restore/vm?${new URLSearchParams({
            moref: preselect.moref,
            ...(preselect.name ? { name: preselect.name } : {}),
            ...(preselect.backupId !== undefined ? { backupId: String(preselect.backupId) } : {}),
          })}`
        : '/restore/vm',
  },
  settings: {
    audit: () => '/settings/audit',
    auditFile: (fileName: string) => `/settings/audit/files/${encodeURIComponent(fileName)}`,
    schedules: () => '/settings/schedules',
    /** The week planner, optionally at the week that contains `week` (YYYY-MM-DD). */
    planner: (week?: string) =>
      week ? `/settings/schedules/planner?week=${week}` : '/settings/schedules/planner',
    appliance: () => '/settings/appliance',
  },
  jobs: {
    list: () => '/jobs',
    detail: (id: number | string) => `/jobs/${encodeURIComponent(String(id))}`,
  },
} as const
