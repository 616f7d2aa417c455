import { afterEach, describe, expect, it } from 'vitest'
import {
  DeleteSnapshotCommand,
  DescribeLockedSnapshotsCommand,
  EC2Client,
  GetEbsEncryptionByDefaultCommand,
  GetSnapshotBlockPublicAccessStateCommand
} from '@aws-sdk/client-ec2'
import { generateAccount } from '../../bench/sim/data.js'
import { startSimulator, type SimServer } from '../../bench/sim/server.js'
import { readRegionSettings } from '../../src/account-settings.js'
import { lockSnapshot, readSnapshotLocks } from '../../src/snapshot-locks.js'
import { DAY_MS } from '../../src/clock.js'

const CREDENTIALS = { accessKeyId: 'AKIDSIMULATED', secretAccessKey: 'secret' }
const NOW = Date.parse('2026-06-01T00:00:00Z')
const running: SimServer[] = []

async function sim(): Promise<SimServer> {
  const account = generateAccount({ now: NOW, regions: ['us-east-1', 'eu-west-1'] })
  const server = await startSimulator({ latencyMs: 0, account })
  running.push(server)
  return server
}

const ec2 = (server: SimServer, region = 'us-east-1') =>
  new EC2Client({ endpoint: server.url, region, credentials: CREDENTIALS, maxAttempts: 1 })

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()))
})

describe('simulator: account settings', () => {
  it("answers each region's block public access state and encryption by default, AWS's defaults unless set", async () => {
    const server = await sim()
    server.account.setRegionSettings('eu-west-1', { blockPublicAccess: 'block-all-sharing', encryptionByDefault: true })
    const east = ec2(server)
    expect((await east.send(new GetSnapshotBlockPublicAccessStateCommand({}))).State).toBe('unblocked')
    expect((await east.send(new GetEbsEncryptionByDefaultCommand({}))).EbsEncryptionByDefault).toBe(false)
    expect(await readRegionSettings(ec2(server, 'eu-west-1'), '123456789012', 'eu-west-1')).toEqual({
      accountId: '123456789012',
      region: 'eu-west-1',
      publicSharing: { ok: true, value: 'block-all-sharing' },
      encryptionByDefault: { ok: true, value: true }
    })
  })
})

describe('simulator: snapshot locks', () => {
  it('locks snapshots, lists the locks page by page, and refuses to delete a locked snapshot until the lock ends', async () => {
    const server = await sim()
    const ids = Array.from({ length: 7 }, () => server.account.addEbsSnapshot('us-east-1').snapshotId)
    const client = ec2(server)
    for (const [i, id] of ids.entries()) {
      const out = await lockSnapshot(client, id, i === 0 ? 'compliance' : 'governance', 10 + i)
      expect(out).toMatchObject({ ok: true, snapshotId: id, lockState: i === 0 ? 'compliance' : 'governance' })
    }
    const first = await client.send(new DescribeLockedSnapshotsCommand({ MaxResults: 5 }))
    expect(first.Snapshots?.map((s) => s.SnapshotId)).toEqual(ids.slice(0, 5))
    const second = await client.send(new DescribeLockedSnapshotsCommand({ MaxResults: 5, NextToken: first.NextToken }))
    expect(second.Snapshots?.map((s) => s.SnapshotId)).toEqual(ids.slice(5))
    expect(second.NextToken).toBeUndefined()

    const locks = await readSnapshotLocks(client)
    expect(locks.get(ids[0] ?? '')).toEqual({
      lockState: 'compliance',
      lockExpiresAt: new Date(NOW + 10 * DAY_MS)
    })

    const refused = await client.send(new DeleteSnapshotCommand({ SnapshotId: ids[1] })).catch((e: unknown) => e)
    expect(refused).toMatchObject({
      name: 'SnapshotLocked',
      message: `The snapshot '${ids[1]}' is locked in governance mode until 2026-06-12T00:00:00.000Z and can't be deleted.`
    })
    // A compliance lock can be extended, never shortened or turned into governance.
    expect(await lockSnapshot(client, ids[0] ?? '', 'governance', 30)).toMatchObject({ ok: false, kind: 'conflict' })
    expect(await lockSnapshot(client, ids[0] ?? '', 'compliance', 5)).toMatchObject({ ok: false, kind: 'conflict' })

    server.account.setTime(NOW + 11 * DAY_MS)
    const later = await readSnapshotLocks(client)
    expect([ids[0], ids[1], ids[2]].map((id) => later.get(id ?? '')?.lockState)).toEqual([
      'expired',
      'expired',
      'governance'
    ])
    await client.send(new DeleteSnapshotCommand({ SnapshotId: ids[1] }))
    expect(server.account.ebsSnapshots('us-east-1').some((s) => s.snapshotId === ids[1])).toBe(false)
    expect((await readSnapshotLocks(client)).has(ids[1] ?? '')).toBe(false)
  })

  it('refuses MaxResults outside 5 to 1000, as EC2 does', async () => {
    const server = await sim()
    const err = await ec2(server)
      .send(new DescribeLockedSnapshotsCommand({ MaxResults: 4 }))
      .catch((e: unknown) => e)
    expect(err).toMatchObject({ name: 'InvalidParameterValue' })
  })
})
