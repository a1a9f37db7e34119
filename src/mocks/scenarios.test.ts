// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startHttpSimulator, type HttpSimulator } from './http-server'
import {
  clearScenarios,
  getRequestLog,
  listScenarios,
  parseScenarioSpec,
  resetSimulator,
  setScenario,
} from './index'
import { simApi, type SimApi, type Schemas } from './test-support/api'

let api: SimApi

beforeEach(async () => {
  resetSimulator()
  api = simApi()
  await api.login()
})

describe('transport faults', () => {
  it('delays every call, or only the matching path', async () => {
    setScenario('latency', { ms: 400, path: '/4.1/jobs' })
    let started = performance.now()
    await api.call('GET', '/4.1/policies')
    // Generous: an undelayed in-process call takes a few ms, even on a busy machine.
    expect(performance.now() - started).toBeLessThan(350)
    started = performance.now()
    await api.call('GET', '/4.1/jobs/1')
    expect(performance.now() - started).toBeGreaterThanOrEqual(395)
  })

  it('answers 500 or 503 with an SCV error body for one path only', async () => {
    setScenario('serverError', { path: '/4.1/policies' })
    setScenario('serviceUnavailable', { path: '*/4.1/schedules' })
    const failed = await api.call<Schemas['ErrorResponse']>('GET', '/4.1/policies')
    expect(failed).toMatchObject({ status: 500, body: { statusCode: 500 } })
    expect((await api.call('GET', '/4.1/schedules')).status).toBe(503)
    expect((await api.call('GET', '/4.1/resource-groups')).status).toBe(200)
  })

  it('refuses one request with the status and message a test names', async () => {
    setScenario('refused', { path: '/4.1/policies', method: 'POST', status: 409, message: 'Name taken' })
    setScenario('serverError', { path: '/4.1/jobs', message: 'Jobs down' })
    const refused = await api.call<Schemas['ErrorResponse']>('POST', '/4.1/policies', { name: 'x' })
    expect(refused).toMatchObject({ status: 409, body: { statusCode: 409, responseMessage: 'Name taken' } })
    expect((await api.call('GET', '/4.1/policies')).status).toBe(200)
    expect(await api.call('GET', '/4.1/jobs')).toMatchObject({
      status: 500,
      body: { responseMessage: 'Jobs down' },
    })
    expect(parseScenarioSpec('refused,status=405,message=Not allowed')).toEqual([
      { name: 'refused', status: 405, message: 'Not allowed' },
    ])
    expect(() => setScenario('refused', { status: 200 })).toThrow(/400–599/)
  })

  it('answers an operation the appliance lacks with a bare 404 (no SCV envelope)', async () => {
    setScenario('notOffered', { path: '*/4.1/configurations*' })
    const reply = await api.call<Record<string, unknown>>(
      'GET',
      '/4.1/configurations?configurationName=ENABLE_FSX',
    )
    expect(reply.status).toBe(404)
    expect(reply.body).not.toHaveProperty('statusMessage')
    expect((await api.call('GET', '/4.1/schedules')).status).toBe(200)
    // Limited to one method: the read still works while the change is not offered.
    setScenario('notOffered', { path: '*/4.1/schedules', method: 'PUT' })
    expect((await api.call('GET', '/4.1/schedules')).status).toBe(200)
    const put = await api.call('PUT', '/4.1/schedules', {
      name: 'Schedule-DatabaseDump',
      cronExpression: '0 0 2 * * ?',
    })
    expect(put.status).toBe(404)
  })

  it('fails at the network level', async () => {
    setScenario('networkError', { path: '/4.1/jobs' })
    await expect(api.call('GET', '/4.1/jobs')).rejects.toThrow()
  })

  it('sends malformed JSON with status 200', async () => {
    setScenario('malformedJson', { path: '/4.1/policies' })
    await expect(api.call('GET', '/4.1/policies')).rejects.toThrow(SyntaxError)
  })

  it('sends a body missing ids, names and statuses', async () => {
    setScenario('missingFields', { path: '/4.1/resource-groups' })
    const reply = await api.call<{ response: { resourceGroupResponseList: Record<string, unknown>[] } }>(
      'GET',
      '/4.1/resource-groups',
    )
    const first = reply.body.response.resourceGroupResponseList[0]
    expect(first).toBeDefined()
    expect(first).not.toHaveProperty('name')
    expect(first).not.toHaveProperty('id')
    expect(first).toHaveProperty('policies')
  })

  it('stalls a call for the given time before answering normally', async () => {
    setScenario('stall', { ms: 150, path: '/4.1/audit/config' })
    const started = performance.now()
    expect((await api.call('GET', '/4.1/audit/config')).status).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(140)
  })

  it('still records the request, and clears', async () => {
    setScenario('serverError')
    await api.call('GET', '/4.1/jobs?jobType=backup')
    expect(getRequestLog().at(-1)).toMatchObject({
      method: 'GET',
      path: '/api/4.1/jobs',
      query: { jobType: 'backup' },
    })
    clearScenarios()
    expect(listScenarios()).toEqual([])
    expect((await api.call('GET', '/4.1/policies')).status).toBe(200)
  })
})

