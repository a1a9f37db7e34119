// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startHttpSimulator, type HttpSimulator } from './http-server'
import { getRequestLog, getSimulatorDb, resetSimulator, setScenario } from './index'
import { simApi, type SimApi, type Schemas } from './test-support/api'

// The documented workflows W1–W16 (docs/scv-api.md §3), in order, over real HTTP against the Node server.
let sim: HttpSimulator
let api: SimApi

beforeAll(async () => {
  sim = await startHttpSimulator({ port: 0 })
})
afterAll(async () => {
  await sim.close()
})
beforeEach(async () => {
  resetSimulator()
  setScenario('fastJobs', { ms: 40 })
  api = simApi(sim.url, (request) => fetch(request))
  await api.login()
})

type Body<K extends keyof Schemas> = Schemas[K]

async function groups() {
  const reply = await api.call<Body<'ResourceGroupListResponse'>>('GET', '/4.1/resource-groups')
  return reply.body.response.resourceGroupResponseList
}

async function group(name: string) {
  const found = (await groups()).find((g) => g.name === name)
  if (!found) throw new Error(`no group ${name}`)
  return found
}

async function vmBackups(moref: string) {
  const reply = await api.call<Body<'BackupListResponse'>>('GET', `/4.1/vm/${moref}/backups`)
  expect(reply.status).toBe(200)
  return reply.body.response.backupResponseList
}

describe('storage workflows', () => {
  it('W1 adds a cluster, which brings its SVMs as implicit storage systems', async () => {
    const add = await api.call('POST', '/4.1/storage-system', {
      name: 'ontap-c3.demo.local',
      protocol: 'HTTPS',
      port: 443,
      authenticationMethod: 'CREDENTIALS',
      username: 'admin',
      password: 'secret',
      timeout: 60,
    })
    expect(add.status).toBe(200)
    const list = await api.call<Body<'StorageSystemListResponse'>>('GET', '/4.1/storage-system')
    const systems = list.body.response.storageSystemResponseList
    expect(systems.find((s) => s.name === 'ontap-c3.demo.local')?.type).toBe('ONTAP_CLUSTER')
    expect(systems.filter((s) => s.clusterName === 'ontap-c3' && s.implicit)).toHaveLength(2)
  })

  it('W2 modifies an SVM found by name; editing an implicit SVM makes it explicit', async () => {
    const list = await api.call<Body<'StorageSystemListResponse'>>('GET', '/4.1/storage-system')
    const svm = list.body.response.storageSystemResponseList.find((s) => s.implicit)
    expect(svm).toBeDefined()
    const put = await api.call<Body<'StorageSystemResponse'>>('PUT', '/4.1/storage-system', {
      name: svm?.name,
      protocol: 'HTTPS',
      port: 443,
      authenticationMethod: 'CREDENTIALS',
      username: 'vsadmin',
      password: 'secret',
      timeout: 180,
    })
    expect(put.status).toBe(200)
    const after = await api.call<Body<'StorageSystemListResponse'>>('GET', '/4.1/storage-system')
    const changed = after.body.response.storageSystemResponseList.find((s) => s.name === svm?.name)
    expect(changed).toMatchObject({ timeout: 180, implicit: false, username: 'vsadmin' })
  })

  it('W2b renames an SVM so backups taken under the old name show the new one', async () => {
    const rg = await group('RG_NFS_Prod')
    const ds = rg.entities?.[0]?.moref ?? ''
    const backups = await api.call<Body<'BackupListResponse'>>('GET', `/4.1/datastores/${ds}/backups`)
    const locatorsPath = `/4.1/datastores/backups/${backups.body.response.backupResponseList[0]?.backupId}/snapshotlocators`
    const primary = async () =>
      (
        await api.call<Body<'SnapshotLocationListResponse'>>('GET', locatorsPath)
      ).body.response.snapshotLocationsList.filter(
        (l) => l.locationType === 'PRIMARY' && l.datastore === rg.entities?.[0]?.name,
      )
    const svm = (await primary())[0]?.storageSystem ?? ''
    const rename = await api.call<Body<'MessageResponse'>>('PATCH', '/4.1/storage-system', {
      existingSVM: { name: svm },
      newSVM: { name: `${svm}_renamed` },
    })
    expect(rename.body).toEqual({
      statusCode: 200,
      statusMessage: 'OK',
      responseMessage: ['Storage system renamed successfully.'],
    })
    const after = await primary()
    expect(after.length).toBeGreaterThan(0)
    expect(after.every((l) => l.location.startsWith(`${svm}_renamed:`))).toBe(true)
  })
})

