/** The RDS DB instance kind: manual DB snapshots. */
import {
  CreateDBSnapshotCommand,
  DeleteDBSnapshotCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotsCommand,
  paginateDescribeDBSnapshots,
  type DBSnapshot,
  type RDSClient
} from '@aws-sdk/client-rds'
import { errorCode } from '../errors.js'
import { sdkAttempts } from './kind.js'
import { RDS_PAGE_SIZE, dbSnapshotRecord } from '../listers/rds.js'
import { tagList, tagMap } from '../tags.js'
import { rdsKind, type RdsApi, type RdsCodes, type RdsSnapshot } from './rds.js'

/** RDS's error codes for DB snapshots, as code and as the SDK's shape name. */
export const DB_INSTANCE_CODES: RdsCodes = {
  notFound: ['DBSnapshotNotFound', 'DBSnapshotNotFoundFault'],
  invalidState: ['InvalidDBSnapshotState', 'InvalidDBSnapshotStateFault'],
  sourceBusy: ['InvalidDBInstanceState', 'InvalidDBInstanceStateFault']
}

const INSTANCE_NOT_FOUND = ['DBInstanceNotFound', 'DBInstanceNotFoundFault']

/** RDS accepts at most this many values in one filter. */
const FILTER_VALUES = 100

/** Maps an RDS DB snapshot to the fields the kinds use. */
export function dbSnapshotOf(s: DBSnapshot): RdsSnapshot {
  return {
    id: s.DBSnapshotIdentifier ?? '',
    arn: s.DBSnapshotArn ?? null,
    sourceId: s.DBInstanceIdentifier ?? '',
    type: s.SnapshotType ?? '',
    status: s.Status ?? 'unknown',
    createdAt: s.SnapshotCreateTime ?? null,
    percentProgress: s.PercentProgress ?? null,
    allocatedStorageGib: s.AllocatedStorage ?? 0,
    encrypted: s.Encrypted ?? false,
    kmsKeyId: s.KmsKeyId ?? null,
    engine: s.Engine ?? null,
    engineVersion: s.EngineVersion ?? null,
    tags: tagMap(s.TagList),
    record: (accountId, region) => dbSnapshotRecord(s, accountId, region)
  }
}

const api: RdsApi = {
  async *listManual(rds: RDSClient, sourceIds) {
    const chunks: (string[] | undefined)[] = []
    if (sourceIds === undefined) chunks.push(undefined)
    else for (let i = 0; i < sourceIds.length; i += FILTER_VALUES) chunks.push(sourceIds.slice(i, i + FILTER_VALUES))
    for (const chunk of chunks) {
      const input = {
        SnapshotType: 'manual',
        ...(chunk === undefined ? {} : { Filters: [{ Name: 'db-instance-id', Values: chunk }] })
      }
      for await (const page of paginateDescribeDBSnapshots({ client: rds, pageSize: RDS_PAGE_SIZE }, input))
        yield (page.DBSnapshots ?? []).map(dbSnapshotOf)
    }
  },
  async describeSnapshot(rds, snapshotId) {
    try {
      const out = await rds.send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: snapshotId }))
      const found = out.DBSnapshots?.find((s) => s.DBSnapshotIdentifier === snapshotId)
      return found === undefined ? null : dbSnapshotOf(found)
    } catch (err) {
      if (DB_INSTANCE_CODES.notFound.includes(errorCode(err))) return null
      throw err
    }
  },
  async createSnapshot(rds, snapshotId, sourceId, tags) {
    const out = await rds.send(
      new CreateDBSnapshotCommand({
        DBSnapshotIdentifier: snapshotId,
        DBInstanceIdentifier: sourceId,
        Tags: tagList(tags)
      })
    )
    return dbSnapshotOf(out.DBSnapshot ?? { DBSnapshotIdentifier: snapshotId, DBInstanceIdentifier: sourceId })
  },
  async deleteSnapshot(rds, snapshotId) {
    const out = await rds.send(new DeleteDBSnapshotCommand({ DBSnapshotIdentifier: snapshotId }))
    return sdkAttempts(out)
  },
  async describeSource(rds, id, region) {
    try {
      const out = await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: id }))
      const db = out.DBInstances?.find((d) => d.DBInstanceIdentifier === id)
      if (db === undefined) return null
      return {
        id,
        arn: db.DBInstanceArn ?? null,
        region,
        engine: db.Engine ?? null,
        engineVersion: db.EngineVersion ?? null,
        status: db.DBInstanceStatus ?? null,
        instanceClass: db.DBInstanceClass ?? null,
        allocatedStorageGib: db.AllocatedStorage ?? null,
        encrypted: db.StorageEncrypted ?? null,
        kmsKeyId: db.KmsKeyId ?? null,
        multiAz: db.MultiAZ ?? null,
        tags: tagMap(db.TagList)
      }
    } catch (err) {
      if (INSTANCE_NOT_FOUND.includes(errorCode(err))) return null
      throw err
    }
  }
}

/** The RDS DB instance kind. */
export const dbInstanceKind = rdsKind({
  name: 'db-instance',
  service: 'rds',
  noun: 'DB instance',
  input: 'db-instance',
  deleteOperation: 'DeleteDBSnapshot',
  listOperation: 'DescribeDBSnapshots',
  listLabel: 'managed RDS DB snapshots',
  api,
  codes: DB_INSTANCE_CODES
})
