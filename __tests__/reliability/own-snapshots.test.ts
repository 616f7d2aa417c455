import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CreateTagsCommand, CreateVolumeCommand, DescribeSnapshotsCommand } from '@aws-sdk/client-ec2'
import { CreateBucketCommand, ListObjectsV2Command } from '@aws-sdk/client-s3'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction } from '../helpers/action.js'
import { awsClients } from '../helpers/aws.js'
import { readCsv } from '../helpers/csv.js'
import { stopStarted } from '../helpers/teardown.js'

const BUCKET = 'own-snapshots-metadata'
const PREFIX = 'snapshot-metadata/'
let moto: Moto

const env = (): Record<string, string> => ({ AWS_ENDPOINT_URL: moto.url, AWS_REGION: 'us-east-1' })
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))
const key = (volumeId: string, snapshotId: string): string => `${PREFIX}${volumeId}/${snapshotId}.json`

async function snapshotIds(): Promise<string[]> {
  const out = await awsClients(moto.url, 'us-east-1').ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'] }))
  return (out.Snapshots ?? []).map((s) => s.SnapshotId ?? '').sort()
}

async function keys(): Promise<string[]> {
  const out = await awsClients(moto.url, 'us-east-1').s3.send(new ListObjectsV2Command({ Bucket: BUCKET }))
  return (out.Contents ?? []).map((c) => c.Key ?? '').sort()
}

beforeAll(async () => {
  moto = await startMoto()
  await awsClients(moto.url, 'us-east-1').s3.send(new CreateBucketCommand({ Bucket: BUCKET }))
})
afterAll(() => stopStarted(moto))

describe('a run never deletes a snapshot it created itself', () => {
  it('backup-and-prune with retention-days 0 and keep-last 0 keeps the new snapshot (created-this-run) and deletes the older ones', async () => {
    const { ec2 } = awsClients(moto.url, 'us-east-1')
    const volumeId =
      (await ec2.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 12 }))).VolumeId ?? ''
    await ec2.send(new CreateTagsCommand({ Resources: [volumeId], Tags: [{ Key: 'Name', Value: 'db' }] }))
    // Two earlier backups, made by the action itself (snapshots, tags and metadata as it writes them).
    const earlier: string[] = []
    for (let i = 0; i < 2; i++) {
      const backup = await runAction({ inputs: { mode: 'backup', volume: volumeId, bucket: BUCKET }, env: env() })
      expect(backup.code).toBe(0)
      earlier.push(backup.outputs['snapshot-ids'] ?? '')
      // EC2 start times have whole seconds: each backup is a second newer than the one before.
      await sleep(1100)
    }
    expect(await snapshotIds()).toEqual([...earlier].sort())

    const run = await runAction({
      inputs: {
        mode: 'backup-and-prune',
        volume: volumeId,
        regions: 'us-east-1',
        bucket: BUCKET,
        'retention-days': '0',
        'keep-last': '0'
      },
      env: env()
    })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    const created = run.outputs['snapshot-ids'] ?? ''
    expect(created).toMatch(/^snap-[0-9a-f]{17}$/)
    expect(await snapshotIds()).toEqual([created])
    expect(await keys()).toEqual([key(volumeId, created)])
    expect((run.outputs['deleted-snapshot-ids'] ?? '').split(',').sort()).toEqual([...earlier].sort())
    expect(run.outputs['kept-count']).toBe('1')

    const rows = readCsv(run.outputs['csv-path'] ?? '')
    expect(rows.map((r) => [r.snapshot_id, r.decision, r.rule, r.reason])).toEqual([
      [created, 'kept', 'created-this-run', 'held by created-this-run (this run made it)'],
      [earlier[1], 'deleted', 'retention', 'expired: more than 0 days old, retention 0 days'],
      [earlier[0], 'deleted', 'retention', 'expired: more than 0 days old, retention 0 days']
    ])
    expect(run.summary).toContain(
      'The prune holds the snapshot this run created by rule `created-this-run`: a run never deletes what it made, whatever the retention inputs say.'
    )
    expect(run.summary).toMatch(/### Kept \(1\)[\s\S]*\| created-this-run\s+\|\s+1 \|/)
  })

  it('the new snapshot also takes its keep-last slot, so keep-last 1 still deletes the one before it', async () => {
    const { ec2 } = awsClients(moto.url, 'us-east-1')
    const volumeId =
      (await ec2.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 3 }))).VolumeId ?? ''
    const first = await runAction({ inputs: { mode: 'backup', volume: volumeId, bucket: BUCKET }, env: env() })
    const previous = first.outputs['snapshot-ids'] ?? ''
    await sleep(1100)
    const run = await runAction({
      inputs: {
        mode: 'backup-and-prune',
        volume: volumeId,
        regions: 'us-east-1',
        bucket: BUCKET,
        'retention-days': '0',
        'keep-last': '1'
      },
      env: env()
    })
    expect(run.code).toBe(0)
    const created = run.outputs['snapshot-ids'] ?? ''
    expect(run.outputs['deleted-snapshot-ids']).toBe(previous)
    const rows = readCsv(run.outputs['csv-path'] ?? '')
    expect(rows.map((r) => [r.snapshot_id, r.decision, r.rule])).toEqual([
      [created, 'kept', 'created-this-run, keep-last'],
      [previous, 'deleted', 'retention']
    ])
    expect(await keys()).toContain(key(volumeId, created))
    expect(await keys()).not.toContain(key(volumeId, previous))
  })
})
