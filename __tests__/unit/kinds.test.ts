import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { DB_SNAPSHOT_ID_RE } from '../../src/aws-names.js'
import { DAY_MS } from '../../src/clock.js'
import { getConfig, InputError } from '../../src/inputs.js'
import {
  CreateDBClusterSnapshotCommand,
  CreateDBSnapshotCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotsCommand
} from '@aws-sdk/client-rds'
import { clusterSnapshotOf, dbClusterKind } from '../../src/kinds/db-cluster.js'
import { dbInstanceKind, dbSnapshotOf } from '../../src/kinds/db-instance.js'
import { ebsKind } from '../../src/kinds/ebs.js'
import { KINDS } from '../../src/kinds/index.js'
import type { RequestBucket } from '../../src/kinds/kind.js'
import {
  dbMetadataDocument,
  dbMetadataKey,
  rdsSnapshotId,
  snapshotFromRecord,
  type RdsSnapshot
} from '../../src/kinds/rds.js'
import { dbSnapshotRecord, clusterSnapshotRecord } from '../../src/listers/rds.js'
import { metadataKey, parseMetadataKey, documentIdentity } from '../../src/metadata.js'
import { runBackup } from '../../src/modes/backup.js'
import { runPrune, type PruneConfig } from '../../src/modes/prune.js'
import type { Pacer } from '../../src/pacer.js'
import { backupSummary } from '../../src/summary/backup.js'
import { FakeAws } from '../helpers/fake-aws.js'
import { FakeRds, clusterSnapshot, dbSnapshot } from '../helpers/fake-rds.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { awsError, ebsSnapshot, mockTarget, settle, type MockTarget } from '../helpers/mock-target.js'
import { runnerInputs } from '../helpers/action-defaults.js'

const ACCOUNT = '111122223333'
const EAST = 'us-east-1'
const NOW = Date.UTC(2026, 2, 15, 12, 0, 0)
const PREFIX = 'snapshot-metadata/'
const VOL_A = 'vol-0aaaaaaaaaaaaaaaa'
const NO_WORKFLOW = { repository: '', workflow: '', runId: '', runUrl: '', sha: '', actor: '' }
const daysAgo = (n: number): Date => new Date(NOW - n * DAY_MS)

