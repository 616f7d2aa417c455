import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CreateVolumeCommand, DeleteSnapshotCommand, DescribeSnapshotsCommand } from '@aws-sdk/client-ec2'
import { CreateBucketCommand, ListObjectsV2Command } from '@aws-sdk/client-s3'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction, type ActionRun } from '../helpers/action.js'
import { awsClients } from '../helpers/aws.js'
import { startProxy } from '../helpers/proxy.js'
import { stopStarted } from '../helpers/teardown.js'

const BUCKET = 'overlap-metadata'
const PREFIX = 'snapshot-metadata/'
const VOLUMES = 3
let moto: Moto

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

/** A latch: a promise and the function that resolves it. */
function latch(): { promise: Promise<void>; open: () => void } {
  let open = (): void => {}
  const promise = new Promise<void>((resolve) => (open = resolve))
  return { promise, open }
}

const isDeleteSnapshot = (body: string): boolean => /(^|&)Action=DeleteSnapshot(&|$)/.test(body)

beforeAll(async () => {
  moto = await startMoto()
  await awsClients(moto.url, 'us-east-1').s3.send(new CreateBucketCommand({ Bucket: BUCKET }))
})
afterAll(() => stopStarted(moto))

describe('two overlapping prunes', () => {
  it('both exit 0 and leave exactly what one run leaves, when one deletes everything the other planned first', async () => {
    const { ec2 } = awsClients(moto.url, 'us-east-1')
    const volumes: string[] = []
    for (let i = 0; i < VOLUMES + 1; i++)
      volumes.push(
        (await ec2.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 4 + i }))).VolumeId ?? ''
      )
    const backedUp = volumes.slice(0, VOLUMES)
    const orphanVolume = volumes[VOLUMES] ?? ''
    // Made by the action itself: two backups of each volume (older and newer), and one of a fourth volume
    // whose snapshot is then deleted behind the action's back, leaving orphaned metadata.
    const backup = async (vols: string[]): Promise<string[]> => {
      const run = await runAction({
        inputs: { mode: 'backup', volume: vols.join(','), bucket: BUCKET },
        env: { AWS_ENDPOINT_URL: moto.url, AWS_REGION: 'us-east-1' }
      })
      expect(run.code).toBe(0)
      await sleep(1100)
      return (run.outputs['snapshot-ids'] ?? '').split(',')
    }
    const older = await backup([...backedUp, orphanVolume])
    const newer = await backup(backedUp)
    const orphan = older[VOLUMES] ?? ''
    await ec2.send(new DeleteSnapshotCommand({ SnapshotId: orphan }))
    const expired = older.slice(0, VOLUMES)

    // Run A deletes only once run B has listed and planned (B's first DeleteSnapshot is on the wire);
    // B's deletes, metadata reads and removals go out only once A has finished: everything B planned is gone.
    const bPlanned = latch()
    const aFinished = latch()
    let bHeld = false
    const proxyA = await startProxy(moto.url, {
      hold: (_method, _url, body) => (isDeleteSnapshot(body) ? bPlanned.promise : undefined)
    })
    const proxyB = await startProxy(moto.url, {
      hold: (_method, _url, body) => {
        if (isDeleteSnapshot(body)) {
          bHeld = true
          bPlanned.open()
        }
        return bHeld ? aFinished.promise : undefined
      }
    })
    const inputs = {
      mode: 'prune',
      regions: 'us-east-1',
      bucket: BUCKET,
      'retention-days': '0',
      'keep-last': '1'
    }
    let a: ActionRun
    let b: ActionRun
    try {
      ;[a, b] = await Promise.all([
        runAction({ inputs, env: { AWS_ENDPOINT_URL: proxyA.url, AWS_REGION: 'us-east-1' } }).then((run) => {
          aFinished.open()
          return run
        }),
        runAction({ inputs, env: { AWS_ENDPOINT_URL: proxyB.url, AWS_REGION: 'us-east-1' } })
      ])
    } finally {
      bPlanned.open()
      aFinished.open()
      await proxyA.close()
      await proxyB.close()
    }
    expect(bHeld).toBe(true)
    expect(a.errors).toEqual([])
    expect(b.errors).toEqual([])
    expect([a.code, b.code]).toEqual([0, 0])
    for (const run of [a, b])
      expect((run.outputs['deleted-snapshot-ids'] ?? '').split(',').sort()).toEqual([...expired].sort())
    expect(a.summary).toContain('Removed 1 orphaned metadata object')
    // The end state of one run: the newer snapshot of each volume with its metadata, nothing else.
    expect(await snapshotIds()).toEqual([...newer].sort())
    expect(await keys()).toEqual(backedUp.map((v, i) => key(v, newer[i] ?? '')).sort())
  })
})
