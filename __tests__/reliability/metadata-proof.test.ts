import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CreateVolumeCommand,
  DeleteSnapshotCommand,
  DeleteTagsCommand,
  DescribeSnapshotsCommand
} from '@aws-sdk/client-ec2'
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction } from '../helpers/action.js'
import { awsClients } from '../helpers/aws.js'
import { stopStarted } from '../helpers/teardown.js'

const BUCKET = 'proof-metadata'
const PREFIX = 'snapshot-metadata/'
let moto: Moto

const env = (): Record<string, string> => ({ AWS_ENDPOINT_URL: moto.url, AWS_REGION: 'us-east-1' })
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))
const key = (volumeId: string, snapshotId: string): string => `${PREFIX}${volumeId}/${snapshotId}.json`
const s3 = () => awsClients(moto.url, 'us-east-1').s3
const ec2 = () => awsClients(moto.url, 'us-east-1').ec2

async function volume(): Promise<string> {
  return (await ec2().send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 5 }))).VolumeId ?? ''
}

/** A backup made by the action itself: its snapshot id, with the metadata object it wrote. */
async function backup(volumeId: string): Promise<string> {
  const run = await runAction({ inputs: { mode: 'backup', volume: volumeId, bucket: BUCKET }, env: env() })
  expect(run.code).toBe(0)
  // EC2 start times have whole seconds: the next backup is a second newer.
  await sleep(1100)
  return run.outputs['snapshot-ids'] ?? ''
}

async function read(k: string): Promise<string> {
  const out = await s3().send(new GetObjectCommand({ Bucket: BUCKET, Key: k }))
  return (await out.Body?.transformToString()) ?? ''
}

async function write(k: string, body: string): Promise<void> {
  await s3().send(new PutObjectCommand({ Bucket: BUCKET, Key: k, Body: body, ContentType: 'application/json' }))
}

async function keysOf(volumeId: string): Promise<string[]> {
  const out = await s3().send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: `${PREFIX}${volumeId}/` }))
  return (out.Contents ?? []).map((c) => c.Key ?? '').sort()
}

async function exists(snapshotId: string): Promise<boolean> {
  const out = await ec2().send(
    new DescribeSnapshotsCommand({ OwnerIds: ['self'], Filters: [{ Name: 'snapshot-id', Values: [snapshotId] }] })
  )
  return (out.Snapshots ?? []).length === 1
}

beforeAll(async () => {
  moto = await startMoto()
  await s3().send(new CreateBucketCommand({ Bucket: BUCKET }))
})
afterAll(() => stopStarted(moto))

describe('metadata is deleted only when proven to be the document of a snapshot that is gone', () => {
  it('keeps the object of a live snapshot whose document names the wrong region, and removes a real orphan', async () => {
    const volumeId = await volume()
    const live = await backup(volumeId)
    const gone = await backup(volumeId)
    // The live snapshot is taken out of the action's hands (no longer listed by prune), and its document,
    // as backup wrote it, is edited to name another region.
    await ec2().send(
      new DeleteTagsCommand({ Resources: [live], Tags: [{ Key: 'snapshot-hygiene:managed', Value: 'true' }] })
    )
    const doc = JSON.parse(await read(key(volumeId, live))) as { snapshot: { region: string } }
    expect(doc.snapshot.region).toBe('us-east-1')
    doc.snapshot.region = 'eu-west-1'
    await write(key(volumeId, live), JSON.stringify(doc))
    // The other snapshot is deleted behind the action's back: its metadata is a real orphan.
    await ec2().send(new DeleteSnapshotCommand({ SnapshotId: gone }))

    const run = await runAction({
      inputs: {
        mode: 'prune',
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
    expect(await exists(live)).toBe(true)
    expect(await keysOf(volumeId)).toEqual([key(volumeId, live)])
    expect(run.summary).toContain(
      `Removed 1 orphaned metadata object (their snapshots no longer exist):\n\n- \`${key(volumeId, gone)}\``
    )
  })

  it('never deletes a foreign, unparseable or other-account object at the key of a snapshot it deletes', async () => {
    const volumeId = await volume()
    const [a, b, c, d] = [
      await backup(volumeId),
      await backup(volumeId),
      await backup(volumeId),
      await backup(volumeId)
    ]
    const unparseable = 'not json'
    const otherSnapshots = await read(key(volumeId, d))
    const otherAccount = JSON.parse(await read(key(volumeId, c))) as { snapshot: { account_id: string } }
    otherAccount.snapshot.account_id = '210987654321'
    await write(key(volumeId, a), unparseable)
    await write(key(volumeId, b), otherSnapshots)
    await write(key(volumeId, c), JSON.stringify(otherAccount))

    const inputs = {
      mode: 'prune',
      volume: volumeId,
      regions: 'us-east-1',
      bucket: BUCKET,
      'retention-days': '0',
      'keep-last': '1'
    }
    const run = await runAction({ inputs, env: env() })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect((run.outputs['deleted-snapshot-ids'] ?? '').split(',').sort()).toEqual([a, b, c].sort())
    for (const id of [a, b, c]) expect(await exists(id)).toBe(false)
    expect(await keysOf(volumeId)).toEqual([a, b, c, d].map((id) => key(volumeId, id)).sort())
    expect(await read(key(volumeId, a))).toBe(unparseable)
    expect(await read(key(volumeId, b))).toBe(otherSnapshots)
    expect(run.summary).toContain(
      '3 objects under the prefix are not snapshot-hygiene documents of the snapshot their keys name and were left alone'
    )

    // The next run finds their snapshots gone, and still leaves them alone.
    const again = await runAction({ inputs, env: env() })
    expect(again.code).toBe(0)
    expect(again.outputs['deleted-count']).toBe('0')
    expect(await keysOf(volumeId)).toEqual([a, b, c, d].map((id) => key(volumeId, id)).sort())
    expect(again.summary).not.toContain('orphaned metadata')
  })
})
