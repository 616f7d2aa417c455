import { EC2Client, paginateDescribeSnapshots } from '@aws-sdk/client-ec2'
import { EBSClient, ListChangedBlocksCommand, ListSnapshotBlocksCommand } from '@aws-sdk/client-ebs'
import { isThrottlingError } from '@smithy/core/retry'
import { afterEach, describe, expect, it } from 'vitest'
import { lineageBilledBytes } from '../../bench/sim/blocks.js'
import { generateAccount } from '../../bench/sim/data.js'
import { startSimulator, type SimOptions, type SimServer } from '../../bench/sim/server.js'
import { systemClock } from '../../src/clock.js'
import { CostRangeTracker } from '../../src/cost-range.js'
import { ebsRecord } from '../../src/listers/ebs.js'
import { measureLineages } from '../../src/measure-incremental.js'

const CREDENTIALS = { accessKeyId: 'AKIDSIMULATED', secretAccessKey: 'secret' }
const NOW = Date.parse('2026-06-01T00:00:00Z')
const REGION = 'us-east-1'
const running: SimServer[] = []

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()))
})

async function lineageSim(buckets?: SimOptions['buckets']): Promise<SimServer> {
  const account = generateAccount({
    now: NOW,
    regions: [REGION],
    managed: { count: 12, region: REGION, perVolume: 4, volumeGib: 8, expiredFraction: 0 }
  })
  const server = await startSimulator({ latencyMs: 0, account, ...(buckets === undefined ? {} : { buckets }) })
  running.push(server)
  return server
}

function ebsClient(server: SimServer, maxAttempts = 1): EBSClient {
  return new EBSClient({ endpoint: server.url, region: REGION, credentials: CREDENTIALS, maxAttempts })
}

describe('simulated EBS direct APIs', () => {
  it('return FullSnapshotSizeInBytes, and blocks whose measurement equals the model billed size', async () => {
    const server = await lineageSim()
    const ec2 = new EC2Client({ endpoint: server.url, region: REGION, credentials: CREDENTIALS })
    const tracker = new CostRangeTracker(true)
    for await (const page of paginateDescribeSnapshots({ client: ec2 }, { OwnerIds: ['self'], MaxResults: 1000 })) {
      for (const s of page.Snapshots ?? []) {
        expect(s.FullSnapshotSizeInBytes).toBeGreaterThan(0)
        tracker.add(ebsRecord(s, server.account.accountId, REGION))
      }
    }
    const targets = tracker.mostExpensiveEbs(3)
    expect(targets).toHaveLength(3)
    const client = ebsClient(server)
    const result = await measureLineages(targets, { ebs: () => client, clock: systemClock })
    expect(result.failures).toEqual([])
    // 8 GiB volumes hold at most 8,192 blocks: one page each.
    expect(result.calls).toEqual({ listSnapshotBlocks: 3, listChangedBlocks: 9, throttled: 0 })
    const snapshots = server.account.ebsSnapshots(REGION)
    for (const m of result.measured) {
      const lineage = snapshots.filter((s) => s.volumeId === m.lineage.sourceId)
      expect(m.exactGib * 1024 ** 3).toBe(lineageBilledBytes(lineage))
      expect(m.lineage.lowGib <= m.exactGib && m.exactGib <= m.lineage.highGib).toBe(true)
    }
  })

  it('page blocks by maxResults and pageToken', async () => {
    const server = await lineageSim()
    const [s] = server.account.ebsSnapshots(REGION)
    const client = ebsClient(server)
    const first = await client.send(new ListSnapshotBlocksCommand({ SnapshotId: s?.snapshotId, MaxResults: 100 }))
    expect(first.Blocks?.map((b) => b.BlockIndex).slice(0, 3)).toEqual([0, 1, 2])
    expect(first.Blocks).toHaveLength(100)
    const second = await client.send(
      new ListSnapshotBlocksCommand({ SnapshotId: s?.snapshotId, MaxResults: 100, NextToken: first.NextToken })
    )
    expect(second.Blocks?.[0]?.BlockIndex).toBe(100)
  })

  it('throttle past the burst with RequestThrottledException, per action', async () => {
    const server = await lineageSim({ overrides: { 'ebs-changed-blocks': { burst: 1, refill: 0.001 } } })
    const [a, b] = server.account.ebsSnapshots(REGION)
    const client = ebsClient(server)
    const changed = { FirstSnapshotId: a?.snapshotId, SecondSnapshotId: b?.snapshotId }
    await client.send(new ListChangedBlocksCommand(changed))
    const err = await client.send(new ListChangedBlocksCommand(changed)).then(
      () => null,
      (e: unknown) => e as Parameters<typeof isThrottlingError>[0]
    )
    expect(err?.name).toBe('RequestThrottledException')
    expect(err && isThrottlingError(err)).toBe(true)
    await client.send(new ListSnapshotBlocksCommand({ SnapshotId: a?.snapshotId }))
    expect(server.stats().throttledByAction['ebs:ListChangedBlocks']).toBe(1)
  })
})
