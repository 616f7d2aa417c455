import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CreateSnapshotCommand, CreateVolumeCommand, DescribeSnapshotsCommand } from '@aws-sdk/client-ec2'
import { CreateBucketCommand, ListObjectsV2Command, PutObjectCommand, GetObjectCommand } from '@aws-sdk/client-s3'
import {
  CreateDBClusterCommand,
  CreateDBInstanceCommand,
  CreateDBSnapshotCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBSnapshotsCommand
} from '@aws-sdk/client-rds'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction, type ActionRun } from '../helpers/action.js'
import { awsClients } from '../helpers/aws.js'
import { startProxy } from '../helpers/proxy.js'
import { stopStarted } from '../helpers/teardown.js'

const BUCKET = 'crash-metadata'
const PREFIX = 'snapshot-metadata/'
const KILLS = 20
let moto: Moto

/** A small seeded PRNG (mulberry32), so the kill points are random but the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const env = (extra: Record<string, string> = {}): Record<string, string> => ({
  AWS_ENDPOINT_URL: moto.url,
  AWS_REGION: 'us-east-1',
  ...extra
})

async function snapshots(region: string): Promise<{ id: string; volume: string; managed: boolean }[]> {
  const out = await awsClients(moto.url, region).ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'] }))
  return (out.Snapshots ?? []).map((s) => ({
    id: s.SnapshotId ?? '',
    volume: s.VolumeId ?? '',
    managed: (s.Tags ?? []).some((t) => t.Key === 'snapshot-hygiene:managed' && t.Value === 'true')
  }))
}

async function metadataKeys(): Promise<string[]> {
  const out = await awsClients(moto.url, 'us-east-1').s3.send(
    new ListObjectsV2Command({ Bucket: BUCKET, Prefix: PREFIX })
  )
  return (out.Contents ?? []).map((o) => o.Key ?? '').sort()
}

async function state(
  regions: string[]
): Promise<{ all: { id: string; volume: string; managed: boolean }[]; keys: string[] }> {
  const all = (await Promise.all(regions.map(snapshots))).flat().sort((a, b) => a.id.localeCompare(b.id))
  return { all, keys: await metadataKeys() }
}

const keyOf = (s: { id: string; volume: string }): string => `${PREFIX}${s.volume}/${s.id}.json`

/** Runs the bundle and kills it with SIGKILL after `ms` milliseconds (if it is still running). */
async function runAndKill(
  inputs: Record<string, string>,
  ms: number,
  extraEnv: Record<string, string>
): Promise<ActionRun> {
  let timer: NodeJS.Timeout | undefined
  const run = await runAction({
    inputs,
    env: env(extraEnv),
    onSpawn: (pid) => {
      timer = setTimeout(() => {
        try {
          process.kill(pid, 'SIGKILL')
        } catch {
          // already exited
        }
      }, ms)
    }
  })
  clearTimeout(timer)
  return run
}

async function volumes(): Promise<{ region: string; id: string }[]> {
  const out: { region: string; id: string }[] = []
  for (const [region, size] of [
    ['us-east-1', 8],
    ['us-east-1', 16],
    ['eu-west-1', 32]
  ] as const) {
    const v = await awsClients(moto.url, region).ec2.send(
      new CreateVolumeCommand({ AvailabilityZone: `${region}a`, Size: size })
    )
    out.push({ region, id: v.VolumeId ?? '' })
  }
  return out
}

beforeAll(async () => {
  moto = await startMoto()
})
afterAll(() => stopStarted(moto))

