/**
 * The container's HEALTHCHECK: asks this server's own /bff/health over loopback, in HTTP or HTTPS as the
 * server listens. The server being up is what counts here (an appliance being down is reported in the
 * answer, not a reason to restart the console).
 */
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'

const secure = Boolean(process.env.TLS_CERT_FILE)
const request = secure ? httpsRequest : httpRequest
// Loopback to itself: its certificate names the public host, not 127.0.0.1.
const req = request(
  {
    host: '127.0.0.1',
    port: Number(process.env.PORT ?? 8080),
    path: '/bff/health',
    timeout: 4_000,
    rejectUnauthorized: false,
  },
  (res) => {
    res.resume()
    process.exit(res.statusCode === 200 ? 0 : 1)
  },
)
req.on('error', () => process.exit(1))
req.on('timeout', () => req.destroy())
req.end()
