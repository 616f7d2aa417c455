import type { Snapshot } from '@aws-sdk/client-ec2'
import { EBSClient, ListChangedBlocksCommand, ListSnapshotBlocksCommand } from '@aws-sdk/client-ebs'
import { mockClient } from 'aws-sdk-client-mock'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CostRangeTracker } from '../../src/cost-range.js'
import { costReport } from '../../src/cost-report.js'
import { ebsRecord } from '../../src/listers/ebs.js'
import { EBS_LIST_RATE, measureLineages } from '../../src/measure-incremental.js'
import { costSection } from '../../src/summary/cost.js'
import { ROOT } from '../helpers/action.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { awsError, settle } from '../helpers/mock-target.js'

const ACCOUNT = '111122223333'
const REGION = 'eu-west-1'
const BLOCK = 524_288
const GIB = 1024 ** 3
const BLOCKS_PER_GIB = GIB / BLOCK

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' }
const client = new EBSClient({ region: REGION, credentials })
const ebs = mockClient(client)
afterEach(() => ebs.reset())

function snapshot(id: string, volumeId: string, day: number, fullGib: number, tier = 'standard'): Snapshot {
  return {
    SnapshotId: id,
    VolumeId: volumeId,
    State: 'completed',
    StartTime: new Date(Date.UTC(2026, 9, day)),
    VolumeSize: 100,
    OwnerId: ACCOUNT,
    StorageTier: tier as Snapshot['StorageTier'],
    FullSnapshotSizeInBytes: fullGib * GIB
  }
}

/** Block entries with indexes from..to-1, as the EBS direct APIs list them. */
function blocks(from: number, to: number): { BlockIndex: number; BlockToken: string }[] {
  return Array.from({ length: to - from }, (_, i) => ({ BlockIndex: from + i, BlockToken: `t${from + i}` }))
}

function changed(
  from: number,
  to: number,
  second = true
): { BlockIndex: number; FirstBlockToken?: string; SecondBlockToken?: string }[] {
  return Array.from({ length: to - from }, (_, i) => ({
    BlockIndex: from + i,
    FirstBlockToken: `a${from + i}`,
    ...(second ? { SecondBlockToken: `b${from + i}` } : {})
  }))
}

/** The tracker fed with the lineage records, as the inventory feeds it. */
function tracked(snapshots: Snapshot[]): CostRangeTracker {
  const tracker = new CostRangeTracker(true)
  for (const s of snapshots) tracker.add(ebsRecord(s, ACCOUNT, REGION))
  return tracker
}

