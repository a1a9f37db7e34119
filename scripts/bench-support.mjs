// What the benchmarks share: building and serving the console, stopping what they started, statistics.
import { existsSync } from 'node:fs'
import { spawn, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('..', import.meta.url))
const vite = ['node_modules/vite/bin/vite.js']
const reuse = process.argv.includes('--reuse')

export function log(line) {
  process.stdout.write(`${line}\n`)
}

/** Production build into `outDir` (kept with --reuse). `SCV_URL` in `env` builds without the simulator. */
export function buildConsole(outDir, env = {}) {
  if (reuse && existsSync(`${root}/${outDir}/index.html`)) {
    log(`reusing ${outDir}/`)
    return
  }
  log(`building into ${outDir}/ …`)
  const result = spawnSync(process.execPath, [...vite, 'build', '--outDir', outDir, '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SCV_URL: '', ...env },
  })
  if (result.status !== 0) throw new Error('build failed')
}

/** Resolves when the child prints a line matching `pattern`; fails after `timeoutMs` or if it exits. */
export function waitForOutput(child, pattern, timeoutMs, label) {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`${label} did not start:\n${output}`)), timeoutMs)
    const onData = (chunk) => {
      output += chunk.toString()
      if (pattern.test(output)) {
        clearTimeout(timer)
        resolve(child)
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) => reject(new Error(`${label} exited with ${code}:\n${output}`)))
  })
}

/** `vite preview` of `outDir` on 127.0.0.1:`port` (a proxy to `SCV_URL` when `env` gives one). */
export function serveBuild(outDir, port, env = {}) {
  const child = spawn(
    process.execPath,
    [...vite, 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: root,
      env: { ...process.env, SCV_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  )
  return waitForOutput(child, new RegExp(`127\\.0\\.0\\.1:${port}|Local:`), 60_000, 'vite preview')
}

/** Stops a child started detached, with its own children. */
export function stop(child) {
  if (!child?.pid) return
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    child.kill('SIGTERM')
  }
}

export const median = (values) => percentile(values, 50)

/** Nearest-rank percentile (the median of an even list is the mean of its middle two). */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return NaN
  if (p === 50) {
    const mid = sorted.length >> 1
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  }
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

export const ms = (value) => `${value.toFixed(1)} ms`