describe('a prune killed at random points, then run to completion', () => {
  it(`ends as one uninterrupted run would (${KILLS} SIGKILLs)`, async () => {
    await moto.reset()
    await awsClients(moto.url, 'us-east-1').s3.send(new CreateBucketCommand({ Bucket: BUCKET }))
    const vols = await volumes()
    const volumeInput = vols.map((v) => `${v.region}/${v.id}`).join('\n')
    for (let i = 0; i < 6; i++) {
      const b = await runAction({ inputs: { mode: 'backup', volume: volumeInput, bucket: BUCKET }, env: env() })
      expect(b.code, b.stdout).toBe(0)
    }
    for (const v of vols) {
      const { ec2 } = awsClients(moto.url, v.region)
      for (let i = 0; i < 2; i++)
        await ec2.send(new CreateSnapshotCommand({ VolumeId: v.id, Description: 'made by hand' }))
    }
    // Orphaned metadata: documents of the same volume, as backup wrote them, but of snapshots that are gone.
    const { s3 } = awsClients(moto.url, 'us-east-1')
    const first = (await metadataKeys()).find((k) => k.startsWith(`${PREFIX}${vols[0]?.id}/`)) ?? ''
    const body = await (await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: first }))).Body?.transformToString()
    for (const ghost of ['snap-0000000000000dead', 'snap-0000000000000beef']) {
      await s3.send(
        new PutObjectCommand({
          Bucket: BUCKET,
          Key: `${PREFIX}${vols[0]?.id}/${ghost}.json`,
          Body: (body ?? '').replaceAll(first.split('/')[2]?.replace('.json', '') ?? '', ghost)
        })
      )
    }
    const regions = ['us-east-1', 'eu-west-1']
    const before = await state(regions)
    expect(before.all.filter((s) => s.managed)).toHaveLength(18)
    expect(before.keys).toHaveLength(20)

    const inputs = {
      mode: 'prune',
      regions: regions.join(','),
      bucket: BUCKET,
      'retention-days': '0',
      'keep-last': '1'
    }
    const plan = await runAction({ inputs: { ...inputs, 'dry-run': 'true' }, env: env() })
    expect(plan.code).toBe(0)
    const planned = new Set((plan.outputs['deleted-snapshot-ids'] ?? '').split(','))
    expect(planned.size).toBe(15)

    // Slow the deletes (1 token, 2 per second) so that the kills land before, during and between them.
    const slow = { SNAPSHOT_HYGIENE_DELETE_BURST: '1', SNAPSHOT_HYGIENE_DELETE_RATE: '2' }
    const random = prng(20261121)
    const outcomes: string[] = []
    let interrupted = 0
    for (let k = 0; k < KILLS; k++) {
      const at = Math.round(100 + random() * 900)
      const r = await runAndKill(inputs, at, slow)
      outcomes.push(r.signal === 'SIGKILL' ? `killed@${at}ms` : `exit ${r.code}`)
      const mid = await state(regions)
      // At every point: no unmanaged snapshot and no kept snapshot is gone.
      for (const s of before.all.filter((x) => !planned.has(x.id))) expect(mid.all.map((x) => x.id)).toContain(s.id)
      const gone = before.all.filter((x) => planned.has(x.id) && !mid.all.some((y) => y.id === x.id)).length
      if (r.signal === 'SIGKILL' && gone > 0 && gone < planned.size) interrupted++
    }
    expect(outcomes.filter((o) => o.startsWith('killed')).length, outcomes.join(' ')).toBeGreaterThanOrEqual(10)
    expect(interrupted, 'kills that left a prune half done').toBeGreaterThanOrEqual(3)

    const last = await runAction({ inputs, env: env() })
    expect(last.code, last.stdout).toBe(0)
    const after = await state(regions)
    const expectedSnapshots = before.all.filter((s) => !planned.has(s.id))
    expect(after.all).toEqual(expectedSnapshots)
    expect(after.keys).toEqual(
      expectedSnapshots
        .filter((s) => s.managed)
        .map(keyOf)
        .sort()
    )
  })
})

describe('a backup-and-prune killed at random points, then run to completion', () => {
  it(`leaves every managed snapshot with its metadata and no metadata without a snapshot (${KILLS} SIGKILLs)`, async () => {
    await moto.reset()
    await awsClients(moto.url, 'us-east-1').s3.send(new CreateBucketCommand({ Bucket: BUCKET }))
    const vols = await volumes()
    const inputs = {
      mode: 'backup-and-prune',
      volume: vols.map((v) => `${v.region}/${v.id}`).join('\n'),
      regions: 'us-east-1,eu-west-1',
      bucket: BUCKET,
      'retention-days': '1',
      'keep-last': '1'
    }
    // A slow network for metadata writes (S3 PUT), so that kills land between CreateSnapshot and PutObject.
    const slowPuts = await startProxy(moto.url, {
      delayMs: (method, url) => (method === 'PUT' && url.includes(`/${BUCKET}/`) ? 600 : 0)
    })
    const random = prng(7)
    let killed = 0
    let leftWithoutMetadata = 0
    let mid = await state(['us-east-1', 'eu-west-1'])
    for (let k = 0; k < KILLS; k++) {
      const r = await runAndKill(inputs, Math.round(100 + random() * 1200), { AWS_ENDPOINT_URL: slowPuts.url })
      if (r.signal === 'SIGKILL') killed++
      mid = await state(['us-east-1', 'eu-west-1'])
      if (mid.all.some((s) => s.managed && !mid.keys.includes(keyOf(s)))) leftWithoutMetadata++
      // Never metadata without its snapshot.
      expect(mid.keys.filter((key) => !mid.all.some((s) => keyOf(s) === key))).toEqual([])
    }
    expect(killed).toBeGreaterThanOrEqual(10)
    expect(leftWithoutMetadata, 'kills between CreateSnapshot and PutObject').toBeGreaterThanOrEqual(1)
    await slowPuts.close()

    const last = await runAction({ inputs, env: env() })
    expect(last.code, last.stdout).toBe(0)
    const after = await state(['us-east-1', 'eu-west-1'])
    const managed = after.all.filter((s) => s.managed)
    expect(managed.length).toBeGreaterThanOrEqual(mid.all.filter((s) => s.managed).length + vols.length)
    expect(after.keys).toEqual(managed.map(keyOf).sort())
  })
})

