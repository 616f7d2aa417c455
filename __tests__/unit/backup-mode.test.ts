import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  CreateSnapshotCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  type Snapshot
} from '@aws-sdk/client-ec2'
import { PutObjectCommand } from '@aws-sdk/client-s3'
import { backupTags, expiresAt } from '../../src/backup-tags.js'
import { runBackup, type BackupConfig } from '../../src/modes/backup.js'
import { POLL_FIRST_ENV, pollFirstMs } from '../../src/kinds/ebs.js'
import type { WorkflowContext } from '../../src/metadata.js'
import { workflowContext } from '../../src/report/shared.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { awsError, mockTarget, settle, type MockTarget } from '../helpers/mock-target.js'

const ACCOUNT = '111122223333'
const START = Date.UTC(2026, 2, 1, 6, 0, 0)
const VOL = 'vol-0123456789abcdef0'
const VOL2 = 'vol-0fedcba9876543210'
const WORKFLOW: WorkflowContext = {
  repository: 'acme/app',
  workflow: 'backup',
  runId: '9',
  runUrl: 'https://github.com/acme/app/actions/runs/9',
  sha: 'f00d',
  actor: 'octocat'
}

function config(over: Partial<BackupConfig> = {}): BackupConfig {
  return {
    volumes: [{ region: 'us-east-1', volumeId: VOL }],
    bucket: 'meta-bucket',
    metadataPrefix: 'snapshot-metadata/',
    retentionDays: 15,
    tags: {},
    description: '',
    wait: true,
    waitTimeoutMinutes: 60,
    awsRegion: 'us-east-1',
    maxParallelAccounts: 8,
    ...over
  }
}

function snapshot(id: string, state: Snapshot['State'], extra: Partial<Snapshot> = {}): Snapshot {
  return {
    SnapshotId: id,
    VolumeId: VOL,
    State: state,
    StartTime: new Date(START),
    VolumeSize: 8,
    OwnerId: ACCOUNT,
    Encrypted: false,
    ...extra
  }
}

let m: MockTarget
let clock: FakeClock

beforeEach(() => {
  m = mockTarget(ACCOUNT, ['us-east-1', 'eu-west-1'])
  clock = new FakeClock(START)
  for (const r of ['us-east-1', 'eu-west-1']) {
    m.ec2[r]?.on(DescribeVolumesCommand).callsFake((input: { Filters?: { Values?: string[] }[] }) => ({
      Volumes: (input.Filters?.[0]?.Values ?? [])
        .filter((v) => v === VOL || v === VOL2)
        .map((v) => ({
          VolumeId: v,
          VolumeType: 'gp3',
          Size: 8,
          AvailabilityZone: `${r}a`,
          Tags: [{ Key: 'Name', Value: `name-${v}` }]
        }))
    }))
  }
  m.s3.on(PutObjectCommand).resolves({})
})

const east = (): NonNullable<MockTarget['ec2'][string]> => m.ec2['us-east-1'] as NonNullable<MockTarget['ec2'][string]>

describe('backup tags', () => {
  it('copies Name, adds the user tags, and the action tags always win', () => {
    const tags = backupTags(
      { tags: { team: 'web', 'snapshot-hygiene:managed': 'false', Name: 'custom' }, retentionDays: 15 },
      { name: 'data' },
      WORKFLOW,
      new Date(START)
    )
    expect(tags).toEqual({
      Name: 'custom',
      team: 'web',
      'snapshot-hygiene:managed': 'true',
      'snapshot-hygiene:expires-at': '2026-03-16T06:00:00Z',
      'snapshot-hygiene:repository': 'acme/app',
      'snapshot-hygiene:workflow': 'backup',
      'snapshot-hygiene:run-id': '9',
      'snapshot-hygiene:run-url': 'https://github.com/acme/app/actions/runs/9',
      'snapshot-hygiene:sha': 'f00d',
      'snapshot-hygiene:actor': 'octocat'
    })
  })

  it('leaves out workflow fields that are unknown and computes expires-at from retention-days', () => {
    const none: WorkflowContext = { repository: '', workflow: '', runId: '', runUrl: '', sha: '', actor: '' }
    expect(backupTags({ tags: {}, retentionDays: 0 }, { name: null }, none, new Date(START))).toEqual({
      'snapshot-hygiene:managed': 'true',
      'snapshot-hygiene:expires-at': '2026-03-01T06:00:00Z'
    })
    expect(expiresAt(new Date('2026-12-31T23:59:59.999Z'), 1)).toBe('2027-01-01T23:59:59Z')
  })

  it('builds the workflow context from the GitHub context and the environment', () => {
    const ctx = { workflow: 'nightly', runId: 42, sha: 'abc', actor: 'me', serverUrl: 'https://ghe.example.com/' }
    expect(workflowContext(ctx, { GITHUB_REPOSITORY: 'o/r' })).toEqual({
      repository: 'o/r',
      workflow: 'nightly',
      runId: '42',
      runUrl: 'https://ghe.example.com/o/r/actions/runs/42',
      sha: 'abc',
      actor: 'me'
    })
    expect(workflowContext({ ...ctx, runId: 0 }, {}).runUrl).toBe('')
  })
})

