import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CopyDBClusterSnapshotCommand, CopyDBSnapshotCommand } from '@aws-sdk/client-rds'
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3'
import { DAY_MS } from '../../src/clock.js'
import { getConfig, type Config } from '../../src/inputs.js'
import type { WorkflowContext } from '../../src/metadata.js'
import { runBackup } from '../../src/modes/backup.js'
import { backupStep } from '../../src/report/backup.js'
import { runnerInputs } from '../helpers/action-defaults.js'
import { FakeClock } from '../helpers/fake-clock.js'
import { FakeRds } from '../helpers/fake-rds.js'
import { awsError, mockTarget, settle, type MockTarget } from '../helpers/mock-target.js'

const ACCOUNT = '111122223333'
const EAST = 'us-east-1'
const WEST = 'eu-west-1'
const START = Date.UTC(2026, 2, 1, 6, 0, 0)
const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0'
const SOURCE_KEY = 'arn:aws:kms:us-east-1:111122223333:key/11111111-2222-3333-4444-555555555555'
const WORKFLOW: WorkflowContext = {
  repository: 'acme/app',
  workflow: 'backup',
  runId: '9',
  runUrl: 'https://github.com/acme/app/actions/runs/9',
  sha: 'f00d',
  actor: 'octocat'
}
const DB_ID = 'snapshot-hygiene-orders-20260301-060000-000'
const CLUSTER_ID = 'snapshot-hygiene-ledger-20260301-060000-000'
const DB_ID_2 = 'snapshot-hygiene-orders-20260302-060000-000'
const CLUSTER_ID_2 = 'snapshot-hygiene-ledger-20260302-060000-000'

let m: MockTarget
let clock: FakeClock
let workspace: string
/** The metadata bucket's objects by key, as PutObject left them. */
let bucket: Map<string, string>

beforeEach(() => {
  m = mockTarget(ACCOUNT, [EAST, WEST])
  clock = new FakeClock(START)
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'rds-copies-'))
  bucket = new Map()
  m.s3.on(PutObjectCommand).callsFake((input: { Key: string; Body: string }) => {
    bucket.set(input.Key, input.Body)
    return {}
  })
  m.s3.on(GetObjectCommand).callsFake((input: { Key: string }) => {
    const text = bucket.get(input.Key)
    if (text === undefined) throw awsError('NoSuchKey', 'The specified key does not exist.')
    return { Body: { transformToString: () => Promise.resolve(text) } }
  })
})
afterEach(() => {
  fs.rmSync(workspace, { recursive: true, force: true })
})

function config(inputs: Record<string, string> = {}): Config {
  return getConfig(
    runnerInputs(
      {
        mode: 'backup',
        'db-instance': 'orders',
        'db-cluster': 'ledger',
        bucket: 'meta-bucket',
        'copy-to-regions': WEST,
        'copy-kms-key': `${WEST}=${KEY}`,
        ...inputs
      },
      { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace, AWS_REGION: EAST }
    )
  )
}

/** The tags every copy of a run at `at` carries: the backup's own (expiry from copy-retention-days), then the copy tags. */
function copyTags(at: number, copyOf: string, sourceId: string): { Key: string; Value: string }[] {
  return [
    { Key: 'snapshot-hygiene:managed', Value: 'true' },
    { Key: 'snapshot-hygiene:expires-at', Value: new Date(at + 15 * DAY_MS).toISOString().replace('.000Z', 'Z') },
    { Key: 'snapshot-hygiene:repository', Value: 'acme/app' },
    { Key: 'snapshot-hygiene:workflow', Value: 'backup' },
    { Key: 'snapshot-hygiene:run-id', Value: '9' },
    { Key: 'snapshot-hygiene:run-url', Value: 'https://github.com/acme/app/actions/runs/9' },
    { Key: 'snapshot-hygiene:sha', Value: 'f00d' },
    { Key: 'snapshot-hygiene:actor', Value: 'octocat' },
    { Key: 'snapshot-hygiene:copy-of', Value: copyOf },
    { Key: 'snapshot-hygiene:source-region', Value: EAST },
    { Key: 'snapshot-hygiene:source-id', Value: sourceId }
  ]
}