describe('resource group workflows', () => {
  it('W3 creates a group from a policy id, then finds its id by name', async () => {
    const policies = await api.call<Body<'PolicyListResponse'>>('GET', '/4.1/policies')
    const policy = policies.body.response.policyResponseList.find((p) => p.frequency === 'DAILY')
    const unprotected = await api.call<Body<'UnprotectedVmListResponse'>>('GET', '/4.1/reports/unProtectedVM')
    const vms = unprotected.body.response.unprotectedVmResponseList.slice(0, 2).map((v) => v.moref)
    const create = await api.call<Body<'ResourceGroupResponse'>>('POST', '/4.1/resource-groups', {
      name: 'REST_RG_vms',
      description: 'created over REST',
      entities: vms,
      spanningDatastores: { spanningType: 'EXCLUDE_ALL' },
      policies: [{ id: policy?.id }],
      notification: 'NEVER',
    })
    expect(create.status).toBe(200)
    const created = await group('REST_RG_vms')
    expect(created.entities?.map((e) => e.moref)).toEqual(vms)
    expect(created.policies?.[0]).toMatchObject({ id: policy?.id, name: policy?.name })
    expect(created.status).toBe('PRODUCTION')
  })

  it('W4 updates a group with the full set of attributes and a second policy', async () => {
    const rg = await group('RG_Exchange')
    const policies = await api.call<Body<'PolicyListResponse'>>('GET', '/4.1/policies')
    const weekly = policies.body.response.policyResponseList.find((p) => p.frequency === 'WEEKLY')
    const put = await api.call('PUT', `/4.1/resource-groups/${rg.id}`, {
      name: rg.name,
      description: 'now with a weekly copy',
      entities: rg.entities?.map((e) => e.moref),
      spanningDatastores: rg.spanningDatastores,
      policies: [...(rg.policies ?? []).map((p) => ({ id: p.id })), { id: weekly?.id }],
      notification: 'ERROR',
      emailSettings: { from: 'scv@demo.local', to: ['ops@demo.local'] },
    })
    expect(put.status).toBe(200)
    const after = await group('RG_Exchange')
    expect(after.description).toBe('now with a weekly copy')
    expect(after.policies?.map((p) => p.id)).toContain(weekly?.id)
    expect(after.notification).toBe('ERROR')
  })

  it('W5 backs up now: a running job that finishes, a new backup, and the group run status', async () => {
    const rg = await group('RG_Finance_DB')
    const vm = rg.entities?.[0]?.moref ?? ''
    const before = await vmBackups(vm)
    const start = await api.call<Body<'JobStartedResponse'>>('POST', '/4.1/resource-groups/backupnow', {
      resourceGroupId: rg.id,
      policyId: rg.policies?.[0]?.id,
    })
    expect(start.status).toBe(200)
    expect(start.body.responseMessage).toMatch(/started/)
    const jobId = start.body.response?.jobId ?? 0
    const running = await api.call<Body<'JobResponse'>>('GET', `/4.1/jobs/${jobId}`)
    expect(running.body.response.status).toBe('RUNNING')
    const job = await api.waitForJob(jobId)
    expect(job.status).toBe('SUCCESSFUL')
    const after = await vmBackups(vm)
    expect(after).toHaveLength(before.length + 1)
    expect(after[0]?.backupId).toBe(job.backupId)
    const updated = await group('RG_Finance_DB')
    expect(updated.lastRunStatus).toBe('SUCCESSFUL')
    expect(Date.parse(updated.lastRunTime ?? '')).toBeGreaterThan(Date.now() - 60_000)
    const sent = getRequestLog()
      .filter((r) => r.path.includes('backupnow'))
      .map((r) => ({ method: r.method, body: r.body }))
    expect(sent).toEqual([
      { method: 'POST', body: { resourceGroupId: rg.id, policyId: rg.policies?.[0]?.id } },
    ])
  })
})

