import {
  CopySnapshotCommand,
  CreateSnapshotCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  EC2Client,
  paginateDescribeVolumes
} from '@aws-sdk/client-ec2'
import { CopyDBSnapshotCommand, DescribeDBSnapshotsCommand, RDSClient } from '@aws-sdk/client-rds'
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { afterEach, describe, expect, it } from 'vitest'
import { generateAccount, type SimAccount } from '../../bench/sim/data.js'
import { startSimulator, type SimOptions, type SimServer } from '../../bench/sim/server.js'
import { errorCode } from '../../src/errors.js'

const CREDENTIALS = { accessKeyId: 'AKIDSIMULATED', secretAccessKey: 'secret' }
const NOW = Date.parse('2026-06-01T00:00:00Z')
const running: SimServer[] = []

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()))
})

/** A simulator of us-east-1 and eu-west-1 whose wall clock is `clock.now` (moved by the test, never waited on). */
async function sim(options: Omit<SimOptions, 'account'> = {}): Promise<{ server: SimServer; clock: { now: number } }> {
  const account: SimAccount = generateAccount({ now: NOW, regions: ['us-east-1', 'eu-west-1'] })
  const clock = { now: NOW }
  account.wallClock = () => clock.now
  const server = await startSimulator({ latencyMs: 0, buckets: false, ...options, account })
  running.push(server)
  return { server, clock }
}

function ec2(server: SimServer, region = 'us-east-1'): EC2Client {
  return new EC2Client({ endpoint: server.url, region, credentials: CREDENTIALS, maxAttempts: 1 })
}

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p
    return 'ok'
  } catch (err) {
    return errorCode(err)
  }
}

