import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { CreateSnapshotCommand, CreateVolumeCommand } from '@aws-sdk/client-ec2'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction, type ActionRun } from '../helpers/action.js'
import { awsClients } from '../helpers/aws.js'
import { readCsv } from '../helpers/csv.js'
import { startFaultProxy, type FaultProxy } from '../../bench/fault-proxy.js'
import { stopStarted } from '../helpers/teardown.js'

const REGION = 'us-east-1'
const KEEP = 'untouched\n'
const REFUSED = "must be a path inside the workspace or the runner's temp folder;"

let moto: Moto
let proxy: FaultProxy
/** base/repo is the workspace (with base/repo/runner-temp), base/repo-evil a sibling, base/outside anything else. */
let base: string
let ws: string
let evil: string
let outside: string

beforeAll(async () => {
  moto = await startMoto()
  proxy = await startFaultProxy({ upstream: moto.url })
  const { ec2 } = awsClients(moto.url, REGION)
  const vol = await ec2.send(new CreateVolumeCommand({ AvailabilityZone: `${REGION}a`, Size: 8 }))
  await ec2.send(new CreateSnapshotCommand({ VolumeId: vol.VolumeId }))
})
afterAll(() => stopStarted(proxy, moto))
beforeEach(() => {
  base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sh-paths-')))
  ws = path.join(base, 'repo')
  evil = path.join(base, 'repo-evil')
  outside = path.join(base, 'outside')
  for (const d of [path.join(ws, 'runner-temp'), evil, outside]) fs.mkdirSync(d, { recursive: true })
  fs.writeFileSync(path.join(outside, 'keep.txt'), KEEP)
  proxy.resetStats()
})

function run(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({
    inputs: { regions: REGION, services: 'ebs', ...inputs },
    env: { AWS_ENDPOINT_URL: proxy.url, AWS_REGION: REGION },
    workDir: ws
  })
}

