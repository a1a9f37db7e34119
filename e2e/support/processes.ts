import { spawn, type ChildProcess } from 'node:child_process'

/** Removes terminal colour codes. */
const ANSI_PATTERN = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g')
function stripAnsi(text: string): string {
  return text.replace(ANSI_PATTERN, '')
}

/** A server started for a test, at the URL it printed. */
export interface StartedServer {
  url: string
  stop(): void
}

/**
 * Starts a Node server on a free port (`--port 0`) and resolves with the URL it announces: the first capture
 * group of `announced`. Free ports let several suites run side by side on one machine.
 */
async function startServer(
  args: string[],
  announced: RegExp,
  env: Record<string, string> = {},
): Promise<StartedServer> {
  let url = ''
  const child = await startProcess(args, announced, env, 90_000, (match) => {
    url = match[1] ?? ''
  })
  return { url, stop: () => stopProcess(child) }
}

/** `npm start`'s command (vite's dev server) on a free port of 127.0.0.1. */
export function startDevServer(env: Record<string, string> = {}): Promise<StartedServer> {
  return startServer(
    ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', '0'],
    /Local:\s+(http:\/\/127\.0\.0\.1:\d+)/,
    env,
  )
}

/** `npm run simulator` (the simulator as an HTTP server) on a free port of 127.0.0.1. */
export function startSimulatorServer(): Promise<StartedServer> {
  return startServer(
    ['scripts/simulator.mjs', '--port', '0', '--quiet'],
    /listening on (http:\/\/127\.0\.0\.1:\d+)/,
  )
}

/** Starts a Node process and resolves once it prints `ready` (a string or pattern) on stdout or stderr. */
export function startProcess(
  args: string[],
  ready: RegExp,
  env: Record<string, string> = {},
  timeoutMs = 90_000,
  onReady: (match: RegExpExecArray) => void = () => {},
): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    let output = ''
    const timer = setTimeout(() => {
      stopProcess(child)
      reject(new Error(`${args.join(' ')} did not become ready in ${timeoutMs} ms:\n${output}`))
    }, timeoutMs)
    const onData = (chunk: Buffer) => {
      // Vite colours parts of its banner (the port is bold): match on the plain text.
      output += stripAnsi(chunk.toString())
      const match = ready.exec(output)
      if (match) {
        clearTimeout(timer)
        // Keep draining the pipes (a full pipe would block the server) without keeping the text.
        child.stdout?.off('data', onData).resume()
        child.stderr?.off('data', onData).resume()
        onReady(match)
        resolve(child)
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`))
    })
  })
}

/** Stops the process and its children (vite starts some). */
export function stopProcess(child: ChildProcess | undefined): void {
  if (!child?.pid) return
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    child.kill('SIGTERM')
  }
}
