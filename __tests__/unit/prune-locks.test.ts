import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { DeleteSnapshotCommand, DescribeLockedSnapshotsCommand, DescribeSnapshotsCommand } from '@aws-sdk/client-ec2'
import { runPrune, type PruneConfig } from '../../src/modes/prune.js'
import { TokenBucketPacer } from '../../src/pacer.js'
import { pruneSummary } from '../../src/summary/prune.js'
import { UnimplementedError, unimplementedMessage } from '../../src/unimplemented.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { awsError, ebsSnapshot, mockTarget, type MockTarget } from '../helpers/mock-target.js'

const ACCOUNT = '111122223333'
const NOW = Date.UTC(2026, 5, 1)
const DAY = 86_400_000
const VOL = 'vol-0123456789abcdef0'

function config(over: Partial<PruneConfig> = {}): PruneConfig {
  return {
    regions: ['us-east-1'],
    awsRegion: 'us-east-1',
    volumes: [],
    bucket: null,
    metadataPrefix: 'snapshot-metadata/',
    retentionDays: 7,
    keepLast: 1,
    keepDaily: 0,
    keepWeekly: 0,
    keepMonthly: 0,
    dryRun: false,
    pruneTags: {},
    csvPath: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'prune-locks-')), 'prune.csv'),
    maxParallelAccounts: 4,
    ...over
  }
}

let m: MockTarget
let clock: FakeClock
const east = (): NonNullable<MockTarget['ec2'][string]> => m.ec2['us-east-1'] as NonNullable<MockTarget['ec2'][string]>
const pacer = () => new TokenBucketPacer({ burst: 1000, refillPerSecond: 1000, clock })

beforeEach(() => {
  m = mockTarget(ACCOUNT, ['us-east-1'])
  clock = new FakeClock(NOW)
  east()
    .on(DescribeSnapshotsCommand)
    .resolves({
      Snapshots: [
        ebsSnapshot('snap-new', VOL, new Date(NOW - DAY)),
        ebsSnapshot('snap-old1', VOL, new Date(NOW - 20 * DAY)),
        ebsSnapshot('snap-old2', VOL, new Date(NOW - 30 * DAY))
      ]
    })
  east().on(DeleteSnapshotCommand).resolves({})
})

describe('prune when the lock state cannot be read', () => {
  it('goes ahead without it when access is denied, with a notice naming the permission', async () => {
    east()
      .on(DescribeLockedSnapshotsCommand)
      .rejects(awsError('UnauthorizedOperation', 'You are not authorized to perform this operation.'))
    const result = await runPrune(config(), [m.target], clock, { pacer })
    expect(result.errors).toEqual([])
    expect(result.deletedIds).toEqual(['snap-old1', 'snap-old2'])
    const notice =
      'Lock state not read in us-east-1 (account 111122223333): UnauthorizedOperation: You are not authorized to perform this operation.; grant ec2:DescribeLockedSnapshots to the role; prune went ahead: AWS refuses to delete a locked snapshot, and such a refusal is reported as skipped (rule locked).'
    expect(result.notices).toEqual([notice])
    expect(pruneSummary(result, { bucket: null, csvName: 'prune.csv' })).toContain(`### Notices\n\n- ${notice}`)
    expect(east().commandCalls(DescribeLockedSnapshotsCommand)).toHaveLength(1)
  })

  it('goes ahead when the endpoint lacks DescribeLockedSnapshots, and a delete refused for a lock is skipped, not failed', async () => {
    east()
      .on(DescribeLockedSnapshotsCommand)
      .rejects(new UnimplementedError(unimplementedMessage('DescribeLockedSnapshots')))
    east()
      .on(DeleteSnapshotCommand, { SnapshotId: 'snap-old2' })
      .rejects(
        awsError(
          'SnapshotLocked',
          "The snapshot 'snap-old2' is locked in compliance mode until 2026-07-01T00:00:00.000Z and can't be deleted."
        )
      )
    const result = await runPrune(config(), [m.target], clock, { pacer })
    expect(result.errors).toEqual([])
    expect(result.notices).toEqual([
      'Lock state not read in us-east-1 (account 111122223333): the endpoint does not implement DescribeLockedSnapshots; prune went ahead: AWS refuses to delete a locked snapshot, and such a refusal is reported as skipped (rule locked).'
    ])
    expect(result.counts).toMatchObject({ deleted: 1, skipped: 1, failed: 0, kept: 1 })
    expect(result.decisions.map((d) => [d.snapshotId, d.outcome, d.rule])).toEqual([
      ['snap-new', 'kept', 'keep-last'],
      ['snap-old1', 'deleted', 'retention'],
      ['snap-old2', 'skipped', 'locked']
    ])
  })

  it('skips a snapshot whose lock it read, never sending it to DeleteSnapshot', async () => {
    east()
      .on(DescribeLockedSnapshotsCommand)
      .resolves({
        Snapshots: [
          { SnapshotId: 'snap-old1', LockState: 'governance', LockExpiresOn: new Date(NOW + 3 * DAY) },
          { SnapshotId: 'snap-old2', LockState: 'expired', LockExpiresOn: new Date(NOW - DAY) }
        ]
      })
    const result = await runPrune(config(), [m.target], clock, { pacer })
    expect(result.notices).toEqual([])
    expect(result.deletedIds).toEqual(['snap-old2'])
    expect(
      east()
        .commandCalls(DeleteSnapshotCommand)
        .map((c) => c.args[0].input.SnapshotId)
    ).toEqual(['snap-old2'])
    expect(result.decisions.find((d) => d.snapshotId === 'snap-old1')).toMatchObject({
      outcome: 'skipped',
      rule: 'locked',
      reason: 'locked (governance) until 2026-06-04T00:00:00.000Z; deletable once the lock expires'
    })
  })
})