describe('the kind interface', () => {
  it('has the three kinds, each with its service, noun, request bucket and done state', () => {
    expect(KINDS.map((k) => [k.name, k.service, k.noun, k.bucket, k.doneState, k.deleteOperation])).toEqual([
      ['ebs', 'ebs', 'volume', 'ec2-snapshot', 'completed', 'DeleteSnapshot'],
      ['db-instance', 'rds', 'DB instance', 'rds', 'available', 'DeleteDBSnapshot'],
      ['db-cluster', 'rds-cluster', 'DB cluster', 'rds', 'available', 'DeleteDBClusterSnapshot']
    ])
  })

  it("sorts each kind's delete errors into the shared results", () => {
    const sort = (kind: typeof ebsKind | typeof dbInstanceKind, code: string, message = code) =>
      kind.classifyDeleteError(awsError(code, message)).kind
    expect(sort(ebsKind, 'InvalidSnapshot.NotFound')).toBe('gone')
    expect(sort(ebsKind, 'InvalidSnapshot.InUse')).toBe('in-use')
    expect(sort(ebsKind, 'InvalidParameterValue', 'This snapshot is managed by the AWS Backup service')).toBe(
      'aws-backup'
    )
    expect(sort(ebsKind, 'UnauthorizedOperation')).toBe('error')
    expect(sort(ebsKind, 'DBSnapshotNotFound')).toBe('error')
    for (const code of ['DBSnapshotNotFound', 'DBSnapshotNotFoundFault'])
      expect(sort(dbInstanceKind, code)).toBe('gone')
    for (const code of ['InvalidDBSnapshotState', 'InvalidDBSnapshotStateFault'])
      expect(sort(dbInstanceKind, code)).toBe('not-deletable-state')
    expect(sort(dbInstanceKind, 'InvalidParameterValue', 'Cannot delete a snapshot created by AWS Backup')).toBe(
      'aws-backup'
    )
    expect(sort(dbInstanceKind, 'AccessDenied')).toBe('error')
    expect(sort(dbInstanceKind, 'DBClusterSnapshotNotFoundFault')).toBe('error')
    expect(sort(dbInstanceKind, 'InvalidSnapshot.NotFound')).toBe('error')
    for (const code of ['DBClusterSnapshotNotFoundFault', 'DBClusterSnapshotNotFound'])
      expect(sort(dbClusterKind, code)).toBe('gone')
    for (const code of ['InvalidDBClusterSnapshotStateFault', 'InvalidDBClusterSnapshotState'])
      expect(sort(dbClusterKind, code)).toBe('not-deletable-state')
    expect(sort(dbClusterKind, 'DBSnapshotNotFound')).toBe('error')
    expect(dbClusterKind.classifyDeleteError(awsError('AccessDenied', 'no'))).toEqual({
      kind: 'error',
      message: 'AccessDenied: no'
    })
  })

  it('names RDS snapshots snapshot-hygiene-<source>-<UTC time>, within RDS identifier rules at the longest source', () => {
    const at = new Date(Date.UTC(2026, 2, 1, 6, 5, 9, 42))
    expect(rdsSnapshotId('Orders-DB', at)).toBe('snapshot-hygiene-orders-db-20260301-060509-042')
    const longest = rdsSnapshotId(`a${'b-'.repeat(30)}cd`, at)
    expect(longest.length).toBeLessThanOrEqual(255)
    expect(DB_SNAPSHOT_ID_RE.test(longest)).toBe(true)
    expect(rdsSnapshotId('a', at)).not.toBe(rdsSnapshotId('a', new Date(at.getTime() + 1)))
  })

  it('keeps RDS metadata keys apart from EBS keys, and each document proves its kind, source and snapshot', () => {
    const rec = dbSnapshotRecord(dbSnapshot('snap-0aaaaaaa', VOL_A, new Date(NOW)), ACCOUNT, EAST)
    const source = { ...snapshotFromRecord(rec) }
    const key = dbMetadataKey(PREFIX, 'db-instance', VOL_A, 'snap-0aaaaaaa')
    expect(key).toBe(`${PREFIX}db-instance/${VOL_A}/snap-0aaaaaaa.json`)
    expect(key).not.toBe(metadataKey(PREFIX, VOL_A, 'snap-0aaaaaaa'))
    expect(parseMetadataKey(PREFIX, key)).toEqual({
      key,
      volumeId: VOL_A,
      snapshotId: 'snap-0aaaaaaa',
      lastModified: null,
      kind: 'db-instance'
    })
    expect(parseMetadataKey(PREFIX, `${PREFIX}db-instance/Bad--Name/x.json`)).toBeNull()
    expect(parseMetadataKey(PREFIX, `${PREFIX}db-volume/db/x.json`)).toBeNull()
    const text = JSON.stringify(
      dbMetadataDocument('db-instance', source, { ...unknown(VOL_A) }, ACCOUNT, NO_WORKFLOW, 'backup', new Date(NOW))
    )
    expect(documentIdentity(text)).toEqual({
      snapshotId: 'snap-0aaaaaaa',
      volumeId: VOL_A,
      accountId: ACCOUNT,
      region: EAST,
      kind: 'db-instance'
    })
    expect(documentIdentity(text.replace('"db-instance"', '"db-volume"'))).toBeNull()
    const cluster = clusterSnapshotRecord(clusterSnapshot('c1', 'aurora', new Date(NOW)), ACCOUNT, EAST)
    expect(cluster.service).toBe('rds-cluster')
  })
})

function unknown(id: string) {
  return {
    id,
    arn: null,
    region: EAST,
    engine: null,
    engineVersion: null,
    status: null,
    instanceClass: null,
    allocatedStorageGib: null,
    encrypted: null,
    kmsKeyId: null,
    multiAz: null,
    tags: {}
  }
}

