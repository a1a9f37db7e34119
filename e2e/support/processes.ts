import { spawn, type ChildProcess } from 'node:child_process'

/** Removes terminal colour codes. */
const ANSI_PATTERN = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g')
function stripAnsi(text: string): string {
  return text.replace(ANSI_PATTERN, '')
}

/** Starts a Node process and resolves once it prints `ready` (a string or pattern) on stdout or stderr. */
export function startProcess(
  args: string[],
  ready: RegExp,
  env: Record<string, string> = {},
  timeoutMs = 90_000,
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
      if (ready.test(output)) {
        clearTimeout(timer)
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
