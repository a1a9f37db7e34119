// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHttpSimulator, type HttpSimulator } from './http-server'

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
})