describe('runBackup', () => {
  it('creates the snapshot with its tags at creation, waits, then writes the metadata', async () => {
    east().on(CreateSnapshotCommand).resolves(snapshot('snap-1', 'pending'))
    east()
      .on(DescribeSnapshotsCommand)
      .resolvesOnce({ Snapshots: [snapshot('snap-1', 'pending', { Progress: '40%' })] })
      .resolves({ Snapshots: [snapshot('snap-1', 'completed', { Progress: '100%' })] })
    const result = await settle(
      clock,
      runBackup(config({ tags: { team: 'web' }, description: 'daily' }), [m.target], clock, { workflow: WORKFLOW })
    )
    expect(result.failures).toEqual([])
    expect(result.created).toEqual([
      {
        accountId: ACCOUNT,
        region: 'us-east-1',
        volumeId: VOL,
        volumeName: `name-${VOL}`,
        snapshotId: 'snap-1',
        state: 'completed',
        startTime: '2026-03-01T06:00:00.000Z',
        sizeGib: 8,
        expiresAt: '2026-03-16T06:00:00Z',
        metadataKey: `snapshot-metadata/${VOL}/snap-1.json`
      }
    ])
    const create = east().commandCalls(CreateSnapshotCommand)
    expect(create).toHaveLength(1)
    expect(create[0]?.args[0].input).toMatchObject({ VolumeId: VOL, Description: 'daily' })
    const tagSpec = create[0]?.args[0].input.TagSpecifications ?? []
    expect(tagSpec).toHaveLength(1)
    expect(tagSpec[0]?.ResourceType).toBe('snapshot')
    expect(Object.fromEntries((tagSpec[0]?.Tags ?? []).map((t) => [t.Key, t.Value]))).toMatchObject({
      Name: `name-${VOL}`,
      team: 'web',
      'snapshot-hygiene:managed': 'true'
    })
    expect(east().commandCalls(DescribeSnapshotsCommand)).toHaveLength(2)
    expect(clock.sleeps).toEqual([5_000])
    const puts = m.s3.commandCalls(PutObjectCommand)
    expect(puts).toHaveLength(1)
    const put = puts[0]?.args[0].input
    expect(put).toMatchObject({
      Bucket: 'meta-bucket',
      Key: `snapshot-metadata/${VOL}/snap-1.json`,
      ContentType: 'application/json'
    })
    const doc = JSON.parse(put?.Body as string) as { snapshot: { state: string; progress: string }; written_by: string }
    expect(doc.snapshot.state).toBe('completed')
    expect(doc.snapshot.progress).toBe('100%')
    expect(doc.written_by).toBe('backup')
  })

  it('waits out SnapshotCreationPerVolumeRateExceeded on the clock and retries', async () => {
    east()
      .on(CreateSnapshotCommand)
      .rejectsOnce(
        awsError(
          'SnapshotCreationPerVolumeRateExceeded',
          'The maximum per volume CreateSnapshot request rate has been exceeded.'
        )
      )
      .rejectsOnce(awsError('SnapshotCreationPerVolumeRateExceeded'))
      .resolves(snapshot('snap-2', 'completed'))
    const result = await settle(clock, runBackup(config(), [m.target], clock, { workflow: WORKFLOW }))
    expect(result.failures).toEqual([])
    expect(result.created.map((c) => c.snapshotId)).toEqual(['snap-2'])
    expect(east().commandCalls(CreateSnapshotCommand)).toHaveLength(3)
    expect(clock.sleeps).toEqual([15_000, 15_000])
    expect(clock.elapsedSince(START)).toBe(30_000)
    expect(east().commandCalls(DescribeSnapshotsCommand)).toHaveLength(0)
  })

  it('gives up on the rate limit when the wait timeout runs out, and reports it', async () => {
    east().on(CreateSnapshotCommand).rejects(awsError('SnapshotCreationPerVolumeRateExceeded', 'rate exceeded'))
    const result = await settle(
      clock,
      runBackup(config({ waitTimeoutMinutes: 1 }), [m.target], clock, { workflow: WORKFLOW })
    )
    expect(east().commandCalls(CreateSnapshotCommand)).toHaveLength(5)
    expect(clock.sleeps).toEqual([15_000, 15_000, 15_000, 15_000])
    expect(result.created).toEqual([])
    expect(result.failures).toEqual([
      {
        accountId: ACCOUNT,
        region: 'us-east-1',
        volumeId: VOL,
        snapshotId: null,
        message: `Could not snapshot ${VOL}: EBS still refused a new snapshot of ${VOL} when the wait timeout ran out: SnapshotCreationPerVolumeRateExceeded: rate exceeded`
      }
    ])
  })

  it('fails a snapshot that ends in the error state with its message, writing no metadata', async () => {
    east().on(CreateSnapshotCommand).resolves(snapshot('snap-3', 'pending'))
    east()
      .on(DescribeSnapshotsCommand)
      .resolves({ Snapshots: [snapshot('snap-3', 'error', { StateMessage: 'Volume is damaged' })] })
    const result = await settle(clock, runBackup(config(), [m.target], clock, { workflow: WORKFLOW }))
    expect(result.failures).toEqual([
      {
        accountId: ACCOUNT,
        region: 'us-east-1',
        volumeId: VOL,
        snapshotId: 'snap-3',
        message: `Snapshot snap-3 of ${VOL} failed: Volume is damaged`
      }
    ])
    expect(result.created.map((c) => [c.snapshotId, c.state, c.metadataKey])).toEqual([['snap-3', 'error', null]])
    expect(m.s3.commandCalls(PutObjectCommand)).toHaveLength(0)
  })

  it('times out after wait-timeout-minutes on the clock, records the pending state and reports it', async () => {
    east().on(CreateSnapshotCommand).resolves(snapshot('snap-4', 'pending'))
    east()
      .on(DescribeSnapshotsCommand)
      .resolves({ Snapshots: [snapshot('snap-4', 'pending', { Progress: '12%' })] })
    const result = await settle(
      clock,
      runBackup(config({ waitTimeoutMinutes: 1 }), [m.target], clock, { workflow: WORKFLOW })
    )
    expect(clock.sleeps).toEqual([5_000, 10_000, 20_000, 25_000])
    expect(clock.elapsedSince(START)).toBe(60_000)
    expect(east().commandCalls(DescribeSnapshotsCommand)).toHaveLength(5)
    expect(result.failures.map((f) => f.message)).toEqual([
      `Snapshot snap-4 of ${VOL} did not complete within 1 minute (progress 12%); its metadata records state pending`
    ])
    expect(result.created.map((c) => [c.snapshotId, c.state, c.metadataKey])).toEqual([
      ['snap-4', 'pending', `snapshot-metadata/${VOL}/snap-4.json`]
    ])
    const doc = JSON.parse(m.s3.commandCalls(PutObjectCommand)[0]?.args[0].input.Body as string) as {
      snapshot: { state: string }
    }
    expect(doc.snapshot.state).toBe('pending')
  })

  it('keeps polling while a new snapshot is not visible yet (InvalidSnapshot.NotFound)', async () => {
    east().on(CreateSnapshotCommand).resolves(snapshot('snap-5', 'pending'))
    east()
      .on(DescribeSnapshotsCommand)
      .rejectsOnce(awsError('InvalidSnapshot.NotFound'))
      .resolves({ Snapshots: [snapshot('snap-5', 'completed')] })
    const result = await settle(clock, runBackup(config(), [m.target], clock, { workflow: WORKFLOW }))
    expect(result.failures).toEqual([])
    expect(result.created[0]?.state).toBe('completed')
    expect(clock.sleeps).toEqual([5_000])
  })

  it('writes the metadata at once, with the pending state, when wait is false', async () => {
    east().on(CreateSnapshotCommand).resolves(snapshot('snap-6', 'pending'))
    const result = await settle(clock, runBackup(config({ wait: false }), [m.target], clock, { workflow: WORKFLOW }))
    expect(east().commandCalls(DescribeSnapshotsCommand)).toHaveLength(0)
    expect(result.created.map((c) => [c.state, c.metadataKey])).toEqual([
      ['pending', `snapshot-metadata/${VOL}/snap-6.json`]
    ])
    expect(clock.sleeps).toEqual([])
  })

  it('names a volume that does not exist and still backs up the others', async () => {
    const missing = 'vol-0aaaaaaaaaaaaaaaa'
    east().on(CreateSnapshotCommand).resolves(snapshot('snap-7', 'completed'))
    const result = await settle(
      clock,
      runBackup(
        config({
          volumes: [
            { region: 'us-east-1', volumeId: missing },
            { region: 'us-east-1', volumeId: VOL }
          ]
        }),
        [m.target],
        clock,
        { workflow: WORKFLOW }
      )
    )
    expect(result.failures).toEqual([
      {
        accountId: ACCOUNT,
        region: 'us-east-1',
        volumeId: missing,
        snapshotId: null,
        message: `Volume ${missing} was not found in us-east-1 (account ${ACCOUNT})`
      }
    ])
    expect(result.created.map((c) => c.snapshotId)).toEqual(['snap-7'])
    expect(east().commandCalls(CreateSnapshotCommand)).toHaveLength(1)
  })

  it('snapshots volumes in several regions concurrently', async () => {
    const started: string[] = []
    let release: () => void = () => undefined
    const gate = new Promise<void>((r) => (release = r))
    for (const [region, id] of [
      ['us-east-1', 'snap-a'],
      ['eu-west-1', 'snap-b']
    ] as const) {
      m.ec2[region]?.on(CreateSnapshotCommand).callsFake(async () => {
        started.push(region)
        if (started.length === 2) release()
        await gate
        return snapshot(id, 'completed', { VolumeId: region === 'us-east-1' ? VOL : VOL2 })
      })
    }
    const result = await settle(
      clock,
      runBackup(
        config({
          volumes: [
            { region: 'us-east-1', volumeId: VOL },
            { region: 'eu-west-1', volumeId: VOL2 }
          ]
        }),
        [m.target],
        clock,
        { workflow: WORKFLOW }
      )
    )
    expect(started.sort()).toEqual(['eu-west-1', 'us-east-1'])
    expect(result.created.map((c) => `${c.region}/${c.snapshotId}`)).toEqual(['us-east-1/snap-a', 'eu-west-1/snap-b'])
  })

  it('reports a metadata write that fails, keeping the snapshot id', async () => {
    east().on(CreateSnapshotCommand).resolves(snapshot('snap-8', 'completed'))
    m.s3.on(PutObjectCommand).rejects(awsError('AccessDenied', 'Access Denied'))
    const result = await settle(clock, runBackup(config(), [m.target], clock, { workflow: WORKFLOW }))
    expect(result.created.map((c) => [c.snapshotId, c.metadataKey])).toEqual([['snap-8', null]])
    expect(result.failures.map((f) => f.message)).toEqual([
      `Snapshot snap-8 of ${VOL} was created, but its metadata was not written: Could not write s3://meta-bucket/snapshot-metadata/${VOL}/snap-8.json: AccessDenied: Access Denied`
    ])
  })
})

