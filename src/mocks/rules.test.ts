// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { expireTokens, getSimulatorDb, resetSimulator, setClock, setScenario } from './index'
import { FORBIDDEN_NAME_CHARACTERS } from '../lib/validation/scv-rules'
import { simApi, type SimApi, type Schemas } from './test-support/api'

// Every bad-input rule of docs/scv-api.md §4 gets the appliance's kind of error, always with a JSON body.
let api: SimApi

beforeEach(async () => {
  resetSimulator()
  setScenario('fastJobs', { ms: 30 })
  api = simApi()
  await api.login()
})

const policy = (overrides: Record<string, unknown> = {}) => ({
  name: 'Nightly_Gold',
  frequency: 'DAILY',
  retention: { type: 'COUNT', value: 7 },
  ...overrides,
})

async function expectError(
  reply: Promise<{ status: number; body: unknown }>,
  status: number,
  message?: RegExp,
): Promise<void> {
  const { status: got, body } = await reply
  expect(got).toBe(status)
  const error = body as Schemas['ErrorResponse']
  expect(error.statusCode).toBe(status)
  expect(typeof error.statusMessage).toBe('string')
  if (message) expect(String(error.responseMessage)).toMatch(message)
}

describe('authentication', () => {
  it('refuses unknown credentials with 401 and a message', async () => {
    const anon = simApi()
    await expectError(
      anon.call('POST', '/4.1/auth/login', { username: 'root', password: 'simulator' }),
      401,
      /invalid vCenter user name or password/,
    )
    await expectError(
      anon.call('POST', '/4.1/auth/login', { username: 'administrator@vsphere.local', password: 'nope' }),
      401,
    )
  })

  it('accepts both account spellings', async () => {
    await expect(simApi().login('DEMO\\administrator')).resolves.toBeTruthy()
    await expect(simApi().login('administrator@vsphere.local')).resolves.toBeTruthy()
  })

  it('answers 401 without a token, with an unknown one, and after the tokens expire', async () => {
    await expectError(simApi().call('GET', '/4.1/jobs'), 401, /missing/)
    await expectError(api.call('GET', '/4.1/jobs', undefined, { Token: 'forged' }), 401, /invalid/)
    expect((await api.call('GET', '/4.1/policies')).status).toBe(200)
    expireTokens()
    await expectError(api.call('GET', '/4.1/policies'), 401, /expired/)
  })

  it('expires a token after 120 minutes, or sooner under shortTokenLifetime', async () => {
    const start = Date.now()
    setClock(() => start + 119 * 60_000)
    expect((await api.call('GET', '/4.1/policies')).status).toBe(200)
    setClock(() => start + 121 * 60_000)
    await expectError(api.call('GET', '/4.1/policies'), 401, /expired/)
    setClock(null)
    setScenario('shortTokenLifetime', { ms: 1_000 })
    await api.login()
    setClock(() => Date.now() + 2_000)
    await expectError(api.call('GET', '/4.1/policies'), 401)
  })
})

describe('naming and policy rules', () => {
  it.each(FORBIDDEN_NAME_CHARACTERS)('refuses a policy name containing %j', async (c) => {
    await expectError(api.call('POST', '/4.1/policies', policy({ name: `Gold${c}1` })), 400, /not allowed/)
  })

  it('refuses a resource group name with a space', async () => {
    await expectError(
      api.call('POST', '/4.1/resource-groups', {
        name: 'My Group',
        entities: ['vm-2101'],
        spanningDatastores: { spanningType: 'EXCLUDE_ALL' },
        policies: [],
        notification: 'NEVER',
      }),
      400,
      /space/,
    )
  })

  it('keeps retention within 1..1018, and at least 2 with SnapVault', async () => {
    for (const value of [0, 1019]) {
      await expectError(
        api.call('POST', '/4.1/policies', policy({ retention: { type: 'COUNT', value } })),
        400,
        /1018/,
      )
    }
    await expectError(
      api.call(
        'POST',
        '/4.1/policies',
        policy({ retention: { type: 'COUNT', value: 1 }, updateSnapVault: true }),
      ),
      400,
      /between 2 and 1018/,
    )
    const ok = await api.call('POST', '/4.1/policies', policy({ retention: { type: 'COUNT', value: 1018 } }))
    expect(ok.status).toBe(200)
  })

  it('limits the snapshot label to 31 characters', async () => {
    await expectError(api.call('POST', '/4.1/policies', policy({ snapshotLabel: 'x'.repeat(32) })), 400, /31/)
    expect((await api.call('POST', '/4.1/policies', policy({ snapshotLabel: 'x'.repeat(31) }))).status).toBe(
      200,
    )
  })

  it('refuses to delete a policy a group uses, and deletes an unused one', async () => {
    await expectError(api.call('DELETE', '/4.1/policies/1'), 400, /Detach it/)
    expect((await api.call('DELETE', '/4.1/policies/6')).status).toBe(200)
    const list = await api.call<Schemas['PolicyListResponse']>('GET', '/4.1/policies')
    expect(list.body.response.policyResponseList.map((p) => p.id)).not.toContain(6)
  })
})

