// CPU time of the processes a benchmark round competes with, from /proc (Linux; elsewhere the numbers are null).
// On a shared 2-core machine the cold load's wall time depends on who else had the cores: the simulator
// building its answer, `vite preview` proxying it, Chromium booting the page, and other people's work.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { cpus } from 'node:os'

const TICK_MS = 10 // USER_HZ is 100 on Linux

function statOf(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
    return { ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) * TICK_MS }
  } catch {
    return null
  }
}

const CHROMIUM_PARTS = ['chromium renderer', 'chromium network', 'chromium gpu', 'chromium browser+other']

/** Which of Chromium's processes `pid` is, from its `--type` (the page and its worker run in a renderer). */
function chromiumPart(pid) {
  let args
  try {
    args = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
  } catch {
    return CHROMIUM_PARTS[3]
  }
  if (args.includes('--type=renderer')) return CHROMIUM_PARTS[0]
  if (args.includes('NetworkService')) return CHROMIUM_PARTS[1]
  if (args.includes('--type=gpu-process')) return CHROMIUM_PARTS[2]
  return CHROMIUM_PARTS[3]
}

/** Every process: pid → { ppid, cpu ms so far }. */
function processes() {
  const table = new Map()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const stat = statOf(name)
    if (stat) table.set(Number(name), stat)
  }
  return table
}

function descendantsOf(table, root) {
  const out = new Set([root])
  let grew = true
  while (grew) {
    grew = false
    for (const [pid, { ppid }] of table) {
      if (!out.has(pid) && out.has(ppid)) {
        out.add(pid)
        grew = true
      }
    }
  }
  return out
}

/** This process and every process it started, except the trees of `exclude` (root pids). */
export function ownProcesses(exclude = []) {
  const table = processes()
  const excluded = new Set(exclude.flatMap((pid) => [...descendantsOf(table, pid)]))
  return [...descendantsOf(table, process.pid)].filter((pid) => !excluded.has(pid))
}

/**
 * Pins processes (all their threads) to one CPU with `taskset`; their children inherit it. False when it could
 * not (no taskset, one core).
 */
export function pinToCore(pids, core) {
  if (cpus().length < 2) return false
  return pids.every(
    (pid) =>
      spawnSync('taskset', ['-a', '-p', '-c', String(core), String(pid)], { stdio: 'ignore' }).status === 0,
  )
}

/** Busy and total CPU ms of the whole machine (all cores) so far. */
function machine() {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/)
  const [user, nice, system, idle, iowait, irq, softirq, steal] = values.map(Number)
  const busy = user + nice + system + irq + softirq + steal
  return { busy: busy * TICK_MS, total: (busy + idle + iowait) * TICK_MS }
}

/**
 * A snapshot of the CPU used so far by every process, with the named process trees (`groups`: name → root pid)
 * and what else this process started (Chromium and its helpers) marked; `cpuBetween` turns two snapshots into
 * the CPU each group used in between (processes that ended in between are not counted).
 */
export function cpuSnapshot(groups) {
  try {
    const table = processes()
    const groupOf = new Map()
    for (const [name, pid] of Object.entries(groups))
      for (const p of descendantsOf(table, pid)) groupOf.set(p, name)
    for (const p of descendantsOf(table, process.pid)) if (!groupOf.has(p)) groupOf.set(p, chromiumPart(p))
    const self = process.cpuUsage()
    return {
      at: performance.now(),
      names: [...Object.keys(groups), ...CHROMIUM_PARTS, 'bench'],
      pids: new Map([...groupOf].map(([pid, name]) => [pid, { name, cpu: table.get(pid)?.cpu ?? 0 }])),
      bench: (self.user + self.system) / 1000,
      machine: machine(),
    }
  } catch {
    return null
  }
}

/** CPU ms each group used between two snapshots, the rest of the machine ('others') and the idle time. */
export function cpuBetween(before, after) {
  if (!before || !after) return null
  const out = Object.fromEntries(after.names.map((name) => [name, 0]))
  for (const [pid, { name, cpu }] of after.pids) {
    // A process that started in between counts from zero; the bench's own process is counted below.
    if (pid === process.pid || !(name in out)) continue
    out[name] += cpu - (before.pids.get(pid)?.cpu ?? 0)
  }
  out.bench = after.bench - before.bench
  const ours = Object.values(out).reduce((sum, value) => sum + value, 0)
  const busy = after.machine.busy - before.machine.busy
  out.others = Math.max(0, busy - ours)
  out.idle = Math.max(0, after.machine.total - before.machine.total - busy)
  out.wall = after.at - before.at
  out.cores = cpus().length
  return out
}

/** "simulator 410, preview 60, chromium 1630, bench 40, others 900, idle 120 ms of 2 × 1600 ms". */
export function cpuText(cpu) {
  if (!cpu) return 'CPU use unknown (no /proc)'
  const names = Object.keys(cpu).filter((k) => !['wall', 'cores'].includes(k))
  return `${names.map((k) => `${k} ${Math.round(cpu[k])}`).join(', ')} ms of ${cpu.cores} × ${Math.round(cpu.wall)} ms`
}