describe('create pacing', () => {
  it('takes one token of the account and region creation pacer before each volume snapshot', async () => {
    east().on(CreateSnapshotCommand).resolves(snapshot('snap-1', 'completed'))
    m.ec2['eu-west-1']?.on(CreateSnapshotCommand).resolves(snapshot('snap-2', 'completed', { VolumeId: VOL2 }))
    const takes: string[] = []
    const pacer = (accountId: string, region: string) => ({
      take: (): Promise<void> => {
        takes.push(`${accountId}/${region}`)
        return Promise.resolve()
      },
      penalize: (): void => undefined
    })
    const result = await runBackup(
      config({
        volumes: [
          { region: 'us-east-1', volumeId: VOL },
          { region: 'eu-west-1', volumeId: VOL2 }
        ]
      }),
      [m.target],
      clock,
      { workflow: WORKFLOW, createPacer: pacer }
    )
    expect(result.failures).toEqual([])
    expect(takes.sort()).toEqual([`${ACCOUNT}/eu-west-1`, `${ACCOUNT}/us-east-1`])
  })

  it('takes a new token for the retry of a throttled create (RequestLimitExceeded) and empties the pacer first', async () => {
    const events: string[] = []
    east()
      .on(CreateSnapshotCommand)
      .callsFakeOnce(() => {
        events.push('CreateSnapshot')
        throw awsError('RequestLimitExceeded', 'Request limit exceeded.')
      })
      .callsFake(() => {
        events.push('CreateSnapshot')
        return snapshot('snap-9', 'completed')
      })
    const pacer = () => ({
      take: (): Promise<void> => {
        events.push('take')
        return Promise.resolve()
      },
      penalize: (): void => {
        events.push('penalize')
      }
    })
    const result = await settle(
      clock,
      runBackup(config({ wait: false }), [m.target], clock, { workflow: WORKFLOW, createPacer: pacer })
    )
    expect(result.failures).toEqual([])
    expect(result.created.map((c) => c.snapshotId)).toEqual(['snap-9'])
    expect(events).toEqual(['take', 'CreateSnapshot', 'penalize', 'take', 'CreateSnapshot'])
    expect(clock.sleeps).toEqual([1_000])
  })

  it('takes a token for every attempt at a volume, the retries after the per-volume rate included', async () => {
    let takes = 0
    east()
      .on(CreateSnapshotCommand)
      .rejectsOnce(awsError('SnapshotCreationPerVolumeRateExceeded'))
      .resolves(snapshot('snap-3', 'completed'))
    const pacer = () => ({
      take: (): Promise<void> => {
        takes += 1
        return Promise.resolve()
      },
      penalize: (): void => undefined
    })
    const result = await settle(
      clock,
      runBackup(config({ wait: false }), [m.target], clock, { workflow: WORKFLOW, createPacer: pacer })
    )
    expect(result.failures).toEqual([])
    expect(east().commandCalls(CreateSnapshotCommand)).toHaveLength(2)
    expect(takes).toBe(2)
    expect(clock.sleeps).toEqual([15_000])
  })
})

