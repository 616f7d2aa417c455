import * as fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CreateVolumeCommand } from '@aws-sdk/client-ec2'
import {
  CreateDBClusterCommand,
  CreateDBInstanceCommand,
  CreateDBSnapshotCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBSnapshotsCommand
} from '@aws-sdk/client-rds'
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3'
import { startMoto, type Moto } from '../helpers/moto.js'
import { runAction, type ActionRun } from '../helpers/action.js'
import { awsClients } from '../helpers/aws.js'
import { stopStarted } from '../helpers/teardown.js'

const BUCKET = 'rds-metadata'
const ACCOUNT = '123456789012'
const REGION = 'us-east-1'
const WORKFLOW_ENV = {
  GITHUB_REPOSITORY: 'acme/db',
  GITHUB_WORKFLOW: 'nightly db backup',
  GITHUB_RUN_ID: '77',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_ACTOR: 'octocat',
  GITHUB_SERVER_URL: 'https://github.com'
}

let moto: Moto
let volumeId: string
/** The automated snapshots moto takes when an instance or cluster is created. */
let automated: { db: string[]; cluster: string[] }

const env = (): Record<string, string> => ({ AWS_ENDPOINT_URL: moto.url, AWS_REGION: REGION, ...WORKFLOW_ENV })
const rds = () => awsClients(moto.url, REGION).rds

async function dbSnapshots(): Promise<{ id: string; source: string; type: string; tags: Record<string, string> }[]> {
  const out = await rds().send(new DescribeDBSnapshotsCommand({}))
  const manual = await rds().send(new DescribeDBSnapshotsCommand({ SnapshotType: 'manual' }))
  const all = new Map(
    [...(out.DBSnapshots ?? []), ...(manual.DBSnapshots ?? [])].map((s) => [s.DBSnapshotIdentifier, s])
  )
  return [...all.values()]
    .map((s) => ({
      id: s.DBSnapshotIdentifier ?? '',
      source: s.DBInstanceIdentifier ?? '',
      type: s.SnapshotType ?? '',
      tags: Object.fromEntries((s.TagList ?? []).map((t) => [t.Key ?? '', t.Value ?? '']))
    }))
    .sort((a, b) => a.id.localeCompare(b.id))
}

async function clusterSnapshots(): Promise<{ id: string; type: string; tags: Record<string, string> }[]> {
  const out = await rds().send(new DescribeDBClusterSnapshotsCommand({}))
  return (out.DBClusterSnapshots ?? [])
    .map((s) => ({
      id: s.DBClusterSnapshotIdentifier ?? '',
      type: s.SnapshotType ?? '',
      tags: Object.fromEntries((s.TagList ?? []).map((t) => [t.Key ?? '', t.Value ?? '']))
    }))
    .sort((a, b) => a.id.localeCompare(b.id))
}

async function keys(): Promise<string[]> {
  const out = await awsClients(moto.url, REGION).s3.send(new ListObjectsV2Command({ Bucket: BUCKET }))
  return (out.Contents ?? []).map((o) => o.Key ?? '').sort()
}

async function doc(key: string): Promise<Record<string, unknown>> {
  const out = await awsClients(moto.url, REGION).s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
  return JSON.parse((await out.Body?.transformToString()) ?? '{}') as Record<string, unknown>
}

const SOURCES = { volume: '', 'db-instance': 'orders-db,other-db', 'db-cluster': 'orders-aurora' }
const PRUNE = {
  mode: 'prune',
  regions: REGION,
  bucket: BUCKET,
  'retention-days': '0',
  'keep-last': '1',
  'db-instance': 'orders-db',
  'db-cluster': 'orders-aurora'
}

beforeAll(async () => {
  moto = await startMoto()
  const c = awsClients(moto.url, REGION)
  await c.s3.send(new CreateBucketCommand({ Bucket: BUCKET }))
  const v = await c.ec2.send(new CreateVolumeCommand({ AvailabilityZone: `${REGION}a`, Size: 8, VolumeType: 'gp3' }))
  volumeId = v.VolumeId ?? ''
  for (const id of ['orders-db', 'other-db'])
    await c.rds.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: id,
        DBInstanceClass: 'db.t3.micro',
        Engine: 'postgres',
        AllocatedStorage: 20,
        MasterUsername: 'admin1',
        MasterUserPassword: 'secret-password-1',
        BackupRetentionPeriod: 7
      })
    )
  await c.rds.send(
    new CreateDBClusterCommand({
      DBClusterIdentifier: 'orders-aurora',
      Engine: 'aurora-postgresql',
      MasterUsername: 'admin1',
      MasterUserPassword: 'secret-password-1'
    })
  )
  // A manual snapshot someone made by hand, with no snapshot-hygiene tag: never the action's to delete.
  await c.rds.send(
    new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'hand-made' })
  )
  automated = {
    db: (await dbSnapshots()).filter((s) => s.type === 'automated').map((s) => s.id),
    cluster: (await clusterSnapshots()).filter((s) => s.type === 'automated').map((s) => s.id)
  }
})
afterAll(() => stopStarted(moto))