describe('an RDS and Aurora prune killed at random points, then run to completion', () => {
  /** Every DB and cluster snapshot (automated, manual, managed or not) and every metadata key. */
  async function rdsState(): Promise<{ all: string[]; keys: string[] }> {
    const { rds } = awsClients(moto.url, 'us-east-1')
    const db = (await rds.send(new DescribeDBSnapshotsCommand({}))).DBSnapshots ?? []
    const manual = (await rds.send(new DescribeDBSnapshotsCommand({ SnapshotType: 'manual' }))).DBSnapshots ?? []
    const cluster = (await rds.send(new DescribeDBClusterSnapshotsCommand({}))).DBClusterSnapshots ?? []
    const all = new Set([
      ...[...db, ...manual].map((s) => `db-instance/${s.DBInstanceIdentifier}/${s.DBSnapshotIdentifier}`),
      ...cluster.map((s) => `db-cluster/${s.DBClusterIdentifier}/${s.DBClusterSnapshotIdentifier}`)
    ])
    return { all: [...all].sort(), keys: await metadataKeys() }
  }

  it(`ends as one uninterrupted run would (12 SIGKILLs)`, async () => {
    await moto.reset()
    await awsClients(moto.url, 'us-east-1').s3.send(new CreateBucketCommand({ Bucket: BUCKET }))
    const { rds, s3 } = awsClients(moto.url, 'us-east-1')
    await rds.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: 'orders',
        DBInstanceClass: 'db.t3.micro',
        Engine: 'postgres',
        AllocatedStorage: 20
      })
    )
    await rds.send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: 'aurora',
        Engine: 'aurora-postgresql',
        MasterUsername: 'admin1',
        MasterUserPassword: 'secret-password-1'
      })
    )
    const sources = { 'db-instance': 'orders', 'db-cluster': 'aurora', bucket: BUCKET }
    for (let i = 0; i < 5; i++) {
      const b = await runAction({ inputs: { mode: 'backup', ...sources }, env: env() })
      expect(b.code, b.stdout).toBe(0)
    }
    await rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders', DBSnapshotIdentifier: 'by-hand' }))
    // Orphaned metadata: a document of the instance, as backup wrote it, but of a snapshot that is gone.
    const first = (await metadataKeys()).find((k) => k.startsWith(`${PREFIX}db-instance/orders/`)) ?? ''
    const firstId = first.split('/').pop()?.replace('.json', '') ?? ''
    const body = await (await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: first }))).Body?.transformToString()
    await s3.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: `${PREFIX}db-instance/orders/snapshot-hygiene-orders-gone.json`,
        Body: (body ?? '').replaceAll(firstId, 'snapshot-hygiene-orders-gone')
      })
    )
    const before = await rdsState()
    expect(before.keys).toHaveLength(11)

    const inputs = {
      mode: 'prune',
      regions: 'us-east-1',
      bucket: BUCKET,
      'retention-days': '0',
      'keep-last': '1'
    }
    const planStarted = Date.now()
    const plan = await runAction({ inputs: { ...inputs, 'dry-run': 'true' }, env: env() })
    // How long this machine takes to start the action, list and plan: the kills are spread around it, so that they
    // land before, during and between the deletes however loaded the machine is.
    const planMs = Date.now() - planStarted
    expect(plan.code).toBe(0)
    const planned = new Set((plan.outputs['deleted-snapshot-ids'] ?? '').split(','))
    expect(planned.size).toBe(8)
    const isPlanned = (entry: string): boolean => planned.has(entry.split('/')[2] ?? '')

    // Slow RDS's deletes (1 token, 1 per second) so that the kills land before, during and between them.
    const slow = { SNAPSHOT_HYGIENE_RDS_BURST: '1', SNAPSHOT_HYGIENE_RDS_RATE: '1' }
    const random = prng(20261127)
    const outcomes: string[] = []
    let interrupted = 0
    for (let k = 0; k < 12; k++) {
      const at = Math.round(planMs * 0.6 + random() * (planMs * 0.4 + 4000))
      const r = await runAndKill(inputs, at, slow)
      outcomes.push(r.signal === 'SIGKILL' ? `killed@${at}ms` : `exit ${r.code}`)
      const mid = await rdsState()
      // At every point: no automated, hand-made or kept snapshot is gone.
      for (const s of before.all.filter((x) => !isPlanned(x))) expect(mid.all).toContain(s)
      const gone = before.all.filter((x) => isPlanned(x) && !mid.all.includes(x)).length
      if (r.signal === 'SIGKILL' && gone > 0 && gone < planned.size) interrupted++
    }
    // Once every planned snapshot is gone a run has little left to do and often ends before its kill: what matters is
    // that kills landed, and that some of them cut a prune off half done.
    expect(outcomes.filter((o) => o.startsWith('killed')).length, outcomes.join(' ')).toBeGreaterThanOrEqual(3)
    expect(interrupted, `kills that left a prune half done: ${outcomes.join(' ')}`).toBeGreaterThanOrEqual(2)

    const last = await runAction({ inputs, env: env() })
    expect(last.code, last.stdout).toBe(0)
    const after = await rdsState()
    const kept = before.all.filter((s) => !isPlanned(s))
    expect(after.all).toEqual(kept)
    expect(after.keys).toEqual(
      kept
        .filter((s) => s.split('/')[2]?.startsWith('snapshot-hygiene-'))
        .map((s) => `${PREFIX}${s}.json`)
        .sort()
    )
  })
})
