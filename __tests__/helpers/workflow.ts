import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { parse } from 'yaml'
import { parseOutputFile, ROOT, runAction } from './action.js'

/** One step of a workflow job, as far as the local runner understands it. */
interface Step {
  id?: string
  name?: string
  if?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
}

/** What one step did when the job ran locally. */
export interface StepRun {
  label: string
  status: 'success' | 'failure' | 'skipped'
  outputs: Record<string, string>
  log: string
}

/** Options for running one job of a workflow file. */
export interface JobOptions {
  /** Replaces job-level env values (a free port instead of the workflow's fixed one). */
  env?: Record<string, string>
  /** The node binary the action runs under. */
  node?: string
}

function asStrings(map: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(map ?? {})) out[k] = String(v)
  return out
}

/** Replaces `${{ steps.<id>.outputs.<name> }}`; any other expression is an error, since this runner cannot evaluate it. */
function expand(text: string, steps: Map<string, StepRun>): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => {
    const m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr)
    if (!m) throw new Error(`The local workflow runner cannot evaluate \${{ ${expr} }}`)
    return steps.get(m[1] ?? '')?.outputs[m[2] ?? ''] ?? ''
  })
}

async function bash(script: string, env: Record<string, string>): Promise<{ code: number | null; log: string }> {
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let log = ''
  child.stdout.on('data', (d: Buffer) => (log += d.toString()))
  child.stderr.on('data', (d: Buffer) => (log += d.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return { code, log }
}

/**
 * Runs one job of a workflow file on this machine, as GitHub's runner would for the subset it uses: `run:` steps
 * in bash (shell `bash -eo pipefail`) from the repository root, `uses: ./` through the committed bundle, other
 * `uses:` steps (checkout, setup-*) skipped, `if: always()` honoured. Returns every step's result.
 */
export async function runJob(file: string, job: string, opts: JobOptions = {}): Promise<StepRun[]> {
  const workflow = parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as {
    jobs: Record<string, { env?: Record<string, unknown>; steps: Step[] }>
  }
  const spec = workflow.jobs[job]
  if (!spec) throw new Error(`${file} has no job ${job}`)
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-job-'))
  const jobEnv = { ...asStrings(spec.env), ...opts.env }
  const byId = new Map<string, StepRun>()
  const runs: StepRun[] = []
  let failed = false
  for (const [i, step] of spec.steps.entries()) {
    const label = step.name ?? step.id ?? step.uses ?? `step ${i + 1}`
    const condition = step.if?.replace(/^\$\{\{\s*|\s*\}\}$/g, '').trim()
    if (condition !== undefined && condition !== 'always()')
      throw new Error(`The local workflow runner cannot evaluate if: ${step.if}`)
    let result: StepRun
    if (failed && condition !== 'always()') {
      result = { label, status: 'skipped', outputs: {}, log: '' }
    } else if (step.uses === './') {
      const inputs = asStrings(step.with)
      for (const k of Object.keys(inputs)) inputs[k] = expand(inputs[k] ?? '', byId)
      const run = await runAction({
        inputs,
        env: jobEnv,
        workDir: fs.mkdtempSync(path.join(temp, 'action-')),
        ...(opts.node ? { node: opts.node } : {})
      })
      result = {
        label,
        status: run.code === 0 ? 'success' : 'failure',
        outputs: run.outputs,
        log: run.stdout + run.stderr
      }
    } else if (step.run !== undefined) {
      const outputFile = path.join(temp, `output-${i}`)
      fs.writeFileSync(outputFile, '')
      const env: Record<string, string> = {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? temp,
        RUNNER_TEMP: temp,
        GITHUB_OUTPUT: outputFile,
        ...jobEnv
      }
      for (const [k, v] of Object.entries(asStrings(step.env))) env[k] = expand(v, byId)
      const { code, log } = await bash(expand(step.run, byId), env)
      const text = fs.readFileSync(outputFile, 'utf8')
      const outputs: Record<string, string> = {}
      for (const line of text.split('\n')) {
        const eq = line.indexOf('=')
        if (eq > 0 && !line.includes('<<')) outputs[line.slice(0, eq)] = line.slice(eq + 1)
      }
      result = {
        label,
        status: code === 0 ? 'success' : 'failure',
        outputs: { ...outputs, ...parseOutputFile(text) },
        log
      }
    } else {
      result = { label, status: 'skipped', outputs: {}, log: `not run locally: uses ${step.uses ?? '?'}` }
    }
    if (result.status === 'failure') failed = true
    if (step.id) byId.set(step.id, result)
    runs.push(result)
  }
  return runs
}
