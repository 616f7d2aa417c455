import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import {
  CreateSnapshotCommand,
  CreateVolumeCommand,
  DeleteSnapshotCommand,
  EnableEbsEncryptionByDefaultCommand,
  ModifySnapshotAttributeCommand
} from '@aws-sdk/client-ec2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction, type ActionRun } from '../helpers/action.js'
import { awsClients } from '../helpers/aws.js'
import { readCsv } from '../helpers/csv.js'
import { validMermaidBlocks } from '../helpers/mermaid.js'
import { stopStarted } from '../helpers/teardown.js'

let moto: Moto

beforeAll(async () => {
  moto = await startMoto()
})
afterAll(() => stopStarted(moto))

const env = (): Record<string, string> => ({ AWS_ENDPOINT_URL: moto.url, AWS_REGION: 'us-east-1' })

async function volume(region: string, size: number, encrypted = true): Promise<string> {
  const { ec2 } = awsClients(moto.url, region)
  const v = await ec2.send(
    new CreateVolumeCommand({ AvailabilityZone: `${region}a`, Size: size, Encrypted: encrypted, VolumeType: 'gp3' })
  )
  return v.VolumeId ?? ''
}

async function snapshots(region: string, volumeId: string, n: number): Promise<string[]> {
  const { ec2 } = awsClients(moto.url, region)
  const ids: string[] = []
  for (let i = 0; i < n; i++) {
    const s = await ec2.send(new CreateSnapshotCommand({ VolumeId: volumeId, Description: `compare ${i}` }))
    ids.push(s.SnapshotId ?? '')
  }
  return ids
}

/** A fresh work folder holding a run's result JSON and the files it names, as actions/download-artifact leaves them. */
function downloaded(run: ActionRun, files: string[]): { workDir: string; folder: string } {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-compare-'))
  const folder = path.join(workDir, 'previous')
  fs.mkdirSync(folder)
  for (const f of [run.outputs['summary-json-path'] ?? '', ...files])
    fs.copyFileSync(f, path.join(folder, path.basename(f)))
  return { workDir, folder }
}

describe('inventory compared with an earlier inventory', () => {
  it('counts the added and removed snapshots, writes changes.csv and draws the trend with two points', async () => {
    const region = 'eu-central-1'
    const small = await volume(region, 10)
    const large = await volume(region, 40)
    const old = await snapshots(region, small, 4)
    const inputs = { mode: 'inventory', regions: region, services: 'ebs' }
    const first = await runAction({ inputs, env: env() })
    expect(first.errors).toEqual([])
    expect(first.outputs['added-count']).toBe('')

    const { ec2 } = awsClients(moto.url, region)
    const removed = old.slice(0, 2)
    for (const id of removed) await ec2.send(new DeleteSnapshotCommand({ SnapshotId: id }))
    const added = await snapshots(region, large, 3)

    const { workDir } = downloaded(first, [first.outputs['csv-path'] ?? ''])
    const second = await runAction({ inputs: { ...inputs, 'compare-with': 'previous' }, env: env(), workDir })
    expect(second.errors).toEqual([])
    expect(second.code).toBe(0)
    expect(second.outputs['added-count']).toBe('3')
    expect(second.outputs['removed-count']).toBe('2')
    // 3 x 40 GiB added and 2 x 10 GiB removed, at $0.05 per GiB-month.
    expect(second.outputs['cost-change-usd']).toBe('5')

    const changes = readCsv(second.outputs['changes-csv-path'] ?? '')
    expect(changes.map((r) => `${r.change} ${r.snapshot_id} ${r.size_gib}`)).toEqual([
      ...added.sort().map((id) => `added ${id} 40`),
      ...removed.sort().map((id) => `removed ${id} 10`)
    ])

    const summary = second.summary
    const sinceAt = summary.indexOf('### Since the last run')
    expect(sinceAt).toBeGreaterThan(0)
    expect(sinceAt).toBeLessThan(summary.indexOf('### By service'))
    expect(summary).toContain('**3 snapshots added**, **2 removed**')
    expect(summary).toMatch(/\| added\s+\|\s+3 \|\s+120 \|\s+\+\$6\.00 \|/)
    expect(summary).toMatch(/\| removed\s+\|\s+2 \|\s+20 \|\s+−\$1\.00 \|/)
    expect(summary).toMatch(
      new RegExp(
        `\\| ${large}\\s+\\| ebs\\s+\\| ${region}\\s+\\| 123456789012 \\|\\s+3 \\|\\s+0 \\|\\s+\\+120 \\|\\s+\\+\\$6\\.00 \\|`
      )
    )
    expect(summary).toContain('### Trend')

    const blocks = await validMermaidBlocks(summary)
    const trend = blocks.filter((b) => b.includes('over time'))
    expect(trend).toHaveLength(2)
    expect(trend[0]).toMatch(/line \[2, 7\]/)
    expect(trend[1]).toMatch(/line \[4, 5\]/)
    expect(blocks.some((b) => b.includes('Estimated cost by service'))).toBe(true)
    expect(blocks.some((b) => b.includes('Snapshots by age'))).toBe(true)

    const result = JSON.parse(fs.readFileSync(second.outputs['summary-json-path'] ?? '', 'utf8')) as {
      history: { count: number; costUsd: number }[]
      changes: { added: { count: number }; removed: { count: number } }
    }
    expect(result.history.map((h) => [h.count, h.costUsd])).toEqual([
      [4, 2],
      [5, 7]
    ])
    expect(result.changes.added.count).toBe(3)
  })

  it('is a notice, not a failure, when there is no earlier result', async () => {
    const run = await runAction({
      inputs: { mode: 'inventory', regions: 'us-west-2', services: 'ebs', 'compare-with': 'missing-artifact' },
      env: env()
    })
    expect(run.code).toBe(0)
    expect(run.notices.some((n) => n.includes('No earlier result to compare with'))).toBe(true)
    expect(run.outputs['added-count']).toBe('')
    expect(run.summary).not.toContain('### Since the last run')
  })

  it('refuses to compare an inventory with a check result', async () => {
    const check = await runAction({ inputs: { mode: 'check', regions: 'us-west-2', services: 'ebs' }, env: env() })
    expect(check.code).toBe(0)
    const { workDir } = downloaded(check, [check.outputs['csv-path'] ?? '', check.outputs['findings-json'] ?? ''])
    const run = await runAction({
      inputs: { mode: 'inventory', regions: 'us-west-2', services: 'ebs', 'compare-with': 'previous' },
      env: env(),
      workDir
    })
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(
      /holds a result of mode check, not inventory: compare with an earlier inventory result/
    )
  })
})

