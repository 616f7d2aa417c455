import { describe, expect, it } from 'vitest'
import { CopySnapshotCommand, DescribeSnapshotsCommand } from '@aws-sdk/client-ec2'
import {
  CopyDBClusterSnapshotCommand,
  CopyDBSnapshotCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBSnapshotsCommand
} from '@aws-sdk/client-rds'
import { CopyGates, copySnapshot, missingCopies, type CopyCandidate, type CopySource } from '../../src/copies.js'
import { DAY_MS } from '../../src/clock.js'
import { ebsRecord } from '../../src/listers/ebs.js'
import { TAG_COPY_OF, TAG_SOURCE_ID, TAG_SOURCE_REGION } from '../../src/copy-policy.js'
import { TAG_MANAGED } from '../../src/types.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { awsError, mockTarget, describedIds } from '../helpers/mock-target.js'

const ACCOUNT = '111122223333'
const EAST = 'us-east-1'
const WEST = 'eu-west-1'
const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0'
const TAGS = { [TAG_MANAGED]: 'true', 'snapshot-hygiene:expires-at': '2026-01-08T00:00:00Z' }

function source(over: Partial<CopySource> = {}): CopySource {
  return {
    kind: 'ebs',
    accountId: ACCOUNT,
    region: EAST,
    snapshotId: 'snap-0123456789abcdef0',
    arn: null,
    sourceId: 'vol-0aaaaaaaaaaaaaaaa',
    encrypted: false,
    description: 'snapshot-hygiene copy',
    ...over
  }
}

const plan = (wait: boolean, clock: FakeClock, kmsKeys: Record<string, string> = {}) => ({
  regions: [WEST],
  kmsKeys,
  wait,
  deadline: clock.now().getTime() + 60 * 60_000
})

describe('RDS copies (CopyDBSnapshot / CopyDBClusterSnapshot in the destination region)', () => {
  it('copies a DB snapshot with its source ARN, SourceRegion, the region key and the copy tags, and waits for available', async () => {
    const clock = new FakeClock()
    const m = mockTarget(ACCOUNT, [EAST, WEST])
    m.rds[WEST]?.on(CopyDBSnapshotCommand).resolves({
      DBSnapshot: { DBSnapshotIdentifier: 'orders-1', Status: 'creating' }
    })
    m.rds[WEST]?.on(DescribeDBSnapshotsCommand)
      .resolvesOnce({ DBSnapshots: [{ DBSnapshotIdentifier: 'orders-1', Status: 'creating' }] })
      .resolves({ DBSnapshots: [{ DBSnapshotIdentifier: 'orders-1', Status: 'available' }] })
    const done = copySnapshot(
      m.target.clients,
      source({ kind: 'db-instance', snapshotId: 'orders-1', sourceId: 'orders' }),
      plan(true, clock, { [WEST]: KEY }),
      TAGS,
      new CopyGates(clock),
      clock
    )
    await clock.runAll()
    expect(await done).toEqual([{ region: WEST, snapshotId: 'orders-1', state: 'available' }])
    expect(m.rds[EAST]?.commandCalls(CopyDBSnapshotCommand)).toHaveLength(0)
    const calls = m.rds[WEST]?.commandCalls(CopyDBSnapshotCommand) ?? []
    expect(calls.map((c) => c.args[0].input)).toEqual([
      {
        SourceRegion: EAST,
        KmsKeyId: KEY,
        SourceDBSnapshotIdentifier: 'arn:aws:rds:us-east-1:111122223333:snapshot:orders-1',
        TargetDBSnapshotIdentifier: 'orders-1',
        Tags: [
          { Key: TAG_MANAGED, Value: 'true' },
          { Key: 'snapshot-hygiene:expires-at', Value: '2026-01-08T00:00:00Z' },
          { Key: TAG_COPY_OF, Value: 'orders-1' },
          { Key: TAG_SOURCE_REGION, Value: EAST },
          { Key: TAG_SOURCE_ID, Value: 'orders' }
        ]
      }
    ])
  })

  it('copies a DB cluster snapshot by its cluster-snapshot ARN; one already there (an earlier run) is that copy', async () => {
    const clock = new FakeClock()
    const m = mockTarget(ACCOUNT, [EAST, WEST])
    m.rds[WEST]?.on(CopyDBClusterSnapshotCommand).rejects(
      awsError('DBClusterSnapshotAlreadyExistsFault', 'already exists')
    )
    m.rds[WEST]?.on(DescribeDBClusterSnapshotsCommand).resolves({
      DBClusterSnapshots: [{ DBClusterSnapshotIdentifier: 'ledger-1', Status: 'creating' }]
    })
    const records = await copySnapshot(
      m.target.clients,
      source({ kind: 'db-cluster', snapshotId: 'ledger-1', sourceId: 'ledger' }),
      plan(false, clock),
      TAGS,
      new CopyGates(clock),
      clock
    )
    expect(records).toEqual([{ region: WEST, snapshotId: 'ledger-1', state: 'creating' }])
    expect(m.rds[WEST]?.commandCalls(CopyDBClusterSnapshotCommand)[0]?.args[0].input).toMatchObject({
      SourceDBClusterSnapshotIdentifier: 'arn:aws:rds:us-east-1:111122223333:cluster-snapshot:ledger-1',
      TargetDBClusterSnapshotIdentifier: 'ledger-1',
      SourceRegion: EAST
    })
  })
})

