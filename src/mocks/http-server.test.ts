// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SIMULATOR_PASSWORD, SIMULATOR_USERS, startHttpSimulator, type HttpSimulator } from './http-server'

describe('the HTTP simulator', () => {
  let sim: HttpSimulator
  beforeAll(async () => {
    sim = await startHttpSimulator({ port: 0 })
  })
  afterAll(async () => {
    await sim.close()
  })

  it('answers the appliance API under /api', async () => {
    const response = await fetch(`${sim.url}/api/4.1/jobs`)
    expect(response.status).toBe(401)
  })

  it('does not treat a path that merely contains /api/ as the appliance', async () => {
    const response = await fetch(`${sim.url}/src/features/auth/api/mutations.ts`)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('No such endpoint')
  })

  it('says where its time went in a Server-Timing header (here for the job list, which arrives whole)', async () => {
    const login = await fetch(`${sim.url}/api/4.1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: SIMULATOR_USERS[0], password: SIMULATOR_PASSWORD }),
    })
    const token = ((await login.json()) as { response: { token: string } }).response.token
    const before = performance.timeOrigin + performance.now()
    const response = await fetch(`${sim.url}/api/4.1/jobs`, { headers: { Token: token } })
    const timing = response.headers.get('server-timing') ?? ''
    const received = Number(/sim-received;desc="([\d.]+)"/.exec(timing)?.[1])
    expect(received).toBeGreaterThanOrEqual(Math.floor(before))
    expect(timing).toMatch(/sim-answer;dur=[\d.]+, sim-first-byte;dur=[\d.]+/)
    const body = (await response.json()) as { response: { jobResponseList: Array<{ id: number }> } }
    const ids = body.response.jobResponseList.map((job) => job.id)
    expect(ids.length).toBeGreaterThan(1_000)
    // Newest first, every job once.
    expect(ids).toEqual([...ids].sort((a, b) => b - a))
  })
})