/** The metadata documents written, by key: the copies each records. */
function writtenCopies(): Record<string, unknown> {
  return Object.fromEntries(
    m.s3.commandCalls(PutObjectCommand).map((c) => {
      const doc = JSON.parse(c.args[0].input.Body as string) as { copies?: unknown }
      return [c.args[0].input.Key ?? '', doc.copies]
    })
  )
}

const dbArn = (id: string): string => `arn:aws:rds:${EAST}:${ACCOUNT}:snapshot:${id}`
const clusterArn = (id: string): string => `arn:aws:rds:${EAST}:${ACCOUNT}:cluster-snapshot:${id}`

describe('RDS and Aurora copies through runBackup', () => {
  it('copies a DB instance and a DB cluster snapshot into the copy region with the source ARN, SourceRegion, the key for encrypted sources and the copy tags, and waits for them', async () => {
    // orders is encrypted, ledger is not: RDS refuses KmsKeyId for an unencrypted cluster snapshot.
    const rds = new FakeRds(m, [EAST, WEST], { now: () => clock.now(), encrypted: new Map([['orders', SOURCE_KEY]]) })
    const result = await settle(clock, runBackup(config(), [m.target], clock, { workflow: WORKFLOW }))
    expect(result.failures).toEqual([])
    expect(result.copyFailures).toEqual([])
    expect(m.rds[EAST]?.commandCalls(CopyDBSnapshotCommand)).toHaveLength(0)
    expect(m.rds[EAST]?.commandCalls(CopyDBClusterSnapshotCommand)).toHaveLength(0)
    expect(m.rds[WEST]?.commandCalls(CopyDBSnapshotCommand).map((c) => c.args[0].input)).toEqual([
      {
        SourceRegion: EAST,
        KmsKeyId: KEY,
        Tags: copyTags(START, DB_ID, 'orders'),
        SourceDBSnapshotIdentifier: dbArn(DB_ID),
        TargetDBSnapshotIdentifier: DB_ID
      }
    ])
    expect(m.rds[WEST]?.commandCalls(CopyDBClusterSnapshotCommand).map((c) => c.args[0].input)).toEqual([
      {
        SourceRegion: EAST,
        Tags: copyTags(START, CLUSTER_ID, 'ledger'),
        SourceDBClusterSnapshotIdentifier: clusterArn(CLUSTER_ID),
        TargetDBClusterSnapshotIdentifier: CLUSTER_ID
      }
    ])
    // The copies were answered creating and waited for until available.
    expect(rds.log.filter((l) => l.includes(`${WEST} snapshot-hygiene`))).toEqual([
      `CopyDBSnapshot ${WEST} ${DB_ID}`,
      `CopyDBClusterSnapshot ${WEST} ${CLUSTER_ID}`,
      `DescribeDBSnapshots ${WEST} ${DB_ID}`,
      `DescribeDBClusterSnapshots ${WEST} ${CLUSTER_ID}`
    ])
    expect(result.copies).toEqual([
      {
        accountId: ACCOUNT,
        kind: 'db-instance',
        volumeId: 'orders',
        sourceRegion: EAST,
        sourceSnapshotId: DB_ID,
        region: WEST,
        snapshotId: DB_ID,
        state: 'available'
      },
      {
        accountId: ACCOUNT,
        kind: 'db-cluster',
        volumeId: 'ledger',
        sourceRegion: EAST,
        sourceSnapshotId: CLUSTER_ID,
        region: WEST,
        snapshotId: CLUSTER_ID,
        state: 'available'
      }
    ])
    expect(rds.dbIds(WEST)).toEqual([DB_ID])
    expect(rds.clusterIds(WEST)).toEqual([CLUSTER_ID])
    expect(writtenCopies()).toEqual({
      [`snapshot-metadata/db-instance/orders/${DB_ID}.json`]: [
        { region: WEST, snapshot_id: DB_ID, state: 'available' }
      ],
      [`snapshot-metadata/db-cluster/ledger/${CLUSTER_ID}.json`]: [
        { region: WEST, snapshot_id: CLUSTER_ID, state: 'available' }
      ]
    })
  })

  it('does not call RDS for an encrypted source when copy-kms-key names no key of the copy region, and says what to set', async () => {
    const rds = new FakeRds(m, [EAST, WEST], {
      now: () => clock.now(),
      encrypted: new Map([
        ['orders', SOURCE_KEY],
        ['ledger', SOURCE_KEY]
      ])
    })
    const result = await settle(
      clock,
      runBackup(config({ 'copy-kms-key': '' }), [m.target], clock, { workflow: WORKFLOW })
    )
    expect(m.rds[WEST]?.commandCalls(CopyDBSnapshotCommand)).toHaveLength(0)
    expect(m.rds[WEST]?.commandCalls(CopyDBClusterSnapshotCommand)).toHaveLength(0)
    const why = (id: string): string =>
      `snapshot ${id} is encrypted, and RDS copies an encrypted snapshot into another region only with a key of that region: add ${WEST}=KEY to copy-kms-key`
    expect(result.copyFailures).toEqual([
      `Copy of ${DB_ID} (DB instance orders) into ${WEST} failed: ${why(DB_ID)}`,
      `Copy of ${CLUSTER_ID} (DB cluster ledger) into ${WEST} failed: ${why(CLUSTER_ID)}`
    ])
    expect(rds.dbIds(EAST)).toEqual([DB_ID])
    expect(writtenCopies()[`snapshot-metadata/db-instance/orders/${DB_ID}.json`]).toEqual([
      { region: WEST, snapshot_id: null, state: 'failed', message: why(DB_ID) }
    ])
  })

  it('reports a refused copy per region, keeps the source with the failure in its metadata, fails the step after the rest, and the next run copies it', async () => {
    const rds = new FakeRds(m, [EAST, WEST], { now: () => clock.now(), encrypted: new Map([['orders', SOURCE_KEY]]) })
    rds.copyErrors.set(WEST, [
      awsError('KMSKeyNotAccessibleFault', 'The specified KMS key is not accessible'),
      awsError('SnapshotQuotaExceeded', 'Cannot create more than 100 manual snapshots')
    ])
    const kmsWhy = `the KMS key is not usable in ${WEST} (KMSKeyNotAccessibleFault: The specified KMS key is not accessible); check copy-kms-key and the key policy`
    const quotaWhy = `${WEST} refused the copy: the account's manual snapshot quota there is full, or too many copies into it are in progress (SnapshotQuotaExceeded: Cannot create more than 100 manual snapshots); the next run copies it`
    let stepError = ''
    await settle(
      clock,
      backupStep(config(), [m.target], clock, WORKFLOW).catch((err: unknown) => {
        stepError = (err as Error).message
      })
    )
    expect(stepError).toBe(
      `2 backups failed: Copy of ${DB_ID} (DB instance orders) into ${WEST} failed: ${kmsWhy}; Copy of ${CLUSTER_ID} (DB cluster ledger) into ${WEST} failed: ${quotaWhy}`
    )
    // Both sources are kept, their metadata written with the failed copy; the result JSON was written before the step failed.
    expect(rds.dbIds(EAST)).toEqual([DB_ID])
    expect(rds.clusterIds(EAST)).toEqual([CLUSTER_ID])
    expect(rds.dbIds(WEST)).toEqual([])
    expect(writtenCopies()).toEqual({
      [`snapshot-metadata/db-instance/orders/${DB_ID}.json`]: [
        { region: WEST, snapshot_id: null, state: 'failed', message: kmsWhy }
      ],
      [`snapshot-metadata/db-cluster/ledger/${CLUSTER_ID}.json`]: [
        { region: WEST, snapshot_id: null, state: 'failed', message: quotaWhy }
      ]
    })
    const resultJson = fs.readdirSync(workspace).filter((f) => f.endsWith('.summary.json'))
    expect(resultJson).toHaveLength(1)

    // A day later the next run copies its own snapshot and catches up with the one that was not copied.
    await clock.advance(DAY_MS)
    m.s3.resetHistory()
    m.rds[WEST]?.resetHistory()
    const next = await settle(clock, runBackup(config(), [m.target], clock, { workflow: WORKFLOW }))
    expect(next.failures).toEqual([])
    expect(next.copyFailures).toEqual([])
    const later = START + DAY_MS
    expect(m.rds[WEST]?.commandCalls(CopyDBSnapshotCommand).map((c) => c.args[0].input)).toEqual([
      {
        SourceRegion: EAST,
        KmsKeyId: KEY,
        Tags: copyTags(later, DB_ID_2, 'orders'),
        SourceDBSnapshotIdentifier: dbArn(DB_ID_2),
        TargetDBSnapshotIdentifier: DB_ID_2
      },
      {
        SourceRegion: EAST,
        KmsKeyId: KEY,
        Tags: copyTags(later, DB_ID, 'orders'),
        SourceDBSnapshotIdentifier: dbArn(DB_ID),
        TargetDBSnapshotIdentifier: DB_ID
      }
    ])
    expect(m.rds[WEST]?.commandCalls(CopyDBClusterSnapshotCommand).map((c) => c.args[0].input)).toEqual([
      {
        SourceRegion: EAST,
        Tags: copyTags(later, CLUSTER_ID_2, 'ledger'),
        SourceDBClusterSnapshotIdentifier: clusterArn(CLUSTER_ID_2),
        TargetDBClusterSnapshotIdentifier: CLUSTER_ID_2
      },
      {
        SourceRegion: EAST,
        Tags: copyTags(later, CLUSTER_ID, 'ledger'),
        SourceDBClusterSnapshotIdentifier: clusterArn(CLUSTER_ID),
        TargetDBClusterSnapshotIdentifier: CLUSTER_ID
      }
    ])
    expect(rds.dbIds(WEST)).toEqual([DB_ID, DB_ID_2])
    expect(rds.clusterIds(WEST)).toEqual([CLUSTER_ID, CLUSTER_ID_2])
    expect(next.copies?.map((c) => [c.sourceSnapshotId, c.region, c.snapshotId, c.state])).toEqual([
      [DB_ID_2, WEST, DB_ID_2, 'available'],
      [DB_ID, WEST, DB_ID, 'available'],
      [CLUSTER_ID_2, WEST, CLUSTER_ID_2, 'available'],
      [CLUSTER_ID, WEST, CLUSTER_ID, 'available']
    ])
    expect(next.notices).toBeUndefined()
  })

  it("records a catch-up copy in the earlier snapshot's own metadata document, changing nothing else, once", async () => {
    new FakeRds(m, [EAST, WEST], {
      now: () => clock.now(),
      encrypted: new Map([['orders', SOURCE_KEY]])
    }).copyErrors.set(WEST, [awsError('KMSKeyNotAccessibleFault', 'The specified KMS key is not accessible')])
    const orders = { ...config(), dbClusters: [] }
    await settle(clock, runBackup(orders, [m.target], clock, { workflow: WORKFLOW }))
    const key = `snapshot-metadata/db-instance/orders/${DB_ID}.json`
    const before = JSON.parse(bucket.get(key) ?? '{}') as Record<string, unknown>
    expect(before.copies).toEqual([
      {
        region: WEST,
        snapshot_id: null,
        state: 'failed',
        message: `the KMS key is not usable in ${WEST} (KMSKeyNotAccessibleFault: The specified KMS key is not accessible); check copy-kms-key and the key policy`
      }
    ])

    await clock.advance(DAY_MS)
    m.s3.resetHistory()
    const next = await settle(clock, runBackup(orders, [m.target], clock, { workflow: WORKFLOW }))
    expect(next.copyFailures).toEqual([])
    expect(next.notices).toBeUndefined()
    // The earlier document now records its copy; every other field is as the first run wrote it.
    expect(JSON.parse(bucket.get(key) ?? '{}')).toEqual({
      ...before,
      copies: [{ region: WEST, snapshot_id: DB_ID, state: 'available' }]
    })
    expect(
      m.s3
        .commandCalls(PutObjectCommand)
        .map((c) => c.args[0].input.Key)
        .sort()
    ).toEqual([`snapshot-metadata/db-instance/orders/${DB_ID_2}.json`, key].sort())

    // A third run finds both copies there: nothing to catch up, and the earlier document is not written again.
    await clock.advance(DAY_MS)
    m.s3.resetHistory()
    await settle(clock, runBackup(orders, [m.target], clock, { workflow: WORKFLOW }))
    expect(m.s3.commandCalls(PutObjectCommand).map((c) => c.args[0].input.Key)).toEqual([
      `snapshot-metadata/db-instance/orders/snapshot-hygiene-orders-20260303-060000-000.json`
    ])
  })
})
