/**
 * `npm run serve`: the production console server. Configuration comes from the environment (README,
 * "Deploying"); a mistake stops the start with a message that says what to change.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildServer } from './app.js'
import { ConfigError, loadAppliances } from './registry.js'

/** How long in-flight calls (a restore being started, a big list) may finish after SIGTERM. */
const SHUTDOWN_GRACE_MS = 25_000

function readTls(env: NodeJS.ProcessEnv) {
  const certFile = env.TLS_CERT_FILE?.trim()
  const keyFile = env.TLS_KEY_FILE?.trim()
  if (!certFile && !keyFile) return undefined
  if (!certFile || !keyFile) throw new ConfigError('Set both TLS_CERT_FILE and TLS_KEY_FILE, or neither')
  try {
    return { cert: readFileSync(certFile), key: readFileSync(keyFile) }
  } catch (error) {
    throw new ConfigError(`Cannot read the TLS certificate or key (${(error as Error).message})`)
  }
}

/** `true` trusts every hop (only when the server is reachable solely through the proxy); else the proxy's addresses. */
function trustProxyFrom(value: string | undefined): boolean | string {
  if (!value) return false
  if (value === 'true' || value === '1') return true
  return value
}

async function main(): Promise<void> {
  const env = process.env
  const appliances = loadAppliances(env)
  const tls = readTls(env)
  const host = env.HOST ?? '127.0.0.1'
  const port = Number(env.PORT ?? 8080)
  const { app } = await buildServer({
    appliances,
    distDir: resolve(env.SCV_CONSOLE_DIST ?? 'dist'),
    tls,
    hsts: Boolean(tls) || env.HSTS === '1',
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    logger: { level: env.LOG_LEVEL ?? 'info' },
  })
  for (const appliance of appliances) {
    if (appliance.tls.kind === 'insecure')
      app.log.warn(
        { appliance: appliance.id },
        'certificate verification is OFF for this appliance (insecureSkipTlsVerify)',
      )
  }
  if (!tls && !env.TRUST_PROXY && !['127.0.0.1', 'localhost', '::1'].includes(host))
    app.log.warn(
      'plain HTTP on a non-loopback address: browsers only keep the Secure session cookie over HTTPS, so put a TLS-terminating proxy in front (TRUST_PROXY) or set TLS_CERT_FILE/TLS_KEY_FILE',
    )

  let closing = false
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (closing) return
      closing = true
      app.log.info({ signal }, 'shutting down: no new requests, waiting for the ones in flight')
      const force = setTimeout(() => {
        app.log.warn('in-flight requests did not finish in time; exiting')
        process.exit(1)
      }, SHUTDOWN_GRACE_MS)
      force.unref()
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      )
    })
  }

  const address = await app.listen({ host, port })
  app.log.info(
    { appliances: appliances.map((a) => a.id), tls: Boolean(tls) },
    `SCV Console server listening on ${address}`,
  )
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`SCV Console server: ${error.message}`)
    process.exit(2)
  }
  console.error(error)
  process.exit(1)
})
