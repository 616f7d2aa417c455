import { beforeEach, describe, expect, it } from 'vitest'
import {
  CreateSnapshotCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  LockSnapshotCommand,
  type Snapshot
} from '@aws-sdk/client-ec2'
import { PutObjectCommand } from '@aws-sdk/client-s3'
import { lockBackups, lockCopies, rdsLockNotice } from '../../src/backup-locks.js'
import type { CopiedSnapshot } from '../../src/backup-copies.js'
import { lockSection } from '../../src/summary/sections.js'
import { runBackup, type BackupConfig, type BackupResult } from '../../src/modes/backup.js'
import type { WorkflowContext } from '../../src/metadata.js'
import { heldVolumes } from '../../src/report/prune.js'
import { backupSummary } from '../../src/summary/backup.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { awsError, mockTarget, settle, type MockTarget, describedIds } from '../helpers/mock-target.js'

const ACCOUNT = '111122223333'
const START = Date.UTC(2026, 2, 1, 6, 0, 0)
const VOL = 'vol-0123456789abcdef0'
const VOL2 = 'vol-0fedcba9876543210'
const WORKFLOW: WorkflowContext = {
  repository: 'acme/app',
  workflow: 'backup',
  runId: '9',
  runUrl: '',
  sha: '',
  actor: ''
}

function config(over: Partial<BackupConfig> = {}): BackupConfig {
  return {
    volumes: [
      { region: 'us-east-1', volumeId: VOL },
      { region: 'us-east-1', volumeId: VOL2 }
    ],
    bucket: 'meta-bucket',
    metadataPrefix: 'snapshot-metadata/',
    retentionDays: 30,
    tags: {},
    description: '',
    wait: true,
    waitTimeoutMinutes: 60,
    awsRegion: 'us-east-1',
    maxParallelAccounts: 8,
    lockDays: 7,
    lockMode: 'compliance',
    ...over
  }
}

function snapshot(id: string, volumeId: string, state: Snapshot['State']): Snapshot {
  return {
    SnapshotId: id,
    VolumeId: volumeId,
    State: state,
    StartTime: new Date(START),
    VolumeSize: 8,
    OwnerId: ACCOUNT
  }
}

let m: MockTarget
let clock: FakeClock
const east = (): NonNullable<MockTarget['ec2'][string]> => m.ec2['us-east-1'] as NonNullable<MockTarget['ec2'][string]>

beforeEach(() => {
  m = mockTarget(ACCOUNT, ['us-east-1'])
  clock = new FakeClock(START)
  east()
    .on(DescribeVolumesCommand)
    .callsFake((input: { Filters?: { Values?: string[] }[] }) => ({
      Volumes: (input.Filters?.[0]?.Values ?? []).map((v) => ({ VolumeId: v, Size: 8, AvailabilityZone: 'us-east-1a' }))
    }))
  east()
    .on(CreateSnapshotCommand)
    .callsFake((input: { VolumeId: string }) =>
      snapshot(input.VolumeId === VOL ? 'snap-1' : 'snap-2', input.VolumeId, 'pending')
    )
  m.s3.on(PutObjectCommand).resolves({})
})

function completeBoth(): void {
  east()
    .on(DescribeSnapshotsCommand)
    .callsFake((input: Parameters<typeof describedIds>[0]) => ({
      Snapshots: describedIds(input).map((id) => snapshot(id, id === 'snap-1' ? VOL : VOL2, 'completed'))
    }))
}

const until = (days: number): Date => new Date(START + days * 86_400_000)