describe('RDS listing for prune', () => {
  let m: MockTarget
  let rds: FakeRds

  beforeEach(() => {
    m = mockTarget(ACCOUNT, [EAST])
    rds = new FakeRds(m, [EAST])
  })

  it('yields only manual snapshots of the account that are managed or carry every prune-tag', async () => {
    const legacy = { legacy: 'yes', team: 'db' }
    rds.addDb(EAST, dbSnapshot('managed', 'orders', daysAgo(3)))
    rds.addDb(EAST, dbSnapshot('adopted', 'orders', daysAgo(3), { tags: legacy }))
    rds.addDb(EAST, dbSnapshot('half-adopted', 'orders', daysAgo(3), { tags: { legacy: 'yes' } }))
    rds.addDb(EAST, dbSnapshot('hand-made', 'orders', daysAgo(3), { tags: {} }))
    rds.addDb(EAST, dbSnapshot('rds:orders-2026-03-12', 'orders', daysAgo(3), { type: 'automated' }))
    rds.addDb(EAST, dbSnapshot('by-aws-backup', 'orders', daysAgo(3), { type: 'awsbackup' }))
    rds.addDb(EAST, dbSnapshot('shared-in', 'orders', daysAgo(3), { type: 'shared', account: '999999999999' }))
    rds.addDb(EAST, dbSnapshot('foreign-arn', 'orders', daysAgo(3), { account: '999999999999' }))
    rds.addDb(EAST, dbSnapshot('other-db', 'billing', daysAgo(3)))
    const all = await dbInstanceKind.listOwned(m.target.clients, ACCOUNT, EAST, legacy, undefined)
    expect(all.map((o) => o.record.snapshotId).sort()).toEqual(['adopted', 'managed', 'other-db'])
    expect(all.every((o) => o.record.service === 'rds' && o.record.snapshotType === 'manual')).toBe(true)
    const one = await dbInstanceKind.listOwned(m.target.clients, ACCOUNT, EAST, {}, ['orders'])
    expect(one.map((o) => o.record.snapshotId)).toEqual(['managed'])
    expect(rds.log).toEqual([`DescribeDBSnapshots ${EAST} manual`, `DescribeDBSnapshots ${EAST} manual`])
    expect(await dbInstanceKind.listOwned(m.target.clients, ACCOUNT, EAST, {}, [])).toEqual([])
    expect(rds.log).toHaveLength(2)
  })

  it('lists cluster snapshots the same way', async () => {
    rds.addCluster(EAST, clusterSnapshot('managed', 'aurora', daysAgo(3)))
    rds.addCluster(EAST, clusterSnapshot('rds:aurora-auto', 'aurora', daysAgo(3), { type: 'automated' }))
    rds.addCluster(EAST, clusterSnapshot('foreign', 'aurora', daysAgo(3), { account: '999999999999' }))
    const owned = await dbClusterKind.listOwned(m.target.clients, ACCOUNT, EAST, {}, undefined)
    expect(owned.map((o) => [o.record.snapshotId, o.record.service, o.record.sourceId])).toEqual([
      ['managed', 'rds-cluster', 'aurora']
    ])
  })
})

