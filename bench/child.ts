/** Runs the bundled action (or another script) as a child process the way the runner does, and measures it. */
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { inputVariable, parseOutputFile, runnerEnv } from '../__tests__/helpers/action.js'
import { epochMs } from './sim/stats.js'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/** GNU time (Debian package `time`): the child's peak RSS from the kernel (ru_maxrss) and its CPU time. */
const GNU_TIME = '/usr/bin/time'

/** What one child run did and cost. */
export interface ChildRun {
  code: number | null
  stdout: string
  stderr: string
  /** Step outputs written to GITHUB_OUTPUT. */
  outputs: Record<string, string>
  /** Epoch ms just before spawn, and when the child exited. */
  startedAt: number
  exitedAt: number
  /** Peak resident set size in KiB: GNU time's %M, or the last VmHWM read from /proc while it ran. */
  peakRssKiB: number
  /** User + system CPU seconds, when GNU time measured them. */
  cpuSeconds: number | null
  workDir: string
}

/** How to run a child. */
export interface ChildOptions {
  /** Script and its arguments, after the node binary. */
  args: string[]
  /** Action inputs, passed as INPUT_* variables as given (bench/run.ts adds action.yml's defaults). */
  inputs?: Record<string, string>
  env?: Record<string, string>
  workDir: string
  node: string
  /** Measure with GNU time when installed (default true); scenario 5 spawns node directly to time its start. */
  measure?: boolean
  timeoutMs?: number
}

/** Whether GNU time is installed. */
export function hasGnuTime(): boolean {
  try {
    fs.accessSync(GNU_TIME, fs.constants.X_OK)
    return true
  } catch {
    return false
  }
}

function readHwmKiB(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m === null ? null : Number(m[1])
  } catch {
    return null
  }
}

/** Runs the child with a runner-like environment and waits for it to exit. */
export async function runChild(opts: ChildOptions): Promise<ChildRun> {
  const workDir = opts.workDir
  const temp = path.join(workDir, 'runner-temp')
  fs.mkdirSync(temp, { recursive: true })
  const outputFile = path.join(workDir, 'github-output')
  const summaryFile = path.join(workDir, 'step-summary.md')
  const timeFile = path.join(workDir, 'gnu-time')
  fs.writeFileSync(outputFile, '')
  fs.writeFileSync(summaryFile, '')
  const env = { ...runnerEnv({ workDir, temp, outputFile, summaryFile }), ...opts.env }
  for (const [k, v] of Object.entries(opts.inputs ?? {})) env[inputVariable(k)] = v
  const gnu = (opts.measure ?? true) && hasGnuTime()
  const [command, args] = gnu
    ? [GNU_TIME, ['-o', timeFile, '-f', '%M %U %S', opts.node, ...opts.args]]
    : [opts.node, opts.args]
  const startedAt = epochMs()
  const child = spawn(command, args, { env, cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  let hwm = 0
  const poll = gnu
    ? null
    : setInterval(() => (hwm = Math.max(hwm, child.pid === undefined ? 0 : (readHwmKiB(child.pid) ?? 0))), 20)
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 300_000)
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (c) => {
      resolve(c)
    })
  })
  const exitedAt = epochMs()
  clearTimeout(timer)
  if (poll !== null) clearInterval(poll)
  let cpuSeconds: number | null = null
  if (gnu) {
    const [rss = '0', user = '0', sys = '0'] =
      fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop()?.split(' ') ?? []
    hwm = Number(rss)
    cpuSeconds = Number(user) + Number(sys)
  }
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(fs.readFileSync(outputFile, 'utf8')),
    startedAt,
    exitedAt,
    peakRssKiB: hwm,
    cpuSeconds,
    workDir
  }
}
