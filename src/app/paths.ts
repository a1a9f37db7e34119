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
    browser: () => '/backups',
  },
  restore: {
    vm: () => '/restore/vm',
  },
  jobs: {
    list: () => '/jobs',
    detail: (id: number | string) => `/jobs/${encodeURIComponent(String(id))}`,
  },
} as const