describe('prune over every kind', () => {
  let m: MockTarget
  let aws: FakeAws
  let rds: FakeRds
  let clock: FakeClock
  let pacerCalls: string[]

  const pacer = (accountId: string, region: string, bucket: RequestBucket): Pacer => {
    pacerCalls.push(`${accountId}/${region}/${bucket}`)
    return { take: () => Promise.resolve(), penalize: () => undefined }
  }

  function config(over: Partial<PruneConfig> = {}): PruneConfig {
    return {
      regions: [EAST],
      awsRegion: EAST,
      volumes: [],
      dbInstances: [],
      dbClusters: [],
      bucket: 'meta',
      metadataPrefix: PREFIX,
      retentionDays: 7,
      keepLast: 1,
      keepDaily: 0,
      keepWeekly: 0,
      keepMonthly: 0,
      dryRun: false,
      pruneTags: {},
      csvPath: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kinds-unit-')), 'prune.csv'),
      maxParallelAccounts: 4,
      ...over
    }
  }

  /** The metadata backup writes for a DB or cluster snapshot (the real producer's document), stored under its key. */
  function withMetadata(kind: 'db-instance' | 'db-cluster', id: string, source: string): string {
    const record =
      kind === 'db-instance'
        ? dbSnapshotRecord(dbSnapshot(id, source, daysAgo(1)), ACCOUNT, EAST)
        : clusterSnapshotRecord(clusterSnapshot(id, source, daysAgo(1)), ACCOUNT, EAST)
    const key = dbMetadataKey(PREFIX, kind, source, id)
    aws.objects.set(
      key,
      JSON.stringify(
        dbMetadataDocument(
          kind,
          snapshotFromRecord(record),
          unknown(source),
          ACCOUNT,
          NO_WORKFLOW,
          'backup',
          daysAgo(1)
        )
      )
    )
    return key
  }

  beforeEach(() => {
    m = mockTarget(ACCOUNT, [EAST])
    aws = new FakeAws(m, [EAST], PREFIX)
    rds = new FakeRds(m, [EAST])
    clock = new FakeClock(NOW)
    pacerCalls = []
  })

  it('deletes the expired snapshots of each kind with its own call and bucket, then their metadata', async () => {
    aws.add(EAST, ebsSnapshot('snap-0a20', VOL_A, daysAgo(20)))
    aws.add(EAST, ebsSnapshot('snap-0a01', VOL_A, daysAgo(1)))
    rds.addDb(EAST, dbSnapshot('orders-old', 'orders', daysAgo(20)))
    rds.addDb(EAST, dbSnapshot('orders-new', 'orders', daysAgo(1)))
    rds.addCluster(EAST, clusterSnapshot('aurora-old', 'aurora', daysAgo(20)))
    rds.addCluster(EAST, clusterSnapshot('aurora-new', 'aurora', daysAgo(1)))
    const keys = [
      withMetadata('db-instance', 'orders-old', 'orders'),
      withMetadata('db-instance', 'orders-new', 'orders'),
      withMetadata('db-cluster', 'aurora-old', 'aurora'),
      withMetadata('db-cluster', 'aurora-new', 'aurora')
    ]
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer }))
    expect(result.errors).toEqual([])
    expect(result.deletedIds.sort()).toEqual(['aurora-old', 'orders-old', 'snap-0a20'])
    expect(rds.dbIds(EAST)).toEqual(['orders-new'])
    expect(rds.clusterIds(EAST)).toEqual(['aurora-new'])
    expect(aws.ids(EAST)).toEqual(['snap-0a01'])
    expect([...aws.objects.keys()].filter((k) => keys.includes(k)).sort()).toEqual([keys[3], keys[1]])
    expect(pacerCalls.sort()).toEqual([`${ACCOUNT}/${EAST}/ec2-snapshot`, `${ACCOUNT}/${EAST}/rds`])
    expect(
      result.decisions.filter((d) => d.outcome === 'deleted').map((d) => [d.snapshotId, d.kind, d.volumeId])
    ).toEqual([
      ['aurora-old', 'db-cluster', 'aurora'],
      ['orders-old', 'db-instance', 'orders'],
      ['snap-0a20', undefined, VOL_A]
    ])
    expect(result.rdsPacing).toEqual({ burst: 300, refillPerSecond: 12 })
    expect(result.dbSources).toEqual({ dbInstances: null, dbClusters: null })
  })

  it('keeps a snapshot in a state RDS cannot delete, counts DBSnapshotNotFound as done, and retries Throttling', async () => {
    rds.addDb(EAST, dbSnapshot('busy', 'orders', daysAgo(30)))
    rds.addDb(EAST, dbSnapshot('gone-meanwhile', 'orders', daysAgo(20)))
    rds.addDb(EAST, dbSnapshot('throttled', 'orders', daysAgo(10)))
    rds.addDb(EAST, dbSnapshot('newest', 'orders', daysAgo(1)))
    const goneKey = withMetadata('db-instance', 'gone-meanwhile', 'orders')
    rds.deleteErrors.set('busy', [awsError('InvalidDBSnapshotState', 'Snapshot busy is not in available state')])
    rds.deleteErrors.set('gone-meanwhile', [awsError('DBSnapshotNotFound', 'not found')])
    rds.deleteErrors.set('throttled', [
      awsError('Throttling', 'Rate exceeded'),
      awsError('Throttling', 'Rate exceeded')
    ])
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer, random: () => 0 }))
    expect(result.errors).toEqual([])
    const by = (id: string) => result.decisions.find((d) => d.snapshotId === id)
    expect(by('busy')).toMatchObject({
      outcome: 'skipped',
      rule: 'not-deletable-state',
      reason:
        'expired: 30 days old, retention 7 days; not deleted: not in a state that can be deleted (InvalidDBSnapshotState: Snapshot busy is not in available state)'
    })
    expect(by('gone-meanwhile')?.outcome).toBe('deleted')
    expect(by('gone-meanwhile')?.reason).toBe('expired: 20 days old, retention 7 days (already deleted)')
    expect(aws.objects.has(goneKey)).toBe(false)
    expect(by('throttled')?.outcome).toBe('deleted')
    expect(rds.log.filter((l) => l === `DeleteDBSnapshot ${EAST} throttled`)).toHaveLength(3)
    // The injected DBSnapshotNotFound stands for another run that deleted gone-meanwhile first.
    expect(rds.dbIds(EAST)).toEqual(['busy', 'gone-meanwhile', 'newest'])
  })

  it('never pools a DB named like a volume with that volume: each keeps its own newest', async () => {
    aws.add(EAST, ebsSnapshot('snap-0a20', VOL_A, daysAgo(20)))
    rds.addDb(EAST, dbSnapshot('db-named-like-vol', VOL_A, daysAgo(10)))
    const result = await settle(clock, runPrune(config(), [m.target], clock, { pacer }))
    expect(result.decisions.map((d) => [d.snapshotId, d.outcome, d.rule])).toEqual([
      ['db-named-like-vol', 'kept', 'keep-last'],
      ['snap-0a20', 'kept', 'keep-last']
    ])
  })

  it('with db-instance named, prunes only that instance: volumes, clusters and other instances are not even listed', async () => {
    aws.add(EAST, ebsSnapshot('snap-0a20', VOL_A, daysAgo(20)))
    rds.addDb(EAST, dbSnapshot('orders-old', 'orders', daysAgo(20)))
    rds.addDb(EAST, dbSnapshot('orders-new', 'orders', daysAgo(1)))
    rds.addDb(EAST, dbSnapshot('billing-old', 'billing', daysAgo(20)))
    rds.addDb(EAST, dbSnapshot('billing-new', 'billing', daysAgo(1)))
    rds.addCluster(EAST, clusterSnapshot('aurora-old', 'aurora', daysAgo(20)))
    const result = await settle(
      clock,
      runPrune(config({ dbInstances: [{ region: EAST, id: 'orders' }] }), [m.target], clock, { pacer })
    )
    expect(result.deletedIds).toEqual(['orders-old'])
    expect(result.decisions.map((d) => d.snapshotId).sort()).toEqual(['orders-new', 'orders-old'])
    expect(aws.calls('DescribeSnapshots')).toEqual([])
    expect(rds.log.filter((l) => l.startsWith('DescribeDBClusterSnapshots'))).toEqual([])
    expect(aws.calls('ListObjectsV2')).toEqual([`ListObjectsV2 ${PREFIX}db-instance/orders/`])
    expect(result.dbSources).toEqual({ dbInstances: ['orders'], dbClusters: [] })
  })
})