describe('check compared with an earlier check', () => {
  it('marks only the finding of the new public snapshot as new, and fails only on it', async () => {
    const region = 'ca-central-1'
    const { ec2 } = awsClients(moto.url, region)
    // Encryption by default on, so that the findings are the snapshots' own.
    await ec2.send(new EnableEbsEncryptionByDefaultCommand({}))
    const vol = await volume(region, 8)
    const [existing = ''] = await snapshots(region, vol, 1)
    await ec2.send(
      new ModifySnapshotAttributeCommand({
        SnapshotId: existing,
        Attribute: 'createVolumePermission',
        OperationType: 'add',
        GroupNames: ['all']
      })
    )
    const inputs = { mode: 'check', regions: region, services: 'ebs', comment: 'false' }
    const first = await runAction({ inputs, env: env() })
    // The existing public snapshot fails a check that does not compare.
    expect(first.code).toBe(1)

    const [fresh = ''] = await snapshots(region, vol, 1)
    await ec2.send(
      new ModifySnapshotAttributeCommand({
        SnapshotId: fresh,
        Attribute: 'createVolumePermission',
        OperationType: 'add',
        GroupNames: ['all']
      })
    )
    const { workDir } = downloaded(first, [first.outputs['csv-path'] ?? '', first.outputs['findings-json'] ?? ''])
    const second = await runAction({
      inputs: { ...inputs, 'compare-with': 'previous', 'fail-on-new-only': 'true' },
      env: env(),
      workDir
    })
    expect(second.code).toBe(1)
    // Each public snapshot is annotated; the step fails on the new one alone.
    expect(second.errors.filter((e) => e.includes(existing) || e.includes(fresh))).toHaveLength(2)
    expect(second.errors.filter((e) => !e.startsWith('['))).toEqual([
      `1 new finding at or above fail-on 'error' (public-snapshot 1) (fail-on-new-only: findings the compared check had do not fail the step); the job summary lists them`
    ])
    expect(second.outputs['new-findings-count']).toBe('1')
    const findings = (
      JSON.parse(fs.readFileSync(second.outputs['findings-json'] ?? '', 'utf8')) as {
        findings: { rule: string; resourceId: string; new: boolean }[]
      }
    ).findings
    expect(findings.map((f) => `${f.rule} ${f.resourceId} ${String(f.new)}`).sort()).toEqual(
      [`public-snapshot ${existing} false`, `public-snapshot ${fresh} true`].sort()
    )
    const summary = second.summary
    expect(summary.indexOf('### New findings')).toBeLessThan(summary.indexOf('### Findings by rule'))
    expect(summary).toContain('**1 new finding** since the compared check; 1 existing.')
    expect(summary).toContain('**The check fails**: 1 new finding at or above fail-on `error`.')

    // Compared with the second run, nothing is new: the step passes although both public snapshots remain.
    const again = downloaded(second, [second.outputs['csv-path'] ?? '', second.outputs['findings-json'] ?? ''])
    const third = await runAction({
      inputs: { ...inputs, 'compare-with': 'previous', 'fail-on-new-only': 'true' },
      env: env(),
      workDir: again.workDir
    })
    expect(third.errors.filter((e) => !e.startsWith('['))).toEqual([])
    expect(third.code).toBe(0)
    expect(third.outputs['new-findings-count']).toBe('0')
    expect(third.outputs['findings-count']).toBe('2')
  })
})