describe('RDS and Aurora backup and prune against the moto server', () => {
  let first: ActionRun
  let second: ActionRun
  let dry: ActionRun
  let real: ActionRun

  it('has automated snapshots of each instance and of the cluster to leave alone', () => {
    expect(automated.db).toHaveLength(2)
    expect(automated.cluster).toHaveLength(1)
  })

  it('backs up each DB instance and the cluster as managed manual snapshots with tags and metadata', async () => {
    first = await runAction({
      inputs: { mode: 'backup', bucket: BUCKET, tags: 'team=payments', ...SOURCES },
      env: env()
    })
    expect(first.errors).toEqual([])
    expect(first.code).toBe(0)
    const ids = first.outputs['snapshot-ids']?.split(',') ?? []
    expect(ids).toHaveLength(3)
    const [ordersId, otherId, clusterId] = ids as [string, string, string]
    expect(ordersId).toMatch(/^snapshot-hygiene-orders-db-\d{8}-\d{6}-\d{3}$/)
    expect(otherId).toMatch(/^snapshot-hygiene-other-db-\d{8}-\d{6}-\d{3}$/)
    expect(clusterId).toMatch(/^snapshot-hygiene-orders-aurora-\d{8}-\d{6}-\d{3}$/)
    const orders = (await dbSnapshots()).find((s) => s.id === ordersId)
    expect(orders?.type).toBe('manual')
    expect(orders?.source).toBe('orders-db')
    expect(orders?.tags).toMatchObject({
      'snapshot-hygiene:managed': 'true',
      team: 'payments',
      'snapshot-hygiene:repository': 'acme/db',
      'snapshot-hygiene:run-id': '77',
      'snapshot-hygiene:actor': 'octocat'
    })
    expect(orders?.tags['snapshot-hygiene:expires-at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    const cluster = (await clusterSnapshots()).find((s) => s.id === clusterId)
    expect(cluster?.type).toBe('manual')
    expect(cluster?.tags['snapshot-hygiene:managed']).toBe('true')
    expect(await keys()).toEqual([
      `snapshot-metadata/db-cluster/orders-aurora/${clusterId}.json`,
      `snapshot-metadata/db-instance/orders-db/${ordersId}.json`,
      `snapshot-metadata/db-instance/other-db/${otherId}.json`
    ])
    const d = await doc(`snapshot-metadata/db-instance/orders-db/${ordersId}.json`)
    expect(d).toMatchObject({
      schema_version: 1,
      tool: 'snapshot-hygiene',
      kind: 'db-instance',
      written_by: 'backup',
      snapshot: {
        id: ordersId,
        source_id: 'orders-db',
        region: REGION,
        account_id: ACCOUNT,
        state: 'available',
        snapshot_type: 'manual',
        allocated_storage_gib: 20,
        engine: 'postgres'
      },
      source: { id: 'orders-db', region: REGION, engine: 'postgres', instance_class: 'db.t3.micro' },
      workflow: { repository: 'acme/db', run_id: '77', actor: 'octocat' }
    })
    expect(Object.keys(d).sort()).toEqual([
      'kind',
      'schema_version',
      'snapshot',
      'source',
      'tool',
      'workflow',
      'written_at',
      'written_by'
    ])
    expect((await doc(`snapshot-metadata/db-cluster/orders-aurora/${clusterId}.json`)).kind).toBe('db-cluster')
    const rows = first.summary.split('\n').map((l) => l.split('|').map((c) => c.trim()))
    expect(rows.find((r) => r[1] === 'source')?.slice(1, 5)).toEqual(['source', 'region', 'snapshot', 'state'])
    expect(rows.find((r) => r[3] === ordersId)?.slice(1, 5)).toEqual([
      'DB instance orders-db',
      REGION,
      ordersId,
      'available'
    ])
    expect(rows.find((r) => r[3] === clusterId)?.slice(1, 5)).toEqual([
      'DB cluster orders-aurora',
      REGION,
      clusterId,
      'available'
    ])
  })

  it('a dry-run plans the older managed snapshot of each named source and changes nothing', async () => {
    second = await runAction({ inputs: { mode: 'backup', bucket: BUCKET, ...SOURCES }, env: env() })
    expect(second.code).toBe(0)
    const before = { db: await dbSnapshots(), cluster: await clusterSnapshots(), keys: await keys() }
    dry = await runAction({ inputs: { ...PRUNE, 'dry-run': 'true' }, env: env() })
    expect(dry.errors).toEqual([])
    expect(dry.code).toBe(0)
    const firstIds = first.outputs['snapshot-ids']?.split(',') ?? []
    expect(dry.outputs['deleted-snapshot-ids']?.split(',').sort()).toEqual([firstIds[2], firstIds[0]].sort())
    expect({ db: await dbSnapshots(), cluster: await clusterSnapshots(), keys: await keys() }).toEqual(before)
  })

  it('prune with retention 0 and keep-last 1 leaves the newest of each source and its metadata, and nothing else of it', async () => {
    real = await runAction({ inputs: PRUNE, env: env() })
    expect(real.errors).toEqual([])
    expect(real.code).toBe(0)
    expect(real.outputs['deleted-snapshot-ids']).toBe(dry.outputs['deleted-snapshot-ids'])
    const [ordersOld, otherOld] = first.outputs['snapshot-ids']?.split(',') ?? []
    const [ordersNew, otherNew, clusterNew] = second.outputs['snapshot-ids']?.split(',') ?? []
    expect((await dbSnapshots()).map((s) => s.id)).toEqual(
      [...automated.db, 'hand-made', otherOld, ordersNew, otherNew].sort()
    )
    expect((await clusterSnapshots()).map((s) => s.id)).toEqual([...automated.cluster, clusterNew].sort())
    expect(await keys()).toEqual(
      [
        `snapshot-metadata/db-cluster/orders-aurora/${clusterNew}.json`,
        `snapshot-metadata/db-instance/orders-db/${ordersNew}.json`,
        `snapshot-metadata/db-instance/other-db/${otherOld}.json`,
        `snapshot-metadata/db-instance/other-db/${otherNew}.json`
      ].sort()
    )
    expect(ordersOld).not.toBe(ordersNew)
    expect(real.summary).toContain('DB instance orders-db')
    expect(real.summary).toContain('DB instances orders-db; DB clusters orders-aurora')
  })

  it('prune without sources prunes every managed snapshot of every kind in the regions, and only those', async () => {
    const run = await runAction({
      inputs: { mode: 'prune', regions: REGION, bucket: BUCKET, 'retention-days': '0', 'keep-last': '1' },
      env: env()
    })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    const [, otherOld] = first.outputs['snapshot-ids']?.split(',') ?? []
    expect(run.outputs['deleted-snapshot-ids']).toBe(otherOld)
    const [ordersNew, otherNew, clusterNew] = second.outputs['snapshot-ids']?.split(',') ?? []
    expect((await dbSnapshots()).map((s) => s.id)).toEqual([...automated.db, 'hand-made', ordersNew, otherNew].sort())
    expect((await clusterSnapshots()).map((s) => s.id)).toEqual([...automated.cluster, clusterNew].sort())
    expect(run.summary).toContain('all volumes, DB instances and DB clusters')
  })

  it('backup-and-prune over a volume, a DB instance and a cluster keeps the new snapshot of each', async () => {
    const run = await runAction({
      inputs: {
        mode: 'backup-and-prune',
        bucket: BUCKET,
        regions: REGION,
        'retention-days': '0',
        'keep-last': '1',
        volume: volumeId,
        'db-instance': 'orders-db',
        'db-cluster': 'orders-aurora'
      },
      env: env()
    })
    if (process.env.SH_SUMMARY_OUT) fs.writeFileSync(process.env.SH_SUMMARY_OUT, run.summary)
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    const created = run.outputs['snapshot-ids']?.split(',') ?? []
    expect(created).toHaveLength(3)
    const [ordersNew, , clusterNew] = second.outputs['snapshot-ids']?.split(',') ?? []
    expect(run.outputs['deleted-snapshot-ids']?.split(',').sort()).toEqual([ordersNew, clusterNew].sort())
    expect((await clusterSnapshots()).map((s) => s.id)).toEqual([...automated.cluster, created[2]].sort())
  })

  it('check reports stale-backup for a named DB instance or cluster without a recent snapshot, and not for one with', async () => {
    const run = await runAction({
      inputs: {
        mode: 'check',
        regions: REGION,
        'fail-on': 'never',
        'max-backup-age-hours': '1',
        'db-instance': 'orders-db,gone-db',
        'db-cluster': 'orders-aurora,gone-aurora'
      },
      env: env()
    })
    expect(run.errors.map((e) => e.replace(/^\[\d+ [a-z0-9-]+\] /, '')).sort()).toEqual([
      `DB cluster gone-aurora in ${REGION} no longer exists and has no completed snapshot; remove it from the db-cluster input.`,
      `DB instance gone-db in ${REGION} no longer exists and has no completed snapshot; remove it from the db-instance input.`
    ])
    expect(run.code).toBe(0)
    const findings = (
      JSON.parse(fs.readFileSync(run.outputs['findings-json'] ?? '', 'utf8')) as {
        findings: { rule: string; service: string; resourceId: string; message: string }[]
      }
    ).findings.filter((f) => f.rule === 'stale-backup')
    expect(findings.map((f) => [f.service, f.resourceId, f.message]).sort()).toEqual([
      [
        'rds',
        'gone-db',
        `DB instance gone-db in ${REGION} no longer exists and has no completed snapshot; remove it from the db-instance input.`
      ],
      [
        'rds-cluster',
        'gone-aurora',
        `DB cluster gone-aurora in ${REGION} no longer exists and has no completed snapshot; remove it from the db-cluster input.`
      ]
    ])
  })
})