describe('backup over every kind', () => {
  it('says in the summary when RDS refused a backup because the manual snapshot quota is full, and backs up the rest', async () => {
    const m = mockTarget(ACCOUNT, [EAST])
    const aws = new FakeAws(m, [EAST], PREFIX)
    const rds = new FakeRds(m, [EAST])
    rds.createErrors.set('orders', [awsError('SnapshotQuotaExceeded', 'Cannot create more than 100 manual snapshots')])
    const clock = new FakeClock(NOW)
    const result = await settle(
      clock,
      runBackup(
        {
          volumes: [],
          dbInstances: [{ region: EAST, id: 'orders' }],
          dbClusters: [{ region: EAST, id: 'aurora' }],
          bucket: 'meta',
          metadataPrefix: PREFIX,
          retentionDays: 7,
          tags: {},
          description: '',
          wait: true,
          waitTimeoutMinutes: 5,
          awsRegion: EAST,
          maxParallelAccounts: 1
        },
        [m.target],
        clock,
        { workflow: NO_WORKFLOW }
      )
    )
    expect(result.created.map((c) => [c.kind, c.volumeId, c.snapshotId, c.state])).toEqual([
      ['db-cluster', 'aurora', 'snapshot-hygiene-aurora-20260315-120000-000', 'available']
    ])
    expect(result.created[0]?.metadataKey).toBe(
      `${PREFIX}db-cluster/aurora/snapshot-hygiene-aurora-20260315-120000-000.json`
    )
    expect([...aws.objects.keys()]).toEqual([result.created[0]?.metadataKey])
    expect(result.failures).toEqual([
      {
        accountId: ACCOUNT,
        region: EAST,
        volumeId: 'orders',
        snapshotId: null,
        kind: 'db-instance',
        quotaFull: true,
        message:
          "RDS refused a snapshot of DB instance orders: the account's manual snapshot quota in us-east-1 is full (SnapshotQuotaExceeded, 100 by default); prune old manual snapshots or ask AWS for a higher quota"
      }
    ])
    expect(backupSummary(result)).toContain(
      `**RDS refused backups because the manual snapshot quota is full** in ${EAST} (account ${ACCOUNT})`
    )
  })
})

