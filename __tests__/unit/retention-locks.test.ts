import { beforeEach, describe, expect, it } from 'vitest'
import { mockClient } from 'aws-sdk-client-mock'
import { DescribeLockedSnapshotsCommand, EC2Client, type Snapshot } from '@aws-sdk/client-ec2'
import { ebsRecord } from '../../src/listers/ebs.js'
import { withLocks } from '../../src/lock-state.js'
import { DAY_MS, planRetention, type RetentionPolicy } from '../../src/retention.js'
import { readSnapshotLocks } from '../../src/snapshot-locks.js'
import { TAG_MANAGED } from '../../src/types.js'

const ACCOUNT = '111111111111'
const REGION = 'eu-west-1'
const NOW = new Date('2026-06-15T12:00:00Z')
const LOCK_END = new Date('2026-06-20T00:00:00Z')
const ec2Mock = mockClient(EC2Client)
const client = new EC2Client({ region: REGION, credentials: { accessKeyId: 'A', secretAccessKey: 'S' } })

const policy: RetentionPolicy = {
  retentionDays: 15,
  keepLast: 1,
  keepDaily: 0,
  keepWeekly: 0,
  keepMonthly: 0,
  pruneTags: {}
}

/** What DescribeSnapshots gives for a managed snapshot of vol-a made `days` days before NOW. */
function described(id: string, days: number): Snapshot {
  return {
    SnapshotId: id,
    OwnerId: ACCOUNT,
    VolumeId: 'vol-a',
    State: 'completed',
    StartTime: new Date(NOW.getTime() - days * DAY_MS),
    VolumeSize: 8,
    Encrypted: true,
    Tags: [{ Key: TAG_MANAGED, Value: 'true' }]
  }
}

beforeEach(() => {
  ec2Mock.reset()
  ec2Mock.on(DescribeLockedSnapshotsCommand).resolves({
    Snapshots: [
      { SnapshotId: 'snap-locked', LockState: 'governance', LockExpiresOn: LOCK_END },
      { SnapshotId: 'snap-compliance', LockState: 'compliance' },
      { SnapshotId: 'snap-expired', LockState: 'expired', LockExpiresOn: new Date('2026-06-01T00:00:00Z') }
    ]
  })
})

async function records() {
  const listed = [
    described('snap-new', 1),
    described('snap-locked', 40),
    described('snap-compliance', 50),
    described('snap-expired', 60),
    described('snap-plain', 70)
  ].map((s) => ebsRecord(s, ACCOUNT, REGION))
  return withLocks(listed, await readSnapshotLocks(client))
}

describe('the planner and snapshot locks', () => {
  it('skips a snapshot whose lock has not expired, naming the lock and its end; deletes the rest as before', async () => {
    const plan = planRetention(await records(), policy, NOW)
    expect(plan.decisions.map((d) => `${d.snapshot.snapshotId} ${d.action} ${d.rule}: ${d.reason}`)).toEqual([
      'snap-new keep keep-last: held by keep-last 1 of 1',
      'snap-locked skip locked: locked (governance) until 2026-06-20T00:00:00.000Z; deletable once the lock expires',
      'snap-compliance skip locked: locked (compliance) until an end AWS did not give; deletable once the lock expires',
      'snap-expired delete retention: expired: 60 days old, retention 15 days',
      'snap-plain delete retention: expired: 70 days old, retention 15 days'
    ])
    expect(plan.toDelete.map((s) => s.snapshotId)).toEqual(['snap-expired', 'snap-plain'])
  })

  it('deletes the locked snapshot on the first run at or after the lock ends', async () => {
    const listed = await records()
    const before = planRetention(listed, policy, new Date(LOCK_END.getTime() - 1))
    const at = planRetention(listed, policy, LOCK_END)
    expect(before.toDelete.map((s) => s.snapshotId)).not.toContain('snap-locked')
    expect(at.decisions.find((d) => d.snapshot.snapshotId === 'snap-locked')).toMatchObject({
      action: 'delete',
      rule: 'retention'
    })
  })

  it('leaves records without lock fields (every other producer) as they were planned before', () => {
    const listed = [described('snap-locked', 40), described('snap-plain', 70)].map((s) => ebsRecord(s, ACCOUNT, REGION))
    expect(listed.every((r) => !('lockState' in r))).toBe(true)
    expect(planRetention(listed, { ...policy, keepLast: 0 }, NOW).toDelete.map((s) => s.snapshotId)).toEqual([
      'snap-locked',
      'snap-plain'
    ])
  })
})