describe('simulated backup calls', () => {
  it('DescribeVolumes pages a tag filter by MaxResults and NextToken, and refuses MaxResults outside 5..1000', async () => {
    const { server } = await sim()
    const tagged = Array.from(
      { length: 12 },
      (_, i) => server.account.addVolume('us-east-1', { tags: { backup: 'daily', Name: `v${i}` } }).volumeId
    )
    server.account.addVolume('us-east-1', { tags: { backup: 'weekly' } })
    server.account.addVolume('us-east-1')
    const pages: string[][] = []
    for await (const page of paginateDescribeVolumes(
      { client: ec2(server), pageSize: 5 },
      { Filters: [{ Name: 'tag:backup', Values: ['daily'] }] }
    ))
      pages.push((page.Volumes ?? []).map((v) => v.VolumeId ?? ''))
    expect(pages.map((p) => p.length)).toEqual([5, 5, 2])
    expect(pages.flat()).toEqual(tagged)
    const keyed = await ec2(server).send(
      new DescribeVolumesCommand({ Filters: [{ Name: 'tag-key', Values: ['backup'] }] })
    )
    expect(keyed.Volumes).toHaveLength(13)
    expect(await code(ec2(server).send(new DescribeVolumesCommand({ MaxResults: 4 })))).toBe('InvalidParameterValue')
  })

  it('CreateSnapshot makes a pending snapshot with its tags that completes after the set time; a second one within 15 s is refused', async () => {
    const { server, clock } = await sim({ completion: { snapshotMs: 4_000 } })
    const volume = server.account.addVolume('us-east-1', { sizeGib: 16 })
    const out = await ec2(server).send(
      new CreateSnapshotCommand({
        VolumeId: volume.volumeId,
        TagSpecifications: [{ ResourceType: 'snapshot', Tags: [{ Key: 'snapshot-hygiene:managed', Value: 'true' }] }]
      })
    )
    expect([out.State, out.VolumeSize, out.Tags]).toEqual([
      'pending',
      16,
      [{ Key: 'snapshot-hygiene:managed', Value: 'true' }]
    ])
    const state = async (): Promise<string | undefined> =>
      (await ec2(server).send(new DescribeSnapshotsCommand({ SnapshotIds: [out.SnapshotId ?? ''] }))).Snapshots?.[0]
        ?.State
    clock.now += 3_999
    expect(await state()).toBe('pending')
    expect(await code(ec2(server).send(new CreateSnapshotCommand({ VolumeId: volume.volumeId })))).toBe(
      'SnapshotCreationPerVolumeRateExceeded'
    )
    clock.now += 1
    expect(await state()).toBe('completed')
    clock.now += 11_000
    expect(await code(ec2(server).send(new CreateSnapshotCommand({ VolumeId: volume.volumeId })))).toBe('ok')
    expect(server.account.refusals.get('SnapshotCreationPerVolumeRateExceeded')).toBe(1)
  })

  it('CopySnapshot copies a completed source into the calling region, refuses a 21st copy while 20 are pending, and draws on its own bucket', async () => {
    const { server, clock } = await sim({ completion: { copyMs: 4_000 } })
    const sources = Array.from(
      { length: 21 },
      () => server.account.addEbsSnapshot('us-east-1', { tags: {} }).snapshotId
    )
    const copy = (id: string): Promise<unknown> =>
      ec2(server, 'eu-west-1').send(
        new CopySnapshotCommand({
          SourceRegion: 'us-east-1',
          SourceSnapshotId: id,
          TagSpecifications: [{ ResourceType: 'snapshot', Tags: [{ Key: 'snapshot-hygiene:copy-of', Value: id }] }]
        })
      )
    for (const id of sources.slice(0, 20)) expect(await code(copy(id))).toBe('ok')
    expect(await code(copy(sources[20] ?? ''))).toBe('ResourceLimitExceeded')
    clock.now += 4_000
    expect(await code(copy(sources[20] ?? ''))).toBe('ok')
    const copies = server.account.ebsSnapshots('eu-west-1')
    expect(copies).toHaveLength(21)
    expect(copies.map((c) => c.tags['snapshot-hygiene:copy-of'])).toEqual(sources)
    expect(copies.map((c) => c.volumeId)).toEqual(Array.from({ length: 21 }, () => 'vol-ffffffff'))
    expect(server.account.refusals.get('ResourceLimitExceeded')).toBe(1)

    const bucketed = await sim({ buckets: { overrides: { 'ec2-copy-snapshot': { burst: 1, refill: 0.001 } } } })
    const one = bucketed.server.account.addEbsSnapshot('us-east-1').snapshotId
    const client = ec2(bucketed.server, 'eu-west-1')
    const send = (): Promise<unknown> =>
      client.send(new CopySnapshotCommand({ SourceRegion: 'us-east-1', SourceSnapshotId: one }))
    expect([await code(send()), await code(send())]).toEqual(['ok', 'RequestLimitExceeded'])
  })

  it('CopyDBSnapshot copies an available source by ARN, creating until the copy time, at most 20 in progress per region', async () => {
    const { server, clock } = await sim({ completion: { copyMs: 4_000 } })
    const sources = Array.from({ length: 21 }, (_, i) =>
      server.account.addDbSnapshot('us-east-1', { identifier: `db-${i}` })
    )
    const rds = new RDSClient({ endpoint: server.url, region: 'eu-west-1', credentials: CREDENTIALS, maxAttempts: 1 })
    const copy = (i: number): Promise<unknown> =>
      rds.send(
        new CopyDBSnapshotCommand({
          SourceDBSnapshotIdentifier: sources[i]?.arn ?? '',
          TargetDBSnapshotIdentifier: `db-${i}`,
          Tags: [{ Key: 'snapshot-hygiene:copy-of', Value: `db-${i}` }]
        })
      )
    for (let i = 0; i < 20; i++) expect(await code(copy(i))).toBe('ok')
    expect(await code(copy(20))).toBe('SnapshotQuotaExceeded')
    const status = async (): Promise<string | undefined> =>
      (await rds.send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: 'db-0' }))).DBSnapshots?.[0]?.Status
    expect(await status()).toBe('creating')
    clock.now += 4_000
    expect(await status()).toBe('available')
    expect(await code(copy(20))).toBe('ok')
    expect(await code(copy(20))).toBe('DBSnapshotAlreadyExists')
  })

  it('PutObject records each object under its bucket and key', async () => {
    const { server } = await sim()
    const s3 = new S3Client({
      endpoint: server.url,
      region: 'us-east-1',
      credentials: CREDENTIALS,
      forcePathStyle: true,
      maxAttempts: 1
    })
    await s3.send(
      new PutObjectCommand({ Bucket: 'meta', Key: 'snapshot-metadata/vol-1/snap-1.json', Body: '{"a":1}\n' })
    )
    expect([...server.account.objects]).toEqual([['meta/snapshot-metadata/vol-1/snap-1.json', 8]])
  })
})