describe('the db-instance and db-cluster inputs', () => {
  const parse = (inputs: Record<string, string>) =>
    getConfig(
      runnerInputs(
        { mode: 'backup', bucket: 'my-backups', ...inputs },
        { GITHUB_WORKSPACE: '/w', RUNNER_TEMP: '/t', AWS_REGION: 'us-east-1' }
      )
    )

  it('reads identifiers, comma or newline separated, REGION/name for another region, lower-cased and without repeats', () => {
    const c = parse({ 'db-instance': 'Orders-DB, eu-west-1/billing\norders-db', 'db-cluster': 'aurora-1' })
    expect(c.dbInstances).toEqual([
      { region: 'us-east-1', id: 'orders-db' },
      { region: 'eu-west-1', id: 'billing' }
    ])
    expect(c.dbClusters).toEqual([{ region: 'us-east-1', id: 'aurora-1' }])
    expect(c.volumes).toEqual([])
  })

  it("refuses what RDS's naming rules refuse, before any AWS call, in one line naming the input", () => {
    for (const [input, bad] of [
      ['db-instance', '1orders'],
      ['db-instance', 'orders--db'],
      ['db-instance', 'orders-'],
      ['db-instance', 'orders_db'],
      ['db-cluster', 'a'.repeat(64)],
      ['db-cluster', 'nowhere-1x/aurora']
    ] as const) {
      let message = ''
      try {
        parse({ [input]: bad })
      } catch (err) {
        expect(err).toBeInstanceOf(InputError)
        message = (err as Error).message
      }
      expect(message, bad).toMatch(new RegExp(`^Input '${input}' `))
      expect(message).not.toContain('\n')
    }
    expect(parse({ 'db-cluster': 'a'.repeat(63) }).dbClusters).toHaveLength(1)
  })
})

/** An RDS snapshot's fields without its record function, for exact comparison. */
const fields = (s: RdsSnapshot): Omit<RdsSnapshot, 'record'> & { record: undefined } => ({ ...s, record: undefined })