describe('EBS copies', () => {
  it('reports a copy still pending at the wait timeout, and leaves it pending without wait', async () => {
    const clock = new FakeClock()
    const m = mockTarget(ACCOUNT, [EAST, WEST])
    m.ec2[WEST]?.on(CopySnapshotCommand).resolves({ SnapshotId: 'snap-0copy0000000000001' })
    m.ec2[WEST]?.on(DescribeSnapshotsCommand).resolves({
      Snapshots: [{ SnapshotId: 'snap-0copy0000000000001', State: 'pending', Progress: '3%' }]
    })
    const waited = copySnapshot(m.target.clients, source(), plan(true, clock), TAGS, new CopyGates(clock), clock)
    await clock.runAll()
    expect(await waited).toEqual([
      {
        region: WEST,
        snapshotId: 'snap-0copy0000000000001',
        state: 'pending',
        message: 'copy snap-0copy0000000000001 in eu-west-1 did not complete within the wait timeout'
      }
    ])
    const started = await copySnapshot(
      m.target.clients,
      source(),
      plan(false, clock),
      TAGS,
      new CopyGates(clock),
      clock
    )
    expect(started).toEqual([{ region: WEST, snapshotId: 'snap-0copy0000000000001', state: 'pending' }])
    expect(m.ec2[WEST]?.commandCalls(CopySnapshotCommand)[0]?.args[0].input).toMatchObject({
      SourceRegion: EAST,
      SourceSnapshotId: 'snap-0123456789abcdef0'
    })
  })

  it('names the region and the cause of a failed copy: KMS key, copy limit, region not enabled', async () => {
    const clock = new FakeClock()
    const cases: [string, string, string][] = [
      ['KMSKeyNotAccessibleFault', 'no access', 'the KMS key is not usable in eu-west-1'],
      ['ResourceLimitExceeded', 'too many copies', 'eu-west-1 refused the copy: a copy limit is reached'],
      ['OptInRequired', 'not subscribed', 'eu-west-1 is not enabled for the account']
    ]
    for (const [code, message, said] of cases) {
      const m = mockTarget(ACCOUNT, [EAST, WEST])
      m.ec2[WEST]?.on(CopySnapshotCommand).rejects(awsError(code, message))
      const [record] = await copySnapshot(
        m.target.clients,
        source(),
        plan(true, clock),
        TAGS,
        new CopyGates(clock),
        clock
      )
      expect(record?.state).toBe('failed')
      expect(record?.snapshotId).toBeNull()
      expect(record?.message).toContain(said)
    }
  })

  it('keeps at most 20 copies in flight per destination region while waiting', async () => {
    const clock = new FakeClock()
    const m = mockTarget(ACCOUNT, [EAST, WEST])
    let n = 0
    let inFlight = 0
    let most = 0
    m.ec2[WEST]?.on(CopySnapshotCommand).callsFake(() => {
      inFlight++
      most = Math.max(most, inFlight)
      return { SnapshotId: `snap-c${n++}` }
    })
    m.ec2[WEST]?.on(DescribeSnapshotsCommand).callsFake((input: Parameters<typeof describedIds>[0]) => {
      const ids = describedIds(input)
      inFlight -= ids.length
      return { Snapshots: ids.map((id) => ({ SnapshotId: id, State: 'completed' })) }
    })
    const gates = new CopyGates(clock)
    const all = Promise.all(
      Array.from({ length: 45 }, (_, i) =>
        copySnapshot(m.target.clients, source({ snapshotId: `snap-s${i}` }), plan(true, clock), TAGS, gates, clock)
      )
    )
    await clock.runAll()
    const records = (await all).flat()
    expect(records.filter((r) => r.state === 'completed')).toHaveLength(45)
    expect(most).toBe(20)
  })

  it('tries a throttled poll again and keeps the copy in its gate slot until it is seen completed', async () => {
    const clock = new FakeClock()
    const m = mockTarget(ACCOUNT, [EAST, WEST])
    let n = 0
    const pending = new Set<string>()
    let most = 0
    let polls = 0
    m.ec2[WEST]?.on(CopySnapshotCommand).callsFake(() => {
      const id = `snap-c${n++}`
      pending.add(id)
      most = Math.max(most, pending.size)
      return { SnapshotId: id }
    })
    // The first two polls are throttled (the Describe bucket is empty), the next one fails with a 503.
    m.ec2[WEST]?.on(DescribeSnapshotsCommand).callsFake((input: Parameters<typeof describedIds>[0]) => {
      polls++
      if (polls <= 2) throw awsError('RequestLimitExceeded', 'Request limit exceeded.')
      if (polls === 3)
        throw Object.assign(new Error('Service Unavailable'), {
          name: 'Unavailable',
          $metadata: { httpStatusCode: 503 }
        })
      const ids = describedIds(input)
      for (const id of ids) pending.delete(id)
      return { Snapshots: ids.map((id) => ({ SnapshotId: id, State: 'completed' })) }
    })
    const gates = new CopyGates(clock)
    const all = Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        copySnapshot(m.target.clients, source({ snapshotId: `snap-s${i}` }), plan(true, clock), TAGS, gates, clock)
      )
    )
    await clock.runAll()
    const records = (await all).flat()
    expect(records.filter((r) => r.state === 'completed')).toHaveLength(25)
    expect(records.filter((r) => r.message !== undefined)).toEqual([])
    expect(most).toBe(20)
    expect(m.ec2[WEST]?.commandCalls(CopySnapshotCommand)).toHaveLength(25)
  })

  it('ends a copy whose poll sees the error state, and a real poll error, without waiting for the timeout', async () => {
    const clock = new FakeClock()
    const m = mockTarget(ACCOUNT, [EAST, WEST])
    m.ec2[WEST]?.on(CopySnapshotCommand).resolves({ SnapshotId: 'snap-0copy0000000000001' })
    m.ec2[WEST]?.on(DescribeSnapshotsCommand)
      .resolvesOnce({ Snapshots: [{ SnapshotId: 'snap-0copy0000000000001', State: 'error', StateMessage: 'KMS' }] })
      .rejects(awsError('UnauthorizedOperation', 'not allowed'))
    const failed = copySnapshot(m.target.clients, source(), plan(true, clock), TAGS, new CopyGates(clock), clock)
    await clock.runAll()
    expect(await failed).toEqual([
      {
        region: WEST,
        snapshotId: 'snap-0copy0000000000001',
        state: 'failed',
        message: 'copy snap-0copy0000000000001 in eu-west-1 failed: KMS'
      }
    ])
    const denied = copySnapshot(m.target.clients, source(), plan(true, clock), TAGS, new CopyGates(clock), clock)
    await clock.runAll()
    expect(await denied).toEqual([
      {
        region: WEST,
        snapshotId: 'snap-0copy0000000000001',
        state: 'failed',
        message: 'UnauthorizedOperation: not allowed'
      }
    ])
    expect(clock.sleeps).toEqual([])
  })

  it('polls the copies of a region in batches: one DescribeSnapshots for the 20 copies in flight, not one each', async () => {
    const clock = new FakeClock()
    const m = mockTarget(ACCOUNT, [EAST, WEST])
    let n = 0
    m.ec2[WEST]?.on(CopySnapshotCommand).callsFake(() => ({ SnapshotId: `snap-c${n++}` }))
    m.ec2[WEST]?.on(DescribeSnapshotsCommand).callsFake(async (input: Parameters<typeof describedIds>[0]) => {
      await clock.sleep(100)
      return { Snapshots: describedIds(input).map((id) => ({ SnapshotId: id, State: 'completed' })) }
    })
    const gates = new CopyGates(clock)
    const all = Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        copySnapshot(m.target.clients, source({ snapshotId: `snap-s${i}` }), plan(true, clock), TAGS, gates, clock)
      )
    )
    await clock.runAll()
    expect((await all).flat().filter((r) => r.state === 'completed')).toHaveLength(20)
    const calls = m.ec2[WEST]?.commandCalls(DescribeSnapshotsCommand) ?? []
    expect(calls.map((c) => c.args[0].input)).toEqual([
      {
        OwnerIds: ['self'],
        MaxResults: 1000,
        Filters: [{ Name: 'snapshot-id', Values: Array.from({ length: 20 }, (_, i) => `snap-c${i}`) }]
      }
    ])
  })

  it('starts at most 20 copies per destination region in a run without wait; the rest wait for the next run', async () => {
    const clock = new FakeClock()
    const m = mockTarget(ACCOUNT, [EAST, WEST])
    m.ec2[WEST]?.on(CopySnapshotCommand).resolves({ SnapshotId: 'snap-c' })
    const gates = new CopyGates(clock)
    const records = (
      await Promise.all(
        Array.from({ length: 22 }, (_, i) =>
          copySnapshot(m.target.clients, source({ snapshotId: `snap-s${i}` }), plan(false, clock), TAGS, gates, clock)
        )
      )
    ).flat()
    expect(records.filter((r) => r.state === 'pending')).toHaveLength(20)
    expect(records.filter((r) => r.state === 'not-started').map((r) => r.message)).toEqual([
      '20 copies into eu-west-1 are already in flight in this run; the next run copies it',
      '20 copies into eu-west-1 are already in flight in this run; the next run copies it'
    ])
    expect(m.ec2[WEST]?.commandCalls(CopySnapshotCommand)).toHaveLength(20)
  })
})

