import { HttpResponse } from 'msw'
import { recordAudit } from '../model/audit'
import { getDb } from '../model/db'
import { login } from '../model/sessions'
import { envelope, guard, http, readJson, type Schemas } from './http'

/** Login with vCenter credentials; the token goes into the `Token` header of every later call. */
export const authHandlers = [
  http.post(
    '/4.1/auth/login',
    guard(async ({ request }) => {
      const body = await readJson<Schemas['LoginRequest']>(request)
      const session = login(getDb(), body.username, body.password)
      // The request has no token yet: the user is the one who just signed in.
      recordAudit(getDb(), {
        user: session.username,
        event: 'Account Login',
        object: session.username,
        message: `User ${session.username} logged in.`,
      })
      const reply: Schemas['LoginResponse'] = envelope({ token: session.token }, 'Login successful')
      return HttpResponse.json(reply)
    }),
  ),
]