describe('backup locks each new EBS snapshot (lock-days, lock-mode)', () => {
  it('locks every snapshot once completed, with the mode and days asked, and reports the lock', async () => {
    completeBoth()
    east()
      .on(LockSnapshotCommand)
      .callsFake((input: { SnapshotId: string; LockMode: string }) => ({
        SnapshotId: input.SnapshotId,
        LockState: input.LockMode,
        LockExpiresOn: until(7)
      }))
    const result = await settle(clock, runBackup(config(), [m.target], clock, { workflow: WORKFLOW }))
    expect(result.failures).toEqual([])
    expect(result.created.map((c) => [c.snapshotId, c.state, c.lock])).toEqual([
      ['snap-1', 'completed', { mode: 'compliance', days: 7, expiresAt: '2026-03-08T06:00:00.000Z' }],
      ['snap-2', 'completed', { mode: 'compliance', days: 7, expiresAt: '2026-03-08T06:00:00.000Z' }]
    ])
    expect(
      east()
        .commandCalls(LockSnapshotCommand)
        .map((c) => c.args[0].input)
        .sort((a, b) => String(a.SnapshotId).localeCompare(String(b.SnapshotId)))
    ).toEqual([
      { SnapshotId: 'snap-1', LockMode: 'compliance', LockDuration: 7 },
      { SnapshotId: 'snap-2', LockMode: 'compliance', LockDuration: 7 }
    ])
    expect(result.notices).toBeUndefined()
    expect(backupSummary(result)).toContain(
      'Locked **2 snapshots** in compliance mode for 7 days, until 2026-03-08T06:00:00.000Z: no one can delete them before then, prune included (it skips a locked snapshot until its lock ends).'
    )
  })

  it('reports a refused lock per snapshot, keeps that snapshot and its metadata, and locks the others', async () => {
    completeBoth()
    east()
      .on(LockSnapshotCommand, { SnapshotId: 'snap-1' })
      .rejects(awsError('UnauthorizedOperation', 'You are not authorized to perform this operation.'))
      .on(LockSnapshotCommand, { SnapshotId: 'snap-2' })
      .resolves({ SnapshotId: 'snap-2', LockState: 'compliance', LockExpiresOn: until(7) })
    const result = await settle(clock, runBackup(config(), [m.target], clock, { workflow: WORKFLOW }))
    expect(result.failures).toEqual([
      {
        accountId: ACCOUNT,
        region: 'us-east-1',
        volumeId: VOL,
        snapshotId: 'snap-1',
        lockFailed: true,
        message:
          'Could not lock snap-1: UnauthorizedOperation: You are not authorized to perform this operation.; grant ec2:LockSnapshot to the role; the snapshot is kept, unlocked'
      }
    ])
    expect(result.created.map((c) => [c.snapshotId, c.metadataKey, c.lock?.mode ?? null])).toEqual([
      ['snap-1', `snapshot-metadata/${VOL}/snap-1.json`, null],
      ['snap-2', `snapshot-metadata/${VOL2}/snap-2.json`, 'compliance']
    ])
    expect(m.s3.commandCalls(PutObjectCommand)).toHaveLength(2)
    // The backup itself succeeded: backup-and-prune does not hold the volume's older snapshots for a lock failure.
    expect(heldVolumes(result, [m.target]).size).toBe(0)
  })

  it('does not try to lock a snapshot that did not complete within the wait timeout, and says so', async () => {
    east()
      .on(DescribeSnapshotsCommand)
      .callsFake((input: Parameters<typeof describedIds>[0]) => ({
        Snapshots: describedIds(input).map((id) => snapshot(id, id === 'snap-1' ? VOL : VOL2, 'pending'))
      }))
    east().on(LockSnapshotCommand).rejects(new Error('must not be called'))
    const result = await settle(
      clock,
      runBackup(
        config({ volumes: [{ region: 'us-east-1', volumeId: VOL }], waitTimeoutMinutes: 1 }),
        [m.target],
        clock,
        {
          workflow: WORKFLOW
        }
      )
    )
    expect(east().commandCalls(LockSnapshotCommand)).toHaveLength(0)
    expect(result.failures.map((f) => f.message)).toEqual([
      `Snapshot snap-1 of ${VOL} did not complete within 1 minute; its metadata records state pending`,
      `Snapshot snap-1 of ${VOL} was not locked: it is pending, not completed; it is kept, and can be locked once completed with LockSnapshot (compliance, 7 days)`
    ])
  })

  it('makes no lock call when lock-days is 0', async () => {
    completeBoth()
    const result = await settle(clock, runBackup(config({ lockDays: 0 }), [m.target], clock, { workflow: WORKFLOW }))
    expect(result.failures).toEqual([])
    expect(east().commandCalls(LockSnapshotCommand)).toHaveLength(0)
    expect(result.created.map((c) => c.lock)).toEqual([undefined, undefined])
  })

  it('leaves RDS and Aurora snapshots unlocked: they have no snapshot lock', async () => {
    const db: BackupResult['created'][number] = {
      accountId: ACCOUNT,
      region: 'us-east-1',
      volumeId: 'orders',
      volumeName: null,
      snapshotId: 'snapshot-hygiene-orders-2026-03-01',
      state: 'available',
      startTime: '2026-03-01T06:00:00.000Z',
      sizeGib: 20,
      expiresAt: '',
      metadataKey: null,
      kind: 'db-instance'
    }
    const out = await lockBackups([db], () => m.target.clients, { days: 7, mode: 'governance' })
    expect(out).toEqual({ created: [db], failures: [] })
    expect(east().commandCalls(LockSnapshotCommand)).toHaveLength(0)
    expect(rdsLockNotice(7)).toBe(
      "lock-days (7) applies to EBS snapshots only: RDS and Aurora snapshots have no snapshot lock, so this run's DB snapshots are not locked (protect them with AWS Backup vault lock)."
    )
  })
})