describe('behaviour scenarios', () => {
  async function backupNowOutcome(): Promise<Schemas['Job']> {
    const start = await api.call<Schemas['JobStartedResponse']>('POST', '/4.1/resource-groups/backupnow', {
      resourceGroupId: 2,
      policyId: 1,
    })
    return api.waitForJob(start.body.response?.jobId ?? 0)
  }

  it('ends backups WARNING with a partial backup, or FAILED with none', async () => {
    setScenario('fastJobs', { ms: 20 })
    setScenario('backupWarning')
    const warning = await backupNowOutcome()
    expect(warning.status).toBe('WARNING')
    const backups = await api.call<Schemas['BackupListResponse']>(
      'GET',
      `/4.1/datastores/datastore-1001/backups`,
    )
    expect(backups.status).toBe(200)
    setScenario('backupFailed')
    const failed = await backupNowOutcome()
    expect(failed).toMatchObject({ status: 'FAILED', backupId: null })
    const groups = await api.call<Schemas['ResourceGroupListResponse']>('GET', '/4.1/resource-groups')
    expect(groups.body.response.resourceGroupResponseList.find((g) => g.id === 2)?.lastRunStatus).toBe(
      'FAILED',
    )
  })

  it('parses the URL/header syntax and rejects unknown names', () => {
    expect(parseScenarioSpec('latency,ms=2000,path=/4.1/jobs;backupFailed')).toEqual([
      { name: 'latency', ms: 2000, path: '/4.1/jobs' },
      { name: 'backupFailed' },
    ])
    expect(() => parseScenarioSpec('slowness')).toThrow(/Unknown simulator scenario/)
  })
})

describe('over HTTP', () => {
  let sim: HttpSimulator
  beforeAll(async () => {
    sim = await startHttpSimulator({ port: 0 })
  })
  afterAll(async () => {
    await sim.close()
  })

  it('switches a fault for one request with the X-Sim-Scenario header', async () => {
    const http = simApi(sim.url, (r) => fetch(r))
    await http.login()
    expect(
      (await http.call('GET', '/4.1/policies', undefined, { 'X-Sim-Scenario': 'serverError' })).status,
    ).toBe(500)
    expect((await http.call('GET', '/4.1/policies')).status).toBe(200)
  })

  it('drops the connection for networkError', async () => {
    const http = simApi(sim.url, (r) => fetch(r))
    await http.login()
    await expect(
      http.call('GET', '/4.1/jobs', undefined, { 'X-Sim-Scenario': 'networkError' }),
    ).rejects.toThrow()
  })

  it('offers admin endpoints for scenarios, requests and reset', async () => {
    const http = simApi(sim.url, (r) => fetch(r))
    expect((await fetch(`${sim.url}/__sim/requests`, { method: 'DELETE' })).status).toBe(200)
    const set = await fetch(`${sim.url}/__sim/scenarios`, {
      method: 'POST',
      body: JSON.stringify({ spec: 'serviceUnavailable,path=/4.1/jobs' }),
    })
    expect(((await set.json()) as { scenarios: unknown[] }).scenarios).toHaveLength(1)
    await http.login()
    expect((await http.call('GET', '/4.1/jobs')).status).toBe(503)
    const requests = (await (await fetch(`${sim.url}/__sim/requests`)).json()) as {
      requests: { path: string }[]
    }
    expect(requests.requests.map((r) => r.path)).toEqual(['/api/4.1/auth/login', '/api/4.1/jobs'])
    expect((await fetch(`${sim.url}/__sim/reset`, { method: 'POST' })).status).toBe(200)
    await http.login()
    expect((await http.call('GET', '/4.1/jobs')).status).toBe(200)
    const unknown = await fetch(`${sim.url}/api/4.1/nothing-here`)
    expect(unknown.status).toBe(401)
    expect(((await unknown.json()) as Schemas['ErrorResponse']).statusCode).toBe(401)
  })
})