describe('poll interval', () => {
  it('starts at 5 s, or at SNAPSHOT_HYGIENE_POLL_FIRST_MS, and refuses a value that is not a positive number up to 30 s', () => {
    expect(pollFirstMs({})).toBe(5_000)
    expect(pollFirstMs({ [POLL_FIRST_ENV]: ' 250 ' })).toBe(250)
    for (const bad of ['0', '-1', 'soon', '30001'])
      expect(() => pollFirstMs({ [POLL_FIRST_ENV]: bad })).toThrow(
        `Environment variable SNAPSHOT_HYGIENE_POLL_FIRST_MS must be a positive number of milliseconds up to 30000; got '${bad}'`
      )
  })

  it('polls first after SNAPSHOT_HYGIENE_POLL_FIRST_MS, then doubles', async () => {
    east().on(CreateSnapshotCommand).resolves(snapshot('snap-6', 'pending'))
    east()
      .on(DescribeSnapshotsCommand)
      .resolvesOnce({ Snapshots: [snapshot('snap-6', 'pending')] })
      .resolvesOnce({ Snapshots: [snapshot('snap-6', 'pending')] })
      .resolves({ Snapshots: [snapshot('snap-6', 'completed')] })
    vi.stubEnv(POLL_FIRST_ENV, '400')
    try {
      const result = await settle(clock, runBackup(config(), [m.target], clock, { workflow: WORKFLOW }))
      expect(result.failures).toEqual([])
      expect(clock.sleeps).toEqual([400, 800])
    } finally {
      vi.unstubAllEnvs()
    }
  })
})
