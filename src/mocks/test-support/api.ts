import { getResponse } from 'msw'
import type { components } from '../../api/schema'
import { handlers } from '../handlers'
import { SIMULATOR_PASSWORD } from '../model/sessions'

export type Schemas = components['schemas']

export interface Reply<T> {
  status: number
  body: T
}

/** A small test client for the simulator: over real HTTP (`fetch`) or in-process (`getResponse`). */
export interface SimApi {
  token: string | null
  login(username?: string): Promise<string>
  call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Reply<T>>
  /** Polls a job until it leaves RUNNING and returns it. */
  waitForJob(id: number): Promise<Schemas['Job']>
}

type Transport = (request: Request) => Promise<Response>

/** Sends requests through MSW's resolution without a server: fast, for rule tests. */
export const inProcess: Transport = async (request) => {
  // The simulator serves `/api` on the origin it is asked on, as the HTTP server does for its own.
  const response = await getResponse(handlers, request, { baseUrl: new URL(request.url).origin })
  // Behave like fetch: a network error rejects instead of resolving.
  if (response?.type === 'error') throw new TypeError('Failed to fetch (simulated network error)')
  return response ?? new Response('{"statusCode":404}', { status: 404 })
}

/** Builds a client on a transport and an origin (`http://127.0.0.1:<port>` for the HTTP server). */
export function simApi(origin = 'http://scv.test', transport: Transport = inProcess): SimApi {
  const api: SimApi = {
    token: null,
    async login(username = 'administrator@vsphere.local') {
      const reply = await api.call<Schemas['LoginResponse']>('POST', '/4.1/auth/login', {
        username,
        password: SIMULATOR_PASSWORD,
      })
      if (reply.status !== 200) throw new Error(`login failed: ${reply.status}`)
      api.token = reply.body.response.token
      return api.token
    },
    async call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
      const request = new Request(`${origin}/api${path}`, {
        method,
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(api.token ? { Token: api.token } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const response = await transport(request)
      const text = await response.text()
      return { status: response.status, body: (text ? JSON.parse(text) : null) as T }
    },
    async waitForJob(id: number) {
      for (let i = 0; i < 200; i++) {
        const reply = await api.call<Schemas['JobResponse']>('GET', `/4.1/jobs/${id}`)
        if (reply.body.response.status !== 'RUNNING') return reply.body.response
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      throw new Error(`job ${id} still running`)
    },
  }
  return api
}