describe('resource group composition', () => {
  const body = (entities: string[], spanningType = 'EXCLUDE_ALL') => ({
    name: 'RG_Rule_Check',
    entities,
    spanningDatastores: { spanningType },
    policies: [{ id: 2 }],
    notification: 'NEVER',
  })

  it('keeps a FlexGroup datastore alone', async () => {
    const db = getSimulatorDb()
    const flexGroup = db.datastores.find((d) => d.kind === 'FLEXGROUP')?.moref ?? ''
    const nfs = db.datastores.find((d) => d.kind === 'NFS')?.moref ?? ''
    await expectError(api.call('POST', '/4.1/resource-groups', body([flexGroup, nfs])), 400, /FlexGroup/)
    expect((await api.call('POST', '/4.1/resource-groups', body([flexGroup]))).status).toBe(200)
  })

  it('does not mix vVol VMs with traditional ones', async () => {
    const db = getSimulatorDb()
    const vvol = db.vms.find((v) => v.vvol)?.moref ?? ''
    const traditional = db.vms.find((v) => !v.vvol && !v.deleted)?.moref ?? ''
    await expectError(api.call('POST', '/4.1/resource-groups', body([vvol, traditional])), 400, /vVol/)
  })

  it('refuses unknown entities and policies', async () => {
    await expectError(api.call('POST', '/4.1/resource-groups', body(['vm-999999'])), 400, /vm-999999/)
    await expectError(
      api.call('POST', '/4.1/resource-groups', { ...body(['vm-2101']), policies: [{ id: 999 }] }),
      400,
      /999/,
    )
  })
})

describe('restore and backup rules', () => {
  it('refuses to restore a template', async () => {
    const db = getSimulatorDb()
    const template = db.vms.find((v) => v.template)
    expect(template).toBeDefined()
    // Templates are never in a backup's member list, so borrow one that is to reach the template check.
    db.backups[0] = {
      ...db.backups[0]!,
      vmMorefs: [...(db.backups[0]?.vmMorefs ?? []), template?.moref ?? ''],
    }
    const backupId = db.backups[0].id
    await expectError(
      api.call('POST', `/4.1/vm/${template?.moref}/backups/${backupId}/restore`, {
        restoreLocations: [],
        restartVM: false,
      }),
      400,
      /template/,
    )
  })

  it('refuses restartVM true on a partial backup', async () => {
    const db = getSimulatorDb()
    const partial = db.backups.find((b) => b.partial)
    const vm = partial?.vmMorefs[0]
    await expectError(
      api.call('POST', `/4.1/vm/${vm}/backups/${partial?.id}/restore`, {
        restoreLocations: [],
        restartVM: true,
      }),
      400,
      /partial backup/,
    )
  })

  it('refuses backup now while a restore runs on the same group', async () => {
    const db = getSimulatorDb()
    setScenario('fastJobs', { ms: 60_000 })
    const backup = [...db.backups].reverse().find((b) => b.rgId === 1 && !b.partial)
    const vm = backup?.vmMorefs[0] ?? ''
    const locations = await api.call<Schemas['SnapshotLocationListResponse']>(
      'GET',
      `/4.1/vm/backups/${backup?.id}/snapshotlocations`,
    )
    const hosts = await api.call<Schemas['EsxHostListResponse']>(
      'GET',
      `/4.1/vm/${vm}/backups/availableesxhosts`,
    )
    const restore = await api.call('POST', `/4.1/vm/${vm}/backups/${backup?.id}/restore`, {
      restoreLocations: [
        {
          restoreFromLocation: locations.body.response.snapshotLocationsList[0],
          esxHost: hosts.body.response.availableEsxHostsList[0]?.name,
        },
      ],
      restartVM: false,
    })
    expect(restore.status).toBe(200)
    await expectError(
      api.call('POST', '/4.1/resource-groups/backupnow', { resourceGroupId: 1, policyId: 1 }),
      400,
      /restore is running/,
    )
  })

  it('refuses a policy the group does not use, and mounting a vVol datastore', async () => {
    await expectError(
      api.call('POST', '/4.1/resource-groups/backupnow', { resourceGroupId: 1, policyId: 4 }),
      400,
      /not attached/,
    )
    const db = getSimulatorDb()
    const vvolBackup = db.backups.find((b) =>
      db.datastores.some((d) => d.kind === 'VVOL' && b.datastoreMorefs.includes(d.moref)),
    )
    await expectError(
      api.call('POST', `/4.1/datastores/backups/${vvolBackup?.id}/mount`, {
        datastore: 'vvol_ds01',
        location: 'x',
        esxHostName: 'esxi-a01.demo.local',
      }),
      400,
      /vVol/,
    )
  })

  it('refuses failJobs on a finished job', async () => {
    await expectError(api.call('POST', '/4.1/jobs/1/failJobs'), 400, /not running/)
  })
})

describe('unknown ids', () => {
  it.each([
    ['GET', '/4.1/jobs/99999999'],
    ['GET', '/4.1/jobs/99999999/logs'],
    ['POST', '/4.1/jobs/99999999/failJobs'],
    ['PUT', '/4.1/policies/9999'],
    ['DELETE', '/4.1/policies/9999'],
    ['DELETE', '/4.1/resource-groups/9999'],
    ['POST', '/4.1/resource-groups/9999/suspend'],
    ['GET', '/4.1/vm/vm-0/backups'],
    ['GET', '/4.1/vm/backups/99999999/snapshotlocations'],
    ['GET', '/4.1/datastores/datastore-0/backups'],
    ['GET', '/4.1/datastores/backups/99999999/mounted'],
    ['GET', '/4.1/audit/logs/missing.log'],
  ])('%s %s → 404', async (method, path) => {
    await expectError(api.call(method, path, method === 'GET' || method === 'DELETE' ? undefined : {}), 404)
  })

  it('answers 404 for a backup-now on an unknown group', async () => {
    await expectError(
      api.call('POST', '/4.1/resource-groups/backupnow', { resourceGroupId: 9999, policyId: 1 }),
      404,
    )
  })
})
