import { matchRoutes } from 'react-router'
import { describe, expect, it } from 'vitest'
import { appRoutes } from '../app/routes'
import { routes } from './routes'

/** The pattern of the deepest route the router picks for `href` ('*' is the not-found page). */
function matchedPattern(href: string): string | undefined {
  const matches = matchRoutes(appRoutes, href.split('?')[0] ?? href)
  return matches?.at(-1)?.route.path
}

describe('route table', () => {
  it('builds links the router sends to the page of the same pattern', () => {
    const cases: Array<[{ path: string }, string]> = [
      [routes.dashboard, routes.dashboard.href()],
      [routes.login, routes.login.href('expired')],
      [routes.storageSystems.list, routes.storageSystems.list.href()],
      [routes.policies.list, routes.policies.list.href()],
      [routes.resourceGroups.list, routes.resourceGroups.list.href()],
      [routes.resourceGroups.create, routes.resourceGroups.create.href()],
      [routes.resourceGroups.detail, routes.resourceGroups.detail.href(7)],
      [routes.resourceGroups.edit, routes.resourceGroups.edit.href(7)],
      [routes.backups.browser, routes.backups.browser.href({ kind: 'vm', moref: 'vm-1' })],
      [routes.restore.vm, routes.restore.vm.href({ moref: 'vm-1', backupId: 3 })],
      [routes.mounts.list, routes.mounts.list.href()],
      [routes.mounts.mount, routes.mounts.mount.href()],
      [routes.jobs.list, routes.jobs.list.href({ status: 'RUNNING' })],
      [routes.jobs.detail, routes.jobs.detail.href(42)],
      [routes.settings.audit, routes.settings.audit.href()],
      [routes.settings.auditFile, routes.settings.auditFile.href('scv_audit.log')],
    ]
    for (const [route, href] of cases)
      expect({ href, pattern: matchedPattern(href) }).toEqual({ href, pattern: route.path })
  })

  it('encodes ids and leaves out the search values not given', () => {
    expect(routes.jobs.detail.href('a/b c')).toBe('/jobs/a%2Fb%20c')
    expect(routes.resourceGroups.edit.href(12)).toBe('/resource-groups/12/edit')
    expect(routes.restore.vm.href({ moref: 'vm-1', name: 'db 01' })).toBe('/restore/vm?moref=vm-1&name=db+01')
    expect(routes.backups.browser.href()).toBe('/backups')
    expect(routes.login.href()).toBe('/login')
    expect(routes.jobs.list.href()).toBe('/jobs')
  })
})
