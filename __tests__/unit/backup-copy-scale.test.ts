import { describe, expect, it } from 'vitest'
import {
  CopySnapshotCommand,
  CreateSnapshotCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  EC2Client,
  type Filter
} from '@aws-sdk/client-ec2'
import { PutObjectCommand } from '@aws-sdk/client-s3'
import { mockClient } from 'aws-sdk-client-mock'
import { TAG_COPY_OF, TAG_SOURCE_ID, TAG_SOURCE_REGION } from '../../src/copy-policy.js'
import { waitForSnapshot } from '../../src/kinds/ebs.js'
import { runBackup, type BackupConfig } from '../../src/modes/backup.js'
import { TAG_MANAGED } from '../../src/types.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { awsError, describedIds, mockTarget, settle } from '../helpers/mock-target.js'

const ACCOUNT = '111122223333'
const EAST = 'us-east-1'
const WEST = 'eu-west-1'
const OREGON = 'us-west-2'
const START = Date.UTC(2026, 2, 1, 6, 0, 0)
const WORKFLOW = { repository: '', workflow: '', runId: '', runUrl: '', sha: '', actor: '' }
const VOLUMES = Array.from({ length: 6 }, (_, i) => `vol-000000000000000${i}a`)
const newSnap = (i: number): string => `snap-000000000000000${i}a`
const oldSnap = (i: number): string => `snap-000000000000000${i}b`

const config: BackupConfig = {
  volumes: VOLUMES.map((volumeId) => ({ region: EAST, volumeId })),
  bucket: 'meta-bucket',
  metadataPrefix: 'snapshot-metadata/',
  retentionDays: 7,
  tags: {},
  description: '',
  wait: true,
  waitTimeoutMinutes: 10,
  awsRegion: EAST,
  maxParallelAccounts: 4,
  copyToRegions: [WEST, OREGON],
  copyKmsKey: {},
  copyRetention: { retentionDays: 7, keepLast: 0, keepDaily: 0, keepWeekly: 0, keepMonthly: 0 }
}

const isCopyListing = (filters: Filter[] | undefined): boolean =>
  (filters ?? []).some((f) => f.Name === 'tag-key' && f.Values?.includes(TAG_COPY_OF))