/** Every file below a folder with its content, for before-and-after comparisons. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const p = path.join(e.parentPath, e.name)
    if (e.isFile()) out[path.relative(dir, p)] = fs.readFileSync(p, 'utf8')
  }
  return out
}

function expectRefused(r: ActionRun, input: string, reason: string): void {
  expect(r.code).toBe(1)
  expect(r.errors).toHaveLength(1)
  expect(r.errors[0]?.startsWith(`Input '${input}' ${REFUSED}`)).toBe(true)
  expect(r.errors[0]).toContain(reason)
  expect(proxy.stats().requests).toBe(0)
}

describe('csv-path is judged on its real location, before any AWS call', () => {
  it('writes where it is told when the path is a real folder in the workspace (the zero below is not vacuous)', async () => {
    fs.mkdirSync(path.join(ws, 'reports'))
    const r = await run({ mode: 'inventory', 'csv-path': 'reports/inv.csv' })
    expect(r.code).toBe(0)
    expect(r.outputs['csv-path']).toBe(path.join(ws, 'reports', 'inv.csv'))
    expect(readCsv(path.join(ws, 'reports', 'inv.csv'))).toHaveLength(1)
    expect(proxy.stats().forwarded).toBeGreaterThanOrEqual(2)
  })

  it('refuses a folder link in the workspace that leads outside; nothing is written there', async () => {
    fs.symlinkSync(outside, path.join(ws, 'reports'))
    const r = await run({ mode: 'inventory', 'csv-path': 'reports/inv.csv' })
    expectRefused(r, 'csv-path', `(it resolves to ${path.join(outside, 'inv.csv')})`)
    expect(tree(outside)).toEqual({ 'keep.txt': KEEP })
  })

  it('refuses a file link at the CSV name, wherever it points; the target is unchanged', async () => {
    fs.symlinkSync(path.join(outside, 'keep.txt'), path.join(ws, 'inv.csv'))
    const r = await run({ mode: 'inventory', 'csv-path': 'inv.csv' })
    expectRefused(r, 'csv-path', 'is a symbolic link')
    expect(tree(outside)).toEqual({ 'keep.txt': KEEP })
  })

  it('refuses a file link planted at the default CSV name in the runner temp folder', async () => {
    fs.symlinkSync(path.join(outside, 'keep.txt'), path.join(ws, 'runner-temp', 'snapshot-hygiene-check.csv'))
    const r = await run({ mode: 'check' })
    expectRefused(r, 'csv-path', 'is a symbolic link')
    expect(tree(outside)).toEqual({ 'keep.txt': KEEP })
  })

  it('refuses the workspace and the temp folder themselves, so nothing lands in their parent', async () => {
    for (const value of ['.', ws, 'runner-temp', './runner-temp/']) {
      proxy.resetStats()
      const r = await run({ mode: 'inventory', 'csv-path': value })
      expectRefused(r, 'csv-path', 'is the workspace or temp folder itself, not a file in it')
    }
    expect(fs.readdirSync(base).sort()).toEqual(['outside', 'repo', 'repo-evil'])
  })

  it('refuses a sibling folder whose name begins with the workspace name (repo-evil beside repo)', async () => {
    // A plain startsWith(workspace) would take base/repo-evil/inv.csv for a path inside base/repo.
    expect(path.join(evil, 'inv.csv').startsWith(ws)).toBe(true)
    for (const value of ['../repo-evil/inv.csv', path.join(evil, 'inv.csv')]) {
      proxy.resetStats()
      const r = await run({ mode: 'inventory', 'csv-path': value })
      expectRefused(r, 'csv-path', "is outside the workspace and the runner's temp folder")
    }
    expect(fs.readdirSync(evil)).toEqual([])
  })

  it('refuses to write the result JSON through a link planted beside the CSV, and leaves its target alone', async () => {
    fs.symlinkSync(path.join(outside, 'keep.txt'), path.join(ws, 'inv.summary.json'))
    const r = await run({ mode: 'inventory', 'csv-path': 'inv.csv' })
    expect(r.code).toBe(1)
    expect(r.errors).toEqual([
      `Refusing to write ${path.join(ws, 'inv.summary.json')}: it is a symbolic link; name a regular file or remove the link`
    ])
    expect(tree(outside)).toEqual({ 'keep.txt': KEEP })
  })
})

describe('merge-path is read only inside the workspace, never through a link', () => {
  /** A real inventory result (CSV and result JSON) written by the action into the workspace at results/<name>/. */
  async function producedResult(name: string): Promise<string> {
    const r = await run({ mode: 'inventory', 'csv-path': `results/${name}/inventory.csv` })
    expect(r.code).toBe(0)
    return path.join(ws, 'results', name)
  }

  it('refuses a merge-path folder link that leads outside', async () => {
    fs.symlinkSync(outside, path.join(ws, 'results'))
    const r = await run({ mode: 'merge', 'merge-path': 'results' })
    expectRefused(r, 'merge-path', `(it resolves to ${outside})`)
  })

  it('refuses a result file that is a link to a result outside, reading nothing from it', async () => {
    const dir = await producedResult('a')
    const stolen = JSON.parse(fs.readFileSync(path.join(dir, 'inventory.summary.json'), 'utf8')) as {
      accounts: string[]
    }
    stolen.accounts = ['999999999999']
    fs.writeFileSync(path.join(outside, 'stolen.summary.json'), JSON.stringify(stolen))
    fs.symlinkSync(path.join(outside, 'stolen.summary.json'), path.join(ws, 'results', 'b.summary.json'))
    const r = await run({ mode: 'merge', 'merge-path': 'results' })
    expect(r.code).toBe(1)
    expect(r.errors).toEqual([
      `The merge is incomplete: 1 result file was rejected: b.summary.json: Refusing to read ${path.join(ws, 'results', 'b.summary.json')}: it is a symbolic link; name a regular file or remove the link. The summary and the CSV hold the rest (output missing-accounts)`
    ])
    expect(r.stdout + r.summary).not.toContain('999999999999')
  })

  it('refuses a CSV beside a result that is a link to a file outside, copying none of its rows', async () => {
    const dir = await producedResult('a')
    const secret = fs.readFileSync(path.join(dir, 'inventory.csv'), 'utf8').replace(/snap-[0-9a-f]+/, 'snap-5ec7e7')
    fs.writeFileSync(path.join(outside, 'secret.csv'), secret)
    fs.unlinkSync(path.join(dir, 'inventory.csv'))
    fs.symlinkSync(path.join(outside, 'secret.csv'), path.join(dir, 'inventory.csv'))
    const r = await run({ mode: 'merge', 'merge-path': 'results' })
    expect(r.code).toBe(1)
    expect(r.errors).toEqual([
      `The merge is incomplete: 1 result file was rejected: a/inventory.summary.json: Refusing to read ${path.join(dir, 'inventory.csv')}: it is a symbolic link; name a regular file or remove the link. The summary and the CSV hold the rest (output missing-accounts)`
    ])
    const merged = path.join(ws, 'runner-temp', 'snapshot-hygiene-merge.csv')
    expect(fs.existsSync(merged) ? fs.readFileSync(merged, 'utf8') : '').not.toContain('snap-5ec7e7')
    expect(r.stdout + r.summary).not.toContain('snap-5ec7e7')
  })
})