describe('backup locks the copies it made in the copy regions', () => {
  const copy = (over: Partial<CopiedSnapshot>): CopiedSnapshot => ({
    accountId: ACCOUNT,
    region: 'eu-west-1',
    snapshotId: 'snap-copy1',
    state: 'completed',
    volumeId: VOL,
    sourceRegion: 'us-east-1',
    sourceSnapshotId: 'snap-1',
    ...over
  })

  it('locks each completed EBS copy in its own region, and leaves failed, unstarted and RDS copies alone', async () => {
    const two = mockTarget(ACCOUNT, ['us-east-1', 'eu-west-1'])
    const west = two.ec2['eu-west-1'] as NonNullable<MockTarget['ec2'][string]>
    west.on(LockSnapshotCommand).callsFake((input: { SnapshotId: string; LockMode: string }) => ({
      SnapshotId: input.SnapshotId,
      LockState: input.LockMode,
      LockExpiresOn: until(7)
    }))
    const copies = [
      copy({}),
      copy({ snapshotId: 'snap-copy2', state: 'pending' }),
      copy({ snapshotId: null, state: 'not-started' }),
      copy({ snapshotId: null, state: 'failed', message: 'KMS key not usable' }),
      copy({ snapshotId: 'db-copy', kind: 'db-instance', state: 'available' })
    ]
    const out = await lockCopies(copies, () => two.target.clients, { days: 7, mode: 'governance' })
    expect(west.commandCalls(LockSnapshotCommand).map((c) => c.args[0].input)).toEqual([
      { SnapshotId: 'snap-copy1', LockMode: 'governance', LockDuration: 7 }
    ])
    expect((two.ec2['us-east-1'] as NonNullable<MockTarget['ec2'][string]>).commandCalls(LockSnapshotCommand)).toEqual(
      []
    )
    expect(out.copies.map((c) => [c.snapshotId, c.lock ?? null])).toEqual([
      ['snap-copy1', { mode: 'governance', days: 7, expiresAt: '2026-03-08T06:00:00.000Z' }],
      ['snap-copy2', null],
      [null, null],
      [null, null],
      ['db-copy', null]
    ])
    expect(out.failures).toEqual([
      {
        accountId: ACCOUNT,
        region: 'eu-west-1',
        volumeId: VOL,
        snapshotId: 'snap-copy2',
        lockFailed: true,
        message:
          'Copy snap-copy2 of snap-1 (vol-0123456789abcdef0) in eu-west-1 was not locked: it is pending, not completed; it is kept, and can be locked once completed with LockSnapshot (governance, 7 days)'
      }
    ])
    expect(lockSection({ created: [], copies: out.copies })).toBe(
      'Locked **1 copy** in the copy regions, in governance mode for 7 days.'
    )
  })

  it('locks nothing with lock-days 0', async () => {
    const out = await lockCopies([copy({})], () => undefined, { days: 0, mode: 'governance' })
    expect(out).toEqual({ copies: [copy({})], failures: [] })
  })
})
