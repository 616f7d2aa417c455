import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withDefaults } from './action-defaults.js'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
/** The bundle under test; SH_DIST points at another build (a helper's private one). */
export const DIST = process.env.SH_DIST ?? path.join(ROOT, 'dist', 'index.js')

/** What one run of the bundled action left behind. */
export interface ActionRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  workDir: string
  /** The ::error:: lines, unescaped. */
  errors: string[]
  warnings: string[]
  notices: string[]
}

/** Parses the GITHUB_OUTPUT file format (name<<delimiter ... delimiter). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!m) continue
    const [, name, delim] = m
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i] ?? '')
    out[name ?? ''] = value.join('\n')
  }
  return out
}

function commandLines(stdout: string, kind: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith(`::${kind}`))
    .map((l) =>
      l
        .slice(l.indexOf('::', 2) + 2)
        .replace(/%0A/g, '\n')
        .replace(/%0D/g, '\r')
        .replace(/%25/g, '%')
    )
}

/** The variable the runner sets for an input: INPUT_<NAME>, spaces as underscores, upper-cased. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** The files a run of the action writes to, in its work folder. */
export interface RunFiles {
  workDir: string
  /** RUNNER_TEMP. */
  temp: string
  /** GITHUB_OUTPUT. */
  outputFile: string
  /** GITHUB_STEP_SUMMARY. */
  summaryFile: string
}

/** The environment the runner gives the action's process, with the example AWS keys (no real account is reached). */
export function runnerEnv(files: RunFiles): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? files.workDir,
    GITHUB_WORKSPACE: files.workDir,
    RUNNER_TEMP: files.temp,
    GITHUB_OUTPUT: files.outputFile,
    GITHUB_STEP_SUMMARY: files.summaryFile,
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_EC2_METADATA_DISABLED: 'true'
  }
}

/** Options for running the action. */
export interface RunOptions {
  /** The step's inputs; every other input gets action.yml's default, as on the runner. */
  inputs: Record<string, string>
  env?: Record<string, string>
  /** The node binary; the one running the tests by default. */
  node?: string
  workDir?: string
  timeoutMs?: number
  onSpawn?: (pid: number) => void
}

/**
 * Runs dist/index.js as the runner does: INPUT_* variables (action.yml's defaults for the inputs not given) and
 * GITHUB_OUTPUT/GITHUB_STEP_SUMMARY files.
 */
export async function runAction(opts: RunOptions): Promise<ActionRun> {
  const workDir = opts.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'sh-run-'))
  const temp = path.join(workDir, 'runner-temp')
  fs.mkdirSync(temp, { recursive: true })
  const outputFile = path.join(workDir, 'github-output')
  const summaryFile = path.join(workDir, 'step-summary.md')
  fs.writeFileSync(outputFile, '')
  fs.writeFileSync(summaryFile, '')
  const env = { ...runnerEnv({ workDir, temp, outputFile, summaryFile }), ...opts.env }
  for (const [k, v] of Object.entries(withDefaults(opts.inputs))) env[inputVariable(k)] = v
  const child = spawn(opts.node ?? process.execPath, [DIST], { env, cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'] })
  if (child.pid !== undefined) opts.onSpawn?.(child.pid)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000)
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (c, s) => {
      resolve([c, s])
    })
  )
  clearTimeout(timer)
  return {
    code,
    signal,
    stdout,
    stderr,
    outputs: parseOutputFile(fs.readFileSync(outputFile, 'utf8')),
    summary: fs.readFileSync(summaryFile, 'utf8'),
    workDir,
    errors: commandLines(stdout, 'error'),
    warnings: commandLines(stdout, 'warning'),
    notices: commandLines(stdout, 'notice')
  }
}
