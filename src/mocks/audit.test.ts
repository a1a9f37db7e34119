// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { resetSimulator } from './index'
import { inProcess, simApi, type SimApi, type Schemas } from './test-support/api'

// The audit trail as the appliance keeps it: written as things happen, sealed files, verification, download.
let api: SimApi

beforeEach(async () => {
  resetSimulator()
  api = simApi()
  await api.login()
})

async function activeEntries() {
  const reply = await api.call<Schemas['AuditLogFileDetailResponse']>('GET', '/4.1/audit/logs/audit.log')
  return reply.body.response.entries ?? []
}

describe('audit trail', () => {
  it('writes an entry under the signed-in user when a resource group is created', async () => {
    const before = (await activeEntries()).length
    const created = await api.call('POST', '/4.1/resource-groups', {
      name: 'RG_Audit_Check',
      entities: ['vm-2101'],
      spanningDatastores: { spanningType: 'EXCLUDE_ALL' },
      policies: [],
      notification: 'NEVER',
    })
    expect(created.status).toBe(200)
    const entries = await activeEntries()
    expect(entries).toHaveLength(before + 1)
    expect(entries.at(-1)).toMatchObject({
      user: 'administrator@vsphere.local',
      event: 'Resource Group Create',
      object: 'RG_Audit_Check',
    })
    expect(entries.at(-1)?.raw).toMatch(/event="Resource Group Create" object="RG_Audit_Check"/)
  })

  it('does not write an entry for a refused request', async () => {
    const before = (await activeEntries()).length
    await api.call('POST', '/4.1/policies', { name: 'bad name' })
    expect(await activeEntries()).toHaveLength(before)
  })

  it('lists deleted files but refuses to open them', async () => {
    const files = await api.call<Schemas['AuditLogFileListResponse']>('GET', '/4.1/audit/logs')
    const gone = files.body.response.auditLogResponseList.find(
      (f) => f.integrityStatus === 'UNEXPECTED DELETE',
    )
    expect(gone?.firstEntryTime).toBeNull()
    const open = await api.call('GET', `/4.1/audit/logs/${gone?.fileName}`)
    expect(open.status).toBe(404)
  })

  it('sends the stored file for download, line for line', async () => {
    const response = await inProcess(
      new Request('http://scv.test/api/4.1/audit/logs/audit.log', {
        headers: { Accept: 'text/plain', Token: api.token ?? '' },
      }),
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Disposition')).toMatch(/filename="audit\.log"/)
    const text = await response.text()
    const entries = await activeEntries()
    expect(text.split('\n').filter(Boolean)).toEqual(entries.map((e) => e.raw))
  })

  it('verification finds the file changed since it was sealed and keeps the states of deleted files', async () => {
    const before = await api.call<Schemas['AuditLogFileListResponse']>('GET', '/4.1/audit/logs')
    const verify = await api.call<Schemas['AuditLogFileListResponse']>('POST', '/4.1/audit/verify')
    const states = (list: Schemas['AuditLogFile'][]) =>
      Object.fromEntries(list.map((f) => [f.fileName, f.integrityStatus]))
    const was = states(before.body.response.auditLogResponseList)
    const now = states(verify.body.response.auditLogResponseList)
    const changed = Object.keys(now).filter((name) => now[name] !== was[name])
    expect(changed).toHaveLength(1)
    expect(was[changed[0] ?? '']).toBe('NORMAL')
    expect(now[changed[0] ?? '']).toBe('TAMPERED')
    expect(Object.values(now)).toEqual(
      expect.arrayContaining(['ROLLOVER DELETE', 'UNEXPECTED DELETE', 'ACTIVE']),
    )
  })

  it('a lower file limit removes the oldest rolled files by rotation', async () => {
    await api.call('PUT', '/4.1/audit/config', { auditMaxROFiles: 2, auditLogSize: 10, syslogEnabled: false })
    const files = await api.call<Schemas['AuditLogFileListResponse']>('GET', '/4.1/audit/logs')
    const kept = files.body.response.auditLogResponseList.filter(
      (f) => f.fileName !== 'audit.log' && !/DELETE/.test(f.integrityStatus),
    )
    expect(kept).toHaveLength(2)
  })

  it('refuses a syslog host that does not resolve, in SCV words', async () => {
    const reply = await api.call<Schemas['ErrorResponse']>('PUT', '/4.1/audit/config', {
      auditMaxROFiles: 10,
      auditLogSize: 10,
      syslogEnabled: true,
      syslogServerIp: 'logs.example.invalid',
      syslogServerPort: 6514,
      syslogRfcFormat: 'RFC_5424',
    })
    expect(reply.status).toBe(400)
    expect(reply.body.responseMessage).toMatch(/could not be resolved/)
  })
})