describe('the RDS kinds, call by call', () => {
  const full = {
    DBSnapshotIdentifier: 's1',
    DBSnapshotArn: 'arn:aws:rds:us-east-1:111122223333:snapshot:s1',
    DBInstanceIdentifier: 'orders',
    SnapshotType: 'manual',
    Status: 'available',
    SnapshotCreateTime: new Date(NOW),
    PercentProgress: 100,
    AllocatedStorage: 20,
    Encrypted: true,
    KmsKeyId: 'k',
    Engine: 'postgres',
    EngineVersion: '16.4',
    TagList: [{ Key: 'a', Value: 'b' }]
  }

  it('maps every field of a DB and a cluster snapshot, and a missing field to its default', () => {
    const db = fields(dbSnapshotOf(full))
    expect(db).toEqual({
      id: 's1',
      arn: full.DBSnapshotArn,
      sourceId: 'orders',
      type: 'manual',
      status: 'available',
      createdAt: new Date(NOW),
      percentProgress: 100,
      allocatedStorageGib: 20,
      encrypted: true,
      kmsKeyId: 'k',
      engine: 'postgres',
      engineVersion: '16.4',
      tags: { a: 'b' }
    })
    const empty = {
      id: '',
      arn: null,
      sourceId: '',
      type: '',
      status: 'unknown',
      createdAt: null,
      percentProgress: null,
      allocatedStorageGib: 0,
      encrypted: false,
      kmsKeyId: null,
      engine: null,
      engineVersion: null,
      tags: {}
    }
    const none = fields(dbSnapshotOf({}))
    expect(none).toEqual(empty)
    const cluster = fields(
      clusterSnapshotOf({
        DBClusterSnapshotIdentifier: 'c1',
        DBClusterSnapshotArn: 'arn:aws:rds:us-east-1:111122223333:cluster-snapshot:c1',
        DBClusterIdentifier: 'aurora',
        SnapshotType: 'manual',
        Status: 'creating',
        SnapshotCreateTime: new Date(NOW),
        PercentProgress: 40,
        AllocatedStorage: 1,
        StorageEncrypted: true,
        KmsKeyId: 'k',
        Engine: 'aurora-postgresql',
        EngineVersion: '16.4',
        TagList: [{ Key: 'a', Value: 'b' }]
      })
    )
    expect(cluster).toEqual({
      id: 'c1',
      arn: 'arn:aws:rds:us-east-1:111122223333:cluster-snapshot:c1',
      sourceId: 'aurora',
      type: 'manual',
      status: 'creating',
      createdAt: new Date(NOW),
      percentProgress: 40,
      allocatedStorageGib: 1,
      encrypted: true,
      kmsKeyId: 'k',
      engine: 'aurora-postgresql',
      engineVersion: '16.4',
      tags: { a: 'b' }
    })
    const noCluster = fields(clusterSnapshotOf({}))
    expect(noCluster).toEqual(empty)
    expect(dbSnapshotOf(full).record(ACCOUNT, EAST).service).toBe('rds')
    expect(clusterSnapshotOf({ DBClusterSnapshotIdentifier: 'c' }).record(ACCOUNT, EAST).service).toBe('rds-cluster')
  })

  it('backs up a DB instance and a cluster: waits for available, waits out a busy source and Throttling, and records the source', async () => {
    const m = mockTarget(ACCOUNT, [EAST])
    const aws = new FakeAws(m, [EAST], PREFIX)
    const rds = m.rds[EAST]
    if (rds === undefined) throw new Error('no RDS stub')
    rds.on(DescribeDBInstancesCommand).resolves({
      DBInstances: [
        {
          DBInstanceIdentifier: 'orders',
          DBInstanceArn: 'arn:aws:rds:us-east-1:111122223333:db:orders',
          Engine: 'postgres',
          EngineVersion: '16.4',
          DBInstanceStatus: 'available',
          DBInstanceClass: 'db.t3.micro',
          AllocatedStorage: 20,
          StorageEncrypted: true,
          KmsKeyId: 'k',
          MultiAZ: true
        }
      ]
    })
    rds.on(DescribeDBClustersCommand).rejects(awsError('DBClusterNotFoundFault', 'no such cluster'))
    rds
      .on(CreateDBSnapshotCommand)
      .rejectsOnce(awsError('InvalidDBInstanceState', 'backing up'))
      .rejectsOnce(awsError('Throttling', 'Rate exceeded'))
      .resolves({ DBSnapshot: { ...full, Status: 'creating', PercentProgress: 0, TagList: [] } })
    rds
      .on(DescribeDBSnapshotsCommand)
      .rejectsOnce(awsError('DBSnapshotNotFound', 'not yet'))
      .resolvesOnce({ DBSnapshots: [{ ...full, Status: 'creating', PercentProgress: 50 }] })
      .resolves({ DBSnapshots: [full] })
    const clock = new FakeClock(NOW)
    const result = await settle(
      clock,
      runBackup(
        {
          volumes: [],
          dbInstances: [{ region: EAST, id: 'orders' }],
          dbClusters: [{ region: EAST, id: 'gone' }],
          bucket: 'meta',
          metadataPrefix: PREFIX,
          retentionDays: 7,
          tags: { team: 'db' },
          description: '',
          wait: true,
          waitTimeoutMinutes: 10,
          awsRegion: EAST,
          maxParallelAccounts: 1
        },
        [m.target],
        clock,
        { workflow: NO_WORKFLOW }
      )
    )
    expect(result.failures.map((f) => [f.kind, f.volumeId, f.message])).toEqual([
      ['db-cluster', 'gone', `DB cluster gone was not found in ${EAST} (account ${ACCOUNT})`]
    ])
    expect(result.created).toHaveLength(1)
    expect(result.created[0]).toMatchObject({
      kind: 'db-instance',
      volumeId: 'orders',
      snapshotId: 's1',
      state: 'available',
      sizeGib: 20
    })
    expect(clock.sleeps.slice(0, 1)).toEqual([30_000])
    expect(result.databases?.map((d) => [d.kind, d.source.id, d.source.instanceClass, d.source.multiAz])).toEqual([
      ['db-instance', 'orders', 'db.t3.micro', true]
    ])
    const doc = JSON.parse(aws.objects.get(`${PREFIX}db-instance/orders/s1.json`) ?? '{}') as Record<string, unknown>
    expect(doc.snapshot).toEqual({
      id: 's1',
      arn: full.DBSnapshotArn,
      source_id: 'orders',
      region: EAST,
      account_id: ACCOUNT,
      start_time: new Date(NOW).toISOString(),
      state: 'available',
      progress: '100%',
      snapshot_type: 'manual',
      allocated_storage_gib: 20,
      encrypted: true,
      kms_key_id: 'k',
      engine: 'postgres',
      engine_version: '16.4',
      expires_at: null,
      tags: { a: 'b' }
    })
    expect(doc.source).toEqual({
      id: 'orders',
      arn: 'arn:aws:rds:us-east-1:111122223333:db:orders',
      region: EAST,
      engine: 'postgres',
      engine_version: '16.4',
      status: 'available',
      instance_class: 'db.t3.micro',
      allocated_storage_gib: 20,
      encrypted: true,
      kms_key_id: 'k',
      multi_az: true
    })
  })

  it('gives up on a busy source when the wait timeout runs out, naming it', async () => {
    const m = mockTarget(ACCOUNT, [EAST])
    new FakeAws(m, [EAST], PREFIX)
    const rds = m.rds[EAST]
    if (rds === undefined) throw new Error('no RDS stub')
    rds.on(DescribeDBClustersCommand).resolves({ DBClusters: [{ DBClusterIdentifier: 'aurora', Status: 'modifying' }] })
    rds.on(CreateDBClusterSnapshotCommand).rejects(awsError('InvalidDBClusterStateFault', 'modifying'))
    const clock = new FakeClock(NOW)
    const result = await settle(
      clock,
      runBackup(
        {
          volumes: [],
          dbClusters: [{ region: EAST, id: 'aurora' }],
          bucket: 'meta',
          metadataPrefix: PREFIX,
          retentionDays: 7,
          tags: {},
          description: '',
          wait: true,
          waitTimeoutMinutes: 1,
          awsRegion: EAST,
          maxParallelAccounts: 1
        },
        [m.target],
        clock,
        { workflow: NO_WORKFLOW }
      )
    )
    expect(result.failures.map((f) => f.message)).toEqual([
      'Could not snapshot DB cluster aurora: RDS still refused a snapshot of DB cluster aurora when the wait timeout ran out: InvalidDBClusterStateFault: modifying'
    ])
    expect(clock.sleeps).toEqual([30_000, 30_000])
  })

  it('answers which snapshots still exist from the manual listing, and describes a snapshot by id', async () => {
    const m = mockTarget(ACCOUNT, [EAST])
    const fake = new FakeRds(m, [EAST])
    fake.addDb(EAST, dbSnapshot('kept', 'orders', daysAgo(1)))
    fake.addCluster(EAST, clusterSnapshot('kept-c', 'aurora', daysAgo(1)))
    expect([...(await dbInstanceKind.existing(m.target.clients, EAST, ['kept', 'gone', 'kept-c']))]).toEqual(['kept'])
    expect([...(await dbClusterKind.existing(m.target.clients, EAST, ['kept', 'kept-c']))]).toEqual(['kept-c'])
  })
})
