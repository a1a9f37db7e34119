import { getResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { handlers } from './index'

/**
 * How the browser worker and msw/node decide: MSW resolves the handlers' `/api/…` paths against the page's
 * `location`. The dev server serves the page's own modules from their source paths, several of them under a
 * folder named `api`; the simulator must leave every one of those to the dev server.
 */
describe('the simulator answers only the appliance URLs of the page origin', () => {
  const origin = window.location.origin

  it.each([
    '/src/features/auth/api/mutations.ts',
    '/src/api/client.ts',
    '/node_modules/.vite/deps/api.js',
    '/assets/api/index-abc123.js',
    '/src/mocks/__sim/scenarios.ts',
  ])('leaves the page asset %s alone', async (path) => {
    expect(await getResponse(handlers, new Request(`${origin}${path}`))).toBeUndefined()
  })

  it('answers /api/… on the page origin (here: the appliance 401 without a token)', async () => {
    const response = await getResponse(handlers, new Request(`${origin}/api/4.1/jobs`))
    expect(response?.status).toBe(401)
  })

  it('leaves /api/… on another origin alone', async () => {
    expect(await getResponse(handlers, new Request('http://elsewhere.test/api/4.1/jobs'))).toBeUndefined()
  })
})
