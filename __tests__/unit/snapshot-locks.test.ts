import { beforeEach, describe, expect, it } from 'vitest'
import { mockClient } from 'aws-sdk-client-mock'
import { DescribeLockedSnapshotsCommand, EC2Client, LockSnapshotCommand } from '@aws-sdk/client-ec2'
import { lockSnapshot, readSnapshotLocks, LOCKS_PAGE_SIZE } from '../../src/snapshot-locks.js'
import { isLockActive } from '../../src/lock-state.js'
import { awsError } from '../helpers/mock-target.js'

const ec2Mock = mockClient(EC2Client)
const client = new EC2Client({ region: 'eu-west-1', credentials: { accessKeyId: 'A', secretAccessKey: 'S' } })
const END = new Date('2026-07-01T00:00:00Z')

beforeEach(() => {
  ec2Mock.reset()
})

describe('readSnapshotLocks', () => {
  it('reads every page with the largest page size and the token, keyed by snapshot id', async () => {
    ec2Mock
      .on(DescribeLockedSnapshotsCommand, { MaxResults: LOCKS_PAGE_SIZE, NextToken: undefined })
      .resolves({
        Snapshots: [{ SnapshotId: 'snap-a', LockState: 'governance', LockExpiresOn: END }],
        NextToken: 'page-2'
      })
      .on(DescribeLockedSnapshotsCommand, { MaxResults: LOCKS_PAGE_SIZE, NextToken: 'page-2' })
      .resolves({
        Snapshots: [
          { SnapshotId: 'snap-b', LockState: 'compliance-cooloff' },
          { SnapshotId: 'snap-c', LockState: 'expired', LockExpiresOn: new Date('2026-01-01T00:00:00Z') }
        ]
      })
    const locks = await readSnapshotLocks(client)
    expect([...locks.entries()]).toEqual([
      ['snap-a', { lockState: 'governance', lockExpiresAt: END }],
      ['snap-b', { lockState: 'compliance-cooloff', lockExpiresAt: null }],
      ['snap-c', { lockState: 'expired', lockExpiresAt: new Date('2026-01-01T00:00:00Z') }]
    ])
    const calls = ec2Mock.commandCalls(DescribeLockedSnapshotsCommand).map((c) => c.args[0].input)
    expect(calls).toEqual([{ MaxResults: 1000 }, { MaxResults: 1000, NextToken: 'page-2' }])
  })

  it('stops with an error when the endpoint hands back a token twice, rather than paging forever', async () => {
    ec2Mock.on(DescribeLockedSnapshotsCommand).resolves({ Snapshots: [], NextToken: 'again' })
    await expect(readSnapshotLocks(client)).rejects.toThrow(
      'DescribeLockedSnapshots returned the page token again twice'
    )
  })

  it('passes an AWS error on to the caller', async () => {
    ec2Mock.on(DescribeLockedSnapshotsCommand).rejects(awsError('UnauthorizedOperation', 'not authorized'))
    await expect(readSnapshotLocks(client)).rejects.toThrow('not authorized')
  })
})

describe('isLockActive', () => {
  const now = new Date('2026-06-15T00:00:00Z')
  it('is active until its end, not at or after it, never when expired, and always when the end is unknown', () => {
    expect(isLockActive({ lockState: 'governance', lockExpiresAt: END }, now)).toBe(true)
    expect(isLockActive({ lockState: 'compliance', lockExpiresAt: END }, END)).toBe(false)
    expect(isLockActive({ lockState: 'compliance', lockExpiresAt: now }, END)).toBe(false)
    expect(isLockActive({ lockState: 'expired', lockExpiresAt: END }, now)).toBe(false)
    expect(isLockActive({ lockState: 'compliance-cooloff', lockExpiresAt: null }, now)).toBe(true)
  })
})

describe('lockSnapshot', () => {
  it('locks in governance or compliance mode for the days given, with no cooling-off period', async () => {
    ec2Mock.on(LockSnapshotCommand).callsFake((input: { SnapshotId: string; LockMode: string }) => ({
      SnapshotId: input.SnapshotId,
      LockState: input.LockMode,
      LockExpiresOn: END
    }))
    expect(await lockSnapshot(client, 'snap-a', 'governance', 14)).toEqual({
      ok: true,
      snapshotId: 'snap-a',
      lockState: 'governance',
      lockExpiresAt: END
    })
    expect(await lockSnapshot(client, 'snap-b', 'compliance', 36500)).toMatchObject({
      ok: true,
      lockState: 'compliance'
    })
    expect(ec2Mock.commandCalls(LockSnapshotCommand).map((c) => c.args[0].input)).toEqual([
      { SnapshotId: 'snap-a', LockMode: 'governance', LockDuration: 14 },
      { SnapshotId: 'snap-b', LockMode: 'compliance', LockDuration: 36500 }
    ])
  })

  it('refuses a duration outside 1 to 36500 days before any call', async () => {
    for (const days of [0, 36501, 1.5, Number.NaN])
      await expect(lockSnapshot(client, 'snap-a', 'governance', days)).rejects.toThrow(
        'lock days must be a whole number from 1 to 36500'
      )
    expect(ec2Mock.commandCalls(LockSnapshotCommand)).toHaveLength(0)
  })

  it('classifies the errors: denied, not found, conflict, throttled, anything else', async () => {
    const cases: [Error, string, string][] = [
      [
        awsError('UnauthorizedOperation', 'not authorized'),
        'denied',
        'Could not lock snap-a: UnauthorizedOperation: not authorized; grant ec2:LockSnapshot to the role'
      ],
      [
        awsError('InvalidSnapshot.NotFound', 'gone'),
        'not-found',
        'Could not lock snap-a: InvalidSnapshot.NotFound: gone'
      ],
      [
        awsError('IncorrectState', 'locked in compliance mode'),
        'conflict',
        'Could not lock snap-a: IncorrectState: locked in compliance mode; its current lock cannot be changed this way (a compliance lock past its cooling-off period can only be extended)'
      ],
      [
        awsError('RequestLimitExceeded', 'slow down'),
        'throttled',
        'Could not lock snap-a: RequestLimitExceeded: slow down'
      ],
      [awsError('InternalError', 'oops'), 'failed', 'Could not lock snap-a: InternalError: oops']
    ]
    for (const [err, kind, message] of cases) {
      ec2Mock.reset()
      ec2Mock.on(LockSnapshotCommand).rejects(err)
      expect(await lockSnapshot(client, 'snap-a', 'governance', 7)).toEqual({
        ok: false,
        snapshotId: 'snap-a',
        kind,
        message
      })
    }
  })
})