describe('resource group refusals', () => {
  it('refuses backup now of a group under maintenance, and templates as members', async () => {
    const suspended = (await groups()).find((g) => g.status === 'UNDER_MAINTENANCE')
    const refused = await api.call('POST', '/4.1/resource-groups/backupnow', {
      resourceGroupId: suspended?.id,
      policyId: suspended?.policies?.[0]?.id,
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toMatch(/under maintenance/)

    const { getSimulatorDb } = await import('./index')
    const template = getSimulatorDb().vms.find((vm) => vm.template && !vm.deleted)
    const create = await api.call('POST', '/4.1/resource-groups', {
      name: 'RG_Template',
      entities: [template?.moref],
      spanningDatastores: { spanningType: 'EXCLUDE_ALL' },
      policies: [],
      notification: 'NEVER',
    })
    expect(create.status).toBe(400)
    expect(JSON.stringify(create.body)).toMatch(/template/)
  })
})

describe('restore workflows', () => {
  it('W6 restores an existing VM from locations and hosts the appliance lists', async () => {
    const rg = await group('RG_Web_Tier')
    const vm = rg.entities?.[0]?.moref ?? ''
    const backup = (await vmBackups(vm)).find((b) => !b.partial)
    const locations = await api.call<Body<'SnapshotLocationListResponse'>>(
      'GET',
      `/4.1/vm/backups/${backup?.backupId}/snapshotlocations`,
    )
    const hosts = await api.call<Body<'EsxHostListResponse'>>(
      'GET',
      `/4.1/vm/${vm}/backups/availableesxhosts`,
    )
    const location = locations.body.response.snapshotLocationsList[0]
    const host = hosts.body.response.availableEsxHostsList[0]
    const restore = await api.call<Body<'JobStartedResponse'>>(
      'POST',
      `/4.1/vm/${vm}/backups/${backup?.backupId}/restore`,
      { restoreLocations: [{ restoreFromLocation: location, esxHost: host?.name }], restartVM: true },
    )
    expect(restore.status).toBe(200)
    const job = await api.waitForJob(restore.body.response?.jobId ?? 0)
    expect(job).toMatchObject({ type: 'restore', status: 'SUCCESSFUL', backupId: backup?.backupId })
  })

  it('W7 restores a deleted VM found in a datastore backup, by UUID', async () => {
    const datastores = (await groups()).flatMap((g) => g.entities ?? []).filter((e) => e.type === 'VM')
    let deleted: Schemas['BackupEntity'] | undefined
    for (const vm of datastores) {
      const backups = await vmBackups(vm.moref)
      const oldest = backups[backups.length - 1]
      const ds = oldest?.entities?.[0]?.moref
      if (!ds) continue
      const dsBackups = await api.call<Body<'BackupListResponse'>>('GET', `/4.1/datastores/${ds}/backups`)
      deleted = dsBackups.body.response.backupResponseList
        .flatMap((b) => b.entities ?? [])
        .find((e) => e.type === 'VM' && e.deleted)
      if (deleted) break
    }
    expect(deleted?.uuid).toBeTruthy()
    const uuid = deleted?.uuid ?? ''
    const backups = await vmBackups(uuid)
    const backup = backups.find((b) => !b.partial)
    const locations = await api.call<Body<'SnapshotLocationListResponse'>>(
      'GET',
      `/4.1/vm/backups/${backup?.backupId}/snapshotlocations`,
    )
    const hosts = await api.call<Body<'EsxHostListResponse'>>(
      'GET',
      `/4.1/vm/${deleted?.moref}/backups/availableesxhosts`,
    )
    const restore = await api.call<Body<'JobStartedResponse'>>(
      'POST',
      `/4.1/vm/${uuid}/backups/${backup?.backupId}/restore`,
      {
        restoreLocations: [
          {
            restoreFromLocation: locations.body.response.snapshotLocationsList[0],
            esxHost: hosts.body.response.availableEsxHostsList[0]?.name,
          },
        ],
        restartVM: true,
      },
    )
    expect(restore.status).toBe(200)
    expect((await api.waitForJob(restore.body.response?.jobId ?? 0)).status).toBe('SUCCESSFUL')
  })

  it('W8 restores VMDKs with location, disk, datastore and host from the listing calls', async () => {
    const rg = await group('RG_Oracle_Fin')
    const vm = rg.entities?.[1]?.moref ?? ''
    const backup = (await vmBackups(vm))[0]
    const locations = await api.call<Body<'SnapshotLocationListResponse'>>(
      'GET',
      `/4.1/vm/backups/${backup?.backupId}/snapshotlocations`,
    )
    const disks = await api.call<Body<'VmdkLocationListResponse'>>(
      'GET',
      `/4.1/vm/${vm}/backups/vmdklocations`,
    )
    const datastores = await api.call<Body<'DatastoreNameListResponse'>>(
      'GET',
      `/4.1/vm/${vm}/backups/${backup?.backupId}/availabledatastores`,
    )
    const hosts = await api.call<Body<'EsxHostListResponse'>>(
      'GET',
      `/4.1/vm/${vm}/backups/availableesxhosts`,
    )
    const restore = await api.call<Body<'JobStartedResponse'>>(
      'POST',
      `/4.1/vm/${vm}/backups/${backup?.backupId}/restorevmdks`,
      {
        esxHost: hosts.body.response.availableEsxHostsList[0]?.name,
        vmdkRestoreLocations: [
          {
            restoreFromLocation: locations.body.response.snapshotLocationsList[0],
            vmdkToRestore: disks.body.response.vmdkLocationsList[0],
            restoreToDatastore: datastores.body.response.DatastoreNameList[0],
          },
        ],
      },
    )
    expect(restore.status).toBe(200)
    expect((await api.waitForJob(restore.body.response?.jobId ?? 0)).type).toBe('restoreVmdk')
  })

  it('W9 attaches VMDKs from a backup and W10 detaches them again', async () => {
    const rg = await group('RG_K8s_Workers')
    const vm = rg.entities?.[0]?.moref ?? ''
    const backupId = (await vmBackups(vm))[0]?.backupId
    const listPath = `/4.1/vm/${vm}/backups/${backupId}/vmdklocations`
    const disks = (await api.call<Body<'VmdkLocationListResponse'>>('GET', listPath)).body.response
      .vmdkLocationsList
    const attach = await api.call<Body<'JobStartedResponse'>>('POST', `/4.1/vm/${vm}/attachvmdks`, {
      backupId,
      vmdkLocations: disks,
    })
    expect(attach.status).toBe(200)
    await api.waitForJob(attach.body.response?.jobId ?? 0)
    const withAttached = (await api.call<Body<'VmdkLocationListResponse'>>('GET', listPath)).body.response
      .vmdkLocationsList
    const attached = withAttached.filter((d) => d.vmdkPath.startsWith('[scv_attach_'))
    expect(attached).toHaveLength(disks.length)

    const detach = await api.call<Body<'JobStartedResponse'>>('POST', `/4.1/vm/${vm}/detachvmdks`, {
      vmdksToDetach: attached,
    })
    expect(detach.status).toBe(200)
    await api.waitForJob(detach.body.response?.jobId ?? 0)
    const afterDetach = (await api.call<Body<'VmdkLocationListResponse'>>('GET', listPath)).body.response
      .vmdkLocationsList
    expect(afterDetach).toEqual(disks)
  })
})

describe('recovery state', () => {
  /** A VM of RG_Oracle_Fin with its newest backup, its first disk, and a datastore other than the disk's. */
  async function vmdkRestoreSetup() {
    const rg = await group('RG_Oracle_Fin')
    const vm = rg.entities?.[1]?.moref ?? ''
    const backup = (await vmBackups(vm))[0]
    const locations = await api.call<Body<'SnapshotLocationListResponse'>>(
      'GET',
      `/4.1/vm/backups/${backup?.backupId}/snapshotlocations`,
    )
    const disks = await api.call<Body<'VmdkLocationListResponse'>>(
      'GET',
      `/4.1/vm/${vm}/backups/vmdklocations`,
    )
    const disk = disks.body.response.vmdkLocationsList[0]
    const datastores = await api.call<Body<'DatastoreNameListResponse'>>(
      'GET',
      `/4.1/vm/${vm}/backups/${backup?.backupId}/availabledatastores`,
    )
    const other = datastores.body.response.DatastoreNameList.find((name) => name !== disk?.datastore)
    const hosts = await api.call<Body<'EsxHostListResponse'>>(
      'GET',
      `/4.1/vm/${vm}/backups/availableesxhosts`,
    )
    const body = {
      esxHost: hosts.body.response.availableEsxHostsList[0]?.name,
      vmdkRestoreLocations: [
        {
          restoreFromLocation: locations.body.response.snapshotLocationsList[0],
          vmdkToRestore: disk,
          restoreToDatastore: other,
        },
      ],
    }
    return { vm, backup, disk, other, body, space: datastores.body.response.datastoreSpace }
  }

  it('W8 to another datastore moves the disk there once the job has finished', async () => {
    const { vm, backup, disk, other, body, space } = await vmdkRestoreSetup()
    expect(space?.find((entry) => entry.name === other)?.freeBytes).toBeGreaterThan(0)
    const restore = await api.call<Body<'JobStartedResponse'>>(
      'POST',
      `/4.1/vm/${vm}/backups/${backup?.backupId}/restorevmdks`,
      body,
    )
    expect(restore.status).toBe(200)
    await api.waitForJob(restore.body.response?.jobId ?? 0)
    const after = await api.call<Body<'VmdkLocationListResponse'>>(
      'GET',
      `/4.1/vm/${vm}/backups/vmdklocations`,
    )
    expect(after.body.response.vmdkLocationsList[0]).toMatchObject({
      datastore: other,
      diskName: disk?.diskName,
    })
  })

  it('W8 to a datastore without room is a 400 that says how much is needed', async () => {
    const { vm, backup, other, body } = await vmdkRestoreSetup()
    const full = getSimulatorDb().datastores.find((d) => d.name === other)
    if (full) full.capacityGb = 1
    const restore = await api.call<Body<'JobStartedResponse'>>(
      'POST',
      `/4.1/vm/${vm}/backups/${backup?.backupId}/restorevmdks`,
      body,
    )
    expect(restore.status).toBe(400)
    expect(JSON.stringify(restore.body)).toContain('does not have enough free space')
  })

  it('W7 lists the ESXi hosts of the datastore a deleted VM is reached through', async () => {
    const db = getSimulatorDb()
    const ds = db.datastores.find((d) => d.hostMorefs.length > 0 && !d.mount)
    const hosts = await api.call<Body<'EsxHostListResponse'>>(
      'GET',
      `/4.1/vm/${ds?.moref}/backups/availableesxhosts`,
    )
    expect(hosts.status).toBe(200)
    const names = hosts.body.response.availableEsxHostsList.map((h) => h.name)
    const seeing = db.hosts.filter((h) => ds?.hostMorefs.includes(h.moref)).map((h) => h.name)
    expect(names.slice(0, seeing.length).sort()).toEqual([...seeing].sort())
  })

  it('W9 marks attached disks with the backup they came from, on the VM-wide list too', async () => {
    const rg = await group('RG_K8s_Workers')
    const vm = rg.entities?.[0]?.moref ?? ''
    const backupId = (await vmBackups(vm))[0]?.backupId
    const disks = (
      await api.call<Body<'VmdkLocationListResponse'>>(
        'GET',
        `/4.1/vm/${vm}/backups/${backupId}/vmdklocations`,
      )
    ).body.response.vmdkLocationsList
    const attach = await api.call<Body<'JobStartedResponse'>>('POST', `/4.1/vm/${vm}/attachvmdks`, {
      backupId,
      vmdkLocations: disks,
    })
    await api.waitForJob(attach.body.response?.jobId ?? 0)
    const all = (
      await api.call<Body<'VmdkLocationListResponse'>>('GET', `/4.1/vm/${vm}/backups/vmdklocations`)
    ).body.response.vmdkLocationsList
    expect(all.filter((d) => d.attachedFromBackupId === backupId)).toHaveLength(disks.length)
  })
})

/** W11 steps 1–3 on RG_NFS_Dev's first datastore: a backup not mounted yet and its first snapshot location. */
async function unmountedBackup() {
  const rg = await group('RG_NFS_Dev')
  const ds = rg.entities?.[0]?.moref ?? ''
  const backups = await api.call<Body<'BackupListResponse'>>('GET', `/4.1/datastores/${ds}/backups`)
  const backup = backups.body.response.backupResponseList.find((b) => !b.mounted)
  const locators = await api.call<Body<'SnapshotLocationListResponse'>>(
    'GET',
    `/4.1/datastores/backups/${backup?.backupId}/snapshotlocators`,
  )
  return { ds, backup, chosen: locators.body.response.snapshotLocationsList[0] }
}

describe('mount workflows', () => {
  it('W11 mounts a datastore backup and W12 unmounts it, with cleanup', async () => {
    const { ds, backup, chosen } = await unmountedBackup()
    const hosts = await api.call<Body<'EsxHostListResponse'>>(
      'GET',
      `/4.1/datastores/${ds}/availableEsxHosts`,
    )
    const mount = await api.call<Body<'JobStartedResponse'>>(
      'POST',
      `/4.1/datastores/backups/${backup?.backupId}/mount`,
      {
        datastore: chosen?.datastore,
        location: chosen?.location,
        esxHostName: hosts.body.response.availableEsxHostsList[0]?.name,
      },
    )
    expect(mount.status).toBe(200)
    expect((await api.waitForJob(mount.body.response?.jobId ?? 0)).status).toBe('SUCCESSFUL')
    const mountedPath = `/4.1/datastores/backups/${backup?.backupId}/mounted`
    const mounted = (await api.call<Body<'MountedDatastoreListResponse'>>('GET', mountedPath)).body.response
      .mountedDatastoresList
    expect(mounted).toHaveLength(1)
    expect(mounted[0]).toMatchObject({ sourceDatastore: chosen?.datastore, location: chosen?.location })
    const listed = await api.call<Body<'BackupListResponse'>>('GET', `/4.1/datastores/${ds}/backups`)
    expect(
      listed.body.response.backupResponseList.find((b) => b.backupId === backup?.backupId)?.mounted,
    ).toBe(true)

    const unmount = await api.call<Body<'JobStartedResponse'>>('POST', '/4.1/datastores/unmount', {
      datastoreMorefs: mounted.map((m) => m.moref),
    })
    expect(unmount.status).toBe(200)
    await api.waitForJob(unmount.body.response?.jobId ?? 0)
    const gone = (await api.call<Body<'MountedDatastoreListResponse'>>('GET', mountedPath)).body.response
    expect(gone.mountedDatastoresList).toEqual([])
    const cleanup = await api.call('POST', `/backup/${backup?.backupId}/cleanup`)
    expect(cleanup.status).toBe(200)
  })

  it('W12 step 3: a seeded stale mount shows as mounted with nothing to unmount until cleanup clears it', async () => {
    const rg = await group('RG_NFS_Prod')
    const ds = rg.entities?.[0]?.moref ?? ''
    const list = async () =>
      (await api.call<Body<'BackupListResponse'>>('GET', `/4.1/datastores/${ds}/backups`)).body.response
        .backupResponseList
    const mountedList = async (id: number) =>
      (await api.call<Body<'MountedDatastoreListResponse'>>('GET', `/4.1/datastores/backups/${id}/mounted`))
        .body.response.mountedDatastoresList
    const flagged = (await list()).filter((b) => b.mounted)
    const stale = []
    for (const b of flagged) if ((await mountedList(b.backupId)).length === 0) stale.push(b)
    expect(stale).toHaveLength(1)
    const id = stale[0]?.backupId ?? 0
    const cleanup = await api.call<Body<'JobStartedResponse'>>('POST', `/backup/${id}/cleanup`)
    await api.waitForJob(cleanup.body.response?.jobId ?? 0)
    expect((await list()).find((b) => b.backupId === id)?.mounted).toBe(false)
  })

  it('refuses SCV-style: an unknown ESXi host, and unmounting what is not mounted (any more)', async () => {
    const { ds, backup, chosen } = await unmountedBackup()
    const badHost = await api.call<Body<'ErrorResponse'>>(
      'POST',
      `/4.1/datastores/backups/${backup?.backupId}/mount`,
      { datastore: chosen?.datastore, location: chosen?.location, esxHostName: 'esxi-nowhere.demo.local' },
    )
    expect(badHost.status).toBe(400)
    expect(String(badHost.body.responseMessage)).toContain('esxi-nowhere.demo.local')
    const notMounted = await api.call<Body<'ErrorResponse'>>('POST', '/4.1/datastores/unmount', {
      datastoreMorefs: [ds],
    })
    expect(notMounted.status).toBe(400)
    const gone = await api.call<Body<'ErrorResponse'>>('POST', '/4.1/datastores/unmount', {
      datastoreMorefs: ['datastore-99999'],
    })
    expect(gone.status).toBe(400)
    expect(String(gone.body.responseMessage)).toContain('is not mounted')
  })
})

describe('monitoring and settings workflows', () => {
  it('W13 lists jobs by type, a job, its logs, and the protection reports', async () => {
    const mounts = await api.call<Body<'JobListResponse'>>('GET', '/4.1/jobs?jobType=mountBackup')
    const list = mounts.body.response.jobResponseList
    expect(list.length).toBeGreaterThan(10)
    expect(list.every((j) => j.type === 'mountBackup')).toBe(true)
    const detail = await api.call<Body<'JobResponse'>>('GET', `/4.1/jobs/${list[5]?.id}`)
    expect(detail.body.response.tasks?.length).toBeGreaterThan(0)
    const logs = await api.call<Body<'JobLogsResponse'>>('GET', `/4.1/jobs/${list[5]?.id}/logs`)
    expect(logs.body.response.jobLogsList[0]?.message).toContain('started')
    const bundle = await fetch(`${sim.url}/api/4.1/jobs/${list[5]?.id}/logs`, {
      headers: { Token: api.token ?? '', Accept: 'application/octet-stream' },
    })
    expect(bundle.headers.get('content-disposition')).toContain('attachment')
    const protectedVms = await api.call<Body<'ProtectedVmListResponse'>>('GET', '/4.1/reports/protectedVM')
    const unprotected = await api.call<Body<'UnprotectedVmListResponse'>>('GET', '/4.1/reports/unProtectedVM')
    const p = new Set(protectedVms.body.response.protectedVmResponseList.map((v) => v.moref))
    expect(p.size).toBeGreaterThan(50)
    expect(unprotected.body.response.unprotectedVmResponseList.length).toBeGreaterThan(10)
    expect(unprotected.body.response.unprotectedVmResponseList.some((v) => p.has(v.moref))).toBe(false)
  })

  it('W14 marks a stuck job failed, and refuses to fail it twice', async () => {
    const jobs = await api.call<Body<'JobListResponse'>>('GET', '/4.1/jobs')
    const stuck = jobs.body.response.jobResponseList.find(
      (j) => j.status === 'RUNNING' && Date.parse(j.startTime) < Date.now() - 3_600_000,
    )
    expect(stuck).toBeDefined()
    const fail = await api.call('POST', `/4.1/jobs/${stuck?.id}/failJobs`)
    expect(fail.status).toBe(200)
    const after = await api.call<Body<'JobResponse'>>('GET', `/4.1/jobs/${stuck?.id}`)
    expect(after.body.response.status).toBe('FAILED')
    const again = await api.call<Body<'ErrorResponse'>>('POST', `/4.1/jobs/${stuck?.id}/failJobs`)
    expect(again.status).toBe(400)
    expect(again.body.responseMessage).toMatch(/not running/)
  })

  it('W15 reads the built-in schedules and changes one cron expression', async () => {
    const list = await api.call<Body<'BuiltInScheduleListResponse'>>('GET', '/4.1/schedules')
    expect(list.body.response.scheduleResponseList.map((s) => s.name)).toEqual([
      'Schedule-DatabaseDump',
      'Schedule-PurgeBackups',
      'Schedule-AsupDataCollection',
      'Schedule-ComputeStorageSaving',
      'Schedule-PurgeJobs',
    ])
    const put = await api.call('PUT', '/4.1/schedules', {
      name: 'Schedule-DatabaseDump',
      cronExpression: '0 15 2 ? * MON-FRI',
    })
    expect(put.status).toBe(200)
    const after = await api.call<Body<'BuiltInScheduleListResponse'>>('GET', '/4.1/schedules')
    expect(
      after.body.response.scheduleResponseList.find((s) => s.name === 'Schedule-DatabaseDump')
        ?.cronExpression,
    ).toBe('0 15 2 ? * MON-FRI')
    // Quartz's dialect: Unix five-field cron and both day fields set are refused in Quartz's words.
    for (const [cron, words] of [
      ['0 2 * * *', /Unexpected end of expression/],
      ['0 0 2 * * *', /day-of-week AND a day-of-month/],
      ['0 0 0 ? * * 2020', /will never fire/],
    ] as const) {
      const bad = await api.call<Body<'ErrorResponse'>>('PUT', '/4.1/schedules', {
        name: 'Schedule-DatabaseDump',
        cronExpression: cron,
      })
      expect(bad.status, cron).toBe(400)
      expect(bad.body.responseMessage).toMatch(words)
    }
    // The job-log page says the six-hourly purge cannot be rescheduled; the simulator follows it.
    const purge = await api.call<Body<'ErrorResponse'>>('PUT', '/4.1/schedules', {
      name: 'Schedule-PurgeJobs',
      cronExpression: '0 0 0/12 * * ?',
    })
    expect(purge.status).toBe(400)
    expect(purge.body.responseMessage).toMatch(/cannot be modified/)
  })

  it('W16 reads audit files in every integrity state, verifies them and changes the settings', async () => {
    const files = await api.call<Body<'AuditLogFileListResponse'>>('GET', '/4.1/audit/logs')
    const states = new Set(files.body.response.auditLogResponseList.map((f) => f.integrityStatus))
    expect(states).toEqual(new Set(['TAMPERED', 'NORMAL', 'ROLLOVER DELETE', 'UNEXPECTED DELETE', 'ACTIVE']))
    const one = await api.call<Body<'AuditLogFileDetailResponse'>>('GET', '/4.1/audit/logs/audit.log')
    expect(one.body.response.entries?.length).toBeGreaterThan(0)
    const verify = await api.call<Body<'AuditLogFileListResponse'>>('POST', '/4.1/audit/verify')
    const verified = verify.body.response.auditLogResponseList
    // The file changed after the last verification is found; the one found earlier stays TAMPERED.
    expect(verified.filter((f) => f.integrityStatus === 'TAMPERED')).toHaveLength(2)
    const log = await api.call<Body<'AuditLogFileDetailResponse'>>('GET', '/4.1/audit/logs/audit.log')
    expect(log.body.response.entries?.at(-1)).toMatchObject({ event: 'Audit Log Verify' })
    const config = await api.call<Body<'AuditConfigResponse'>>('GET', '/4.1/audit/config')
    expect(config.body.response).toMatchObject({
      auditMaxROFiles: 10,
      auditLogSize: 10,
      syslogEnabled: false,
    })
    const put = await api.call('PUT', '/4.1/audit/config', {
      auditMaxROFiles: 20,
      auditLogSize: 50,
      syslogEnabled: true,
      syslogServerIp: '10.0.0.5',
      syslogServerPort: 514,
      syslogRfcFormat: 'RFC_5424',
    })
    expect(put.status).toBe(200)
    const cert = await api.call('PUT', '/4.1/audit/syslogcert', {
      certificate: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----',
    })
    expect(cert.status).toBe(200)
    for (const certificate of [
      'not a certificate',
      '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----',
    ]) {
      const refused = await api.call('PUT', '/4.1/audit/syslogcert', { certificate })
      expect(refused.status).toBe(400)
    }
    const badPort = await api.call<Body<'ErrorResponse'>>('PUT', '/4.1/audit/config', {
      auditMaxROFiles: 20,
      auditLogSize: 50,
      syslogEnabled: true,
      syslogServerIp: 'syslog.demo.local',
      syslogServerPort: 70000,
      syslogRfcFormat: 'RFC_5424',
    })
    expect(badPort.status).toBe(400)
    expect(badPort.body.responseMessage).toMatch(/port must be between 1 and 65535/)
    const after = await api.call<Body<'AuditConfigResponse'>>('GET', '/4.1/audit/config')
    expect(after.body.response).toMatchObject({ auditMaxROFiles: 20, syslogServerPort: 514 })
    expect(after.body.response.syslogCertificateExpiry).toBeTruthy()
  })
})