describe('backup copies at scale', () => {
  it('lists each copy region once, and the sources of a region together, and still copies the earlier sources a region lacks', async () => {
    const m = mockTarget(ACCOUNT, [EAST, WEST, OREGON])
    const clock = new FakeClock(START)
    const dayAgo = new Date(START - 86_400_000)
    const east = m.ec2[EAST]
    east?.on(DescribeVolumesCommand).resolves({ Volumes: VOLUMES.map((VolumeId) => ({ VolumeId, Size: 8 })) })
    east?.on(CreateSnapshotCommand).callsFake((input: { VolumeId: string }) => ({
      SnapshotId: newSnap(VOLUMES.indexOf(input.VolumeId)),
      VolumeId: input.VolumeId,
      State: 'completed',
      StartTime: new Date(START)
    }))
    // Volumes 0 and 1 have a completed snapshot of yesterday; eu-west-1 already holds the copy of volume 0's.
    east?.on(DescribeSnapshotsCommand).callsFake((input: { Filters?: Filter[] }) => {
      const wanted = (input.Filters ?? []).find((f) => f.Name === 'volume-id')?.Values ?? []
      return {
        Snapshots: [0, 1]
          .filter((i) => wanted.includes(VOLUMES[i] ?? ''))
          .map((i) => ({
            SnapshotId: oldSnap(i),
            VolumeId: VOLUMES[i],
            State: 'completed',
            StartTime: dayAgo,
            Tags: [{ Key: TAG_MANAGED, Value: 'true' }]
          }))
      }
    })
    const existing = {
      SnapshotId: 'snap-0c00000000000000w',
      VolumeId: 'vol-ffffffff',
      State: 'completed',
      StartTime: dayAgo,
      Tags: [
        { Key: TAG_MANAGED, Value: 'true' },
        { Key: TAG_COPY_OF, Value: oldSnap(0) },
        { Key: TAG_SOURCE_REGION, Value: EAST },
        { Key: TAG_SOURCE_ID, Value: VOLUMES[0] ?? '' }
      ]
    }
    for (const region of [WEST, OREGON]) {
      m.ec2[region]?.on(CopySnapshotCommand).callsFake((input: { SourceSnapshotId: string }) => ({
        SnapshotId: `${input.SourceSnapshotId}-${region}`
      }))
      m.ec2[region]
        ?.on(DescribeSnapshotsCommand)
        .callsFake((input: Parameters<typeof describedIds>[0]) =>
          isCopyListing(input.Filters)
            ? { Snapshots: region === WEST ? [existing] : [] }
            : { Snapshots: describedIds(input).map((id) => ({ SnapshotId: id, State: 'completed' })) }
        )
    }
    m.s3.on(PutObjectCommand).resolves({})

    const result = await settle(clock, runBackup(config, [m.target], clock, { workflow: WORKFLOW }))
    expect(result.failures).toEqual([])
    expect(result.copyFailures).toEqual([])
    const listings = (region: string): number =>
      (m.ec2[region]?.commandCalls(DescribeSnapshotsCommand) ?? []).filter((c) =>
        isCopyListing(c.args[0].input.Filters)
      ).length
    expect([listings(WEST), listings(OREGON)]).toEqual([1, 1])
    // The sources' own earlier snapshots: one listing for the six volumes of the region.
    expect(
      (m.ec2[EAST]?.commandCalls(DescribeSnapshotsCommand) ?? []).map(
        (c) => c.args[0].input.Filters?.find((f) => f.Name === 'volume-id')?.Values
      )
    ).toEqual([VOLUMES])
    const copied = (region: string): string[] =>
      (m.ec2[region]?.commandCalls(CopySnapshotCommand) ?? []).map((c) => c.args[0].input.SourceSnapshotId ?? '').sort()
    const fresh = VOLUMES.map((_, i) => newSnap(i))
    expect(copied(WEST)).toEqual([...fresh, oldSnap(1)].sort())
    expect(copied(OREGON)).toEqual([...fresh, oldSnap(0), oldSnap(1)].sort())
    expect(result.copies?.filter((c) => c.state === 'completed')).toHaveLength(15)
  })

  it('waits for the sources of a region with one DescribeSnapshots of all their ids, not one each', async () => {
    const m = mockTarget(ACCOUNT, [EAST])
    const clock = new FakeClock(START)
    const east = m.ec2[EAST]
    east?.on(DescribeVolumesCommand).resolves({ Volumes: VOLUMES.map((VolumeId) => ({ VolumeId, Size: 8 })) })
    east?.on(CreateSnapshotCommand).callsFake((input: { VolumeId: string }) => ({
      SnapshotId: newSnap(VOLUMES.indexOf(input.VolumeId)),
      VolumeId: input.VolumeId,
      State: 'pending',
      StartTime: new Date(START)
    }))
    east?.on(DescribeSnapshotsCommand).callsFake((input: Parameters<typeof describedIds>[0]) => ({
      Snapshots: describedIds(input).map((id) => ({ SnapshotId: id, State: 'completed' }))
    }))
    m.s3.on(PutObjectCommand).resolves({})
    const result = await settle(
      clock,
      runBackup({ ...config, copyToRegions: [] }, [m.target], clock, { workflow: WORKFLOW })
    )
    expect(result.failures).toEqual([])
    expect(result.created.map((c) => c.state)).toEqual(VOLUMES.map(() => 'completed'))
    expect((east?.commandCalls(DescribeSnapshotsCommand) ?? []).map((c) => c.args[0].input)).toEqual([
      {
        OwnerIds: ['self'],
        MaxResults: 1000,
        Filters: [{ Name: 'snapshot-id', Values: VOLUMES.map((_, i) => newSnap(i)) }]
      }
    ])
  })

  it("a source's wait poll that is throttled is tried again at the next interval instead of failing the source", async () => {
    const clock = new FakeClock(START)
    const ec2 = new EC2Client({ region: EAST, credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } })
    const stub = mockClient(ec2)
    stub
      .on(DescribeSnapshotsCommand)
      .rejectsOnce(awsError('RequestLimitExceeded', 'Request limit exceeded.'))
      .resolves({ Snapshots: [{ SnapshotId: 'snap-0000000000000000s', State: 'completed' }] })
    const waited = waitForSnapshot(ec2, 'snap-0000000000000000s', clock, START + 600_000)
    await clock.runAll()
    expect(await waited).toEqual({
      snapshot: { SnapshotId: 'snap-0000000000000000s', State: 'completed' },
      completed: true
    })
    expect(stub.commandCalls(DescribeSnapshotsCommand)).toHaveLength(2)
    expect(clock.sleeps).toEqual([5_000])
  })
})