describe('which earlier sources a copy region lacks', () => {
  const NOW = new Date('2026-03-15T12:00:00Z')
  const cand = (id: string, days: number): CopyCandidate => ({
    snapshotId: id,
    createdAt: new Date(NOW.getTime() - days * DAY_MS),
    arn: null,
    encrypted: false
  })
  const copyOf = (id: string, of: string, days: number) => ({
    record: ebsRecord(
      {
        SnapshotId: id,
        VolumeId: 'vol-ffffffff',
        State: 'completed',
        StartTime: new Date(NOW.getTime() - days * DAY_MS),
        Tags: [
          { Key: TAG_MANAGED, Value: 'true' },
          { Key: TAG_COPY_OF, Value: of }
        ]
      },
      ACCOUNT,
      WEST
    ),
    description: null,
    progress: null
  })

  it('copies the sources newer than the newest one copied, never older ones whose copies prune removed', () => {
    const candidates = [cand('s1', 5), cand('s2', 3), cand('s3', 2), cand('s4', 1)]
    expect(missingCopies(candidates, [copyOf('c2', 's2', 3)], 0, NOW).map((c) => c.snapshotId)).toEqual(['s4', 's3'])
    expect(missingCopies(candidates, [copyOf('c4', 's4', 1)], 30, NOW)).toEqual([])
  })

  it('with no copy yet, copies the sources within the copy retention, and always the newest', () => {
    const candidates = [cand('s1', 5), cand('s2', 3), cand('s3', 2)]
    expect(missingCopies(candidates, [], 0, NOW).map((c) => c.snapshotId)).toEqual(['s3'])
    expect(missingCopies(candidates, [], 4, NOW).map((c) => c.snapshotId)).toEqual(['s3', 's2'])
  })
})