describe('measureLineages', () => {
  it('counts the oldest snapshot in full and the blocks each later one wrote, page by page, skipping archived ones', async () => {
    // Given out of order: the measurement orders by start time. snap-a0 is archived.
    const tracker = tracked([
      snapshot('snap-a3', 'vol-a', 4, 3),
      snapshot('snap-a1', 'vol-a', 2, 2),
      snapshot('snap-a0', 'vol-a', 1, 2, 'archive'),
      snapshot('snap-a2', 'vol-a', 3, 3)
    ])
    // snap-a1: 2 GiB = 4,096 blocks over two pages. snap-a2: 1,000 rewritten + 2,048 new. snap-a3: 500 rewritten,
    // and 300 blocks only in snap-a2 (trimmed), which snap-a3 did not write.
    ebs
      .on(ListSnapshotBlocksCommand, { SnapshotId: 'snap-a1' })
      .resolvesOnce({ Blocks: blocks(0, 3000), BlockSize: BLOCK, NextToken: 'p2' })
      .resolvesOnce({ Blocks: blocks(3000, 4096), BlockSize: BLOCK })
    ebs
      .on(ListChangedBlocksCommand, { FirstSnapshotId: 'snap-a1', SecondSnapshotId: 'snap-a2' })
      .resolves({ ChangedBlocks: [...changed(0, 1000), ...changed(4096, 6144)], BlockSize: BLOCK })
    ebs
      .on(ListChangedBlocksCommand, { FirstSnapshotId: 'snap-a2', SecondSnapshotId: 'snap-a3' })
      .resolves({ ChangedBlocks: [...changed(0, 500), ...changed(5844, 6144, false)], BlockSize: BLOCK })
    const clock = new FakeClock()
    const result = await settle(clock, measureLineages(tracker.mostExpensiveEbs(1), { ebs: () => client, clock }))
    expect(result.failures).toEqual([])
    expect(result.calls).toEqual({ listSnapshotBlocks: 2, listChangedBlocks: 2, throttled: 0 })
    expect(result.skippedArchived).toBe(1)
    const [m] = result.measured
    const exactBlocks = 4096 + 1000 + 2048 + 500
    expect(m?.exactGib).toBe(exactBlocks / BLOCKS_PER_GIB)
    expect(m?.measuredSnapshots).toBe(3)
    expect(m?.exactUsd).toBeCloseTo((exactBlocks / BLOCKS_PER_GIB) * 0.05 + 2 * 0.0125, 10)
    // The exact size lies in the estimate range: largest full size 3 GiB, sum 8 GiB.
    expect(m?.lineage.lowGib).toBe(3)
    expect(m?.lineage.highGib).toBe(8)
    expect(ebs.commandCalls(ListSnapshotBlocksCommand).map((c) => c.args[0].input)).toEqual([
      { SnapshotId: 'snap-a1', MaxResults: 10_000 },
      { SnapshotId: 'snap-a1', MaxResults: 10_000, NextToken: 'p2' }
    ])
    expect(ebs.commandCalls(ListChangedBlocksCommand).map((c) => c.args[0].input)).toEqual([
      { FirstSnapshotId: 'snap-a1', SecondSnapshotId: 'snap-a2', MaxResults: 10_000 },
      { FirstSnapshotId: 'snap-a2', SecondSnapshotId: 'snap-a3', MaxResults: 10_000 }
    ])
  })

  it('measures the most expensive lineages by upper bound, and reports what the measurement settled', async () => {
    const tracker = tracked([
      snapshot('snap-b0', 'vol-b', 1, 10),
      snapshot('snap-b1', 'vol-b', 2, 10),
      snapshot('snap-c0', 'vol-c', 1, 1)
    ])
    ebs.on(ListSnapshotBlocksCommand).resolves({ Blocks: blocks(0, 10 * BLOCKS_PER_GIB), BlockSize: BLOCK })
    ebs.on(ListChangedBlocksCommand).resolves({ ChangedBlocks: changed(0, BLOCKS_PER_GIB), BlockSize: BLOCK })
    const clock = new FakeClock()
    const report = await settle(clock, costReport(tracker, 1, { ebs: () => client, clock }))
    const m = report.measurement
    expect(m?.measured.map((x) => x.lineage.sourceId)).toEqual(['vol-b'])
    expect(m?.exactUsd).toBeCloseTo(11 * 0.05, 10)
    expect(m?.estimate.lowUsd).toBeCloseTo(10 * 0.05, 10)
    expect(m?.estimate.highUsd).toBeCloseTo(20 * 0.05, 10)
    expect(m?.resolvedWidthUsd).toBeCloseTo(10 * 0.05, 10)
    expect(m?.rangeWidthUsd).toBeCloseTo(10 * 0.05, 10)
    expect(m?.refined.lowUsd).toBeCloseTo(12 * 0.05, 10)
    expect(m?.refined.highUsd).toBeCloseTo(12 * 0.05, 10)
    const section = costSection(report)
    expect(section).toContain(
      'Measured 1 of the 1 most expensive EBS lineage with the EBS direct APIs (ListSnapshotBlocks for the oldest snapshot, ListChangedBlocks between neighbours): exact **$0.55 a month** where the estimate said $0.50–$1.00. This settles $0.50 of the $0.50 width of the whole range (100.0%); with the measured lineages at their exact cost the estimate is **$0.60 a month**.'
    )
    expect(section).toContain('Calls: 1 ListSnapshotBlocks, 1 ListChangedBlocks, 0 throttled and retried.')
    expect(section).toContain(
      '| vol-b  | eu-west-1 | 111122223333 |                  2 |      $0.50–$1.00 |        11 |         $0.55 |'
    )
  })

  it('retries a throttled page after the pacer and keeps to the request rate per account, region and action', async () => {
    const snaps = Array.from({ length: 121 }, (_, i) =>
      snapshot(`snap-d${String(i).padStart(3, '0')}`, 'vol-d', 1 + i / 24, 1)
    )
    const tracker = tracked(snaps)
    ebs.on(ListSnapshotBlocksCommand).resolves({ Blocks: blocks(0, 10), BlockSize: BLOCK })
    ebs
      .on(ListChangedBlocksCommand)
      .rejectsOnce(awsError('RequestThrottledException', 'Rate exceeded'))
      .resolves({ ChangedBlocks: changed(0, 1), BlockSize: BLOCK })
    const clock = new FakeClock()
    const start = clock.now()
    const result = await settle(
      clock,
      measureLineages(tracker.mostExpensiveEbs(1), { ebs: () => client, clock, random: () => 0.5 })
    )
    expect(result.failures).toEqual([])
    expect(result.calls).toEqual({ listSnapshotBlocks: 1, listChangedBlocks: 121, throttled: 1 })
    expect(result.measured[0]?.exactGib).toBe((10 + 120) / BLOCKS_PER_GIB)
    // 121 ListChangedBlocks at 50 a second with a burst of 50, and a throttle that empties the bucket: at least
    // (121 - 50) / 50 s, however the calls interleave.
    expect(EBS_LIST_RATE).toBe(50)
    expect(clock.elapsedSince(start)).toBeGreaterThanOrEqual(((121 - 50) / 50) * 1000)
  })

  it('counts a snapshot in full when ListChangedBlocks says the two are not of one lineage', async () => {
    const tracker = tracked([snapshot('snap-h0', 'vol-h', 1, 1), snapshot('snap-h1', 'vol-h', 2, 1)])
    ebs.on(ListSnapshotBlocksCommand, { SnapshotId: 'snap-h0' }).resolves({ Blocks: blocks(0, 100), BlockSize: BLOCK })
    ebs.on(ListSnapshotBlocksCommand, { SnapshotId: 'snap-h1' }).resolves({ Blocks: blocks(0, 300), BlockSize: BLOCK })
    ebs
      .on(ListChangedBlocksCommand)
      .rejects(awsError('ValidationException', 'The snapshots are not of the same lineage.'))
    const clock = new FakeClock()
    const result = await settle(clock, measureLineages(tracker.mostExpensiveEbs(1), { ebs: () => client, clock }))
    expect(result.failures).toEqual([])
    expect(result.calls).toEqual({ listSnapshotBlocks: 2, listChangedBlocks: 1, throttled: 0 })
    expect(result.measured[0]?.exactGib).toBe(400 / BLOCKS_PER_GIB)
  })

  it('reports a lineage it may not read, naming the permissions, and measures the others', async () => {
    const tracker = tracked([snapshot('snap-e0', 'vol-e', 1, 5), snapshot('snap-f0', 'vol-f', 1, 1)])
    ebs
      .on(ListSnapshotBlocksCommand, { SnapshotId: 'snap-e0' })
      .rejects(awsError('AccessDeniedException', 'User is not authorized to perform: ebs:ListSnapshotBlocks'))
    ebs.on(ListSnapshotBlocksCommand, { SnapshotId: 'snap-f0' }).resolves({ Blocks: blocks(0, 100), BlockSize: BLOCK })
    const clock = new FakeClock()
    const result = await settle(clock, measureLineages(tracker.mostExpensiveEbs(2), { ebs: () => client, clock }))
    expect(result.measured.map((m) => m.lineage.sourceId)).toEqual(['vol-f'])
    expect(result.failures.map((f) => `${f.lineage.sourceId}: ${f.message}`)).toEqual([
      'vol-e: AccessDeniedException: User is not authorized to perform: ebs:ListSnapshotBlocks (measure-incremental needs ebs:ListSnapshotBlocks and ebs:ListChangedBlocks, and kms:Decrypt for encrypted snapshots: see policies/measure-incremental.json)'
    ])
  })

  it('calls exactly the EBS actions policies/measure-incremental.json allows', async () => {
    const tracker = tracked([snapshot('snap-g0', 'vol-g', 1, 1), snapshot('snap-g1', 'vol-g', 2, 1)])
    ebs.on(ListSnapshotBlocksCommand).resolves({ Blocks: blocks(0, 1), BlockSize: BLOCK })
    ebs.on(ListChangedBlocksCommand).resolves({ ChangedBlocks: [], BlockSize: BLOCK })
    const clock = new FakeClock()
    await settle(clock, measureLineages(tracker.mostExpensiveEbs(1), { ebs: () => client, clock }))
    const called = [...new Set(ebs.calls().map((c) => `ebs:${c.args[0].constructor.name.replace(/Command$/, '')}`))]
    const policy = JSON.parse(fs.readFileSync(path.join(ROOT, 'policies', 'measure-incremental.json'), 'utf8')) as {
      Statement: { Action: string[] }[]
    }
    expect(policy.Statement.flatMap((s) => s.Action).sort()).toEqual(called.sort())
  })
})
