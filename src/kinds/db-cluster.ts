/** The Aurora DB cluster kind: manual DB cluster snapshots. */
import {
  CreateDBClusterSnapshotCommand,
  DeleteDBClusterSnapshotCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBClustersCommand,
  paginateDescribeDBClusterSnapshots,
  type DBClusterSnapshot,
  type RDSClient
} from '@aws-sdk/client-rds'
import { errorCode } from '../errors.js'
import { sdkAttempts } from './kind.js'
import { RDS_PAGE_SIZE, clusterSnapshotRecord } from '../listers/rds.js'
import { tagList, tagMap } from '../tags.js'
import { rdsKind, type RdsApi, type RdsCodes, type RdsSnapshot } from './rds.js'

/** RDS's error codes for DB cluster snapshots, as code and as the SDK's shape name. */
export const DB_CLUSTER_CODES: RdsCodes = {
  notFound: ['DBClusterSnapshotNotFoundFault', 'DBClusterSnapshotNotFound'],
  invalidState: ['InvalidDBClusterSnapshotStateFault', 'InvalidDBClusterSnapshotState', 'InvalidDBSnapshotState'],
  sourceBusy: ['InvalidDBClusterStateFault', 'InvalidDBClusterState']
}

const CLUSTER_NOT_FOUND = ['DBClusterNotFoundFault', 'DBClusterNotFound']

/** RDS accepts at most this many values in one filter. */
const FILTER_VALUES = 100

/** Maps an RDS DB cluster snapshot to the fields the kinds use. */
export function clusterSnapshotOf(s: DBClusterSnapshot): RdsSnapshot {
  return {
    id: s.DBClusterSnapshotIdentifier ?? '',
    arn: s.DBClusterSnapshotArn ?? null,
    sourceId: s.DBClusterIdentifier ?? '',
    type: s.SnapshotType ?? '',
    status: s.Status ?? 'unknown',
    createdAt: s.SnapshotCreateTime ?? null,
    percentProgress: s.PercentProgress ?? null,
    allocatedStorageGib: s.AllocatedStorage ?? 0,
    encrypted: s.StorageEncrypted ?? false,
    kmsKeyId: s.KmsKeyId ?? null,
    engine: s.Engine ?? null,
    engineVersion: s.EngineVersion ?? null,
    tags: tagMap(s.TagList),
    record: (accountId, region) => clusterSnapshotRecord(s, accountId, region)
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
        ...(chunk === undefined ? {} : { Filters: [{ Name: 'db-cluster-id', Values: chunk }] })
      }
      for await (const page of paginateDescribeDBClusterSnapshots({ client: rds, pageSize: RDS_PAGE_SIZE }, input))
        yield (page.DBClusterSnapshots ?? []).map(clusterSnapshotOf)
    }
  },
  async describeSnapshot(rds, snapshotId) {
    try {
      const out = await rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: snapshotId }))
      const found = out.DBClusterSnapshots?.find((s) => s.DBClusterSnapshotIdentifier === snapshotId)
      return found === undefined ? null : clusterSnapshotOf(found)
    } catch (err) {
      if (DB_CLUSTER_CODES.notFound.includes(errorCode(err))) return null
      throw err
    }
  },
  async createSnapshot(rds, snapshotId, sourceId, tags) {
    const out = await rds.send(
      new CreateDBClusterSnapshotCommand({
        DBClusterSnapshotIdentifier: snapshotId,
        DBClusterIdentifier: sourceId,
        Tags: tagList(tags)
      })
    )
    return clusterSnapshotOf(
      out.DBClusterSnapshot ?? { DBClusterSnapshotIdentifier: snapshotId, DBClusterIdentifier: sourceId }
    )
  },
  async deleteSnapshot(rds, snapshotId) {
    const out = await rds.send(new DeleteDBClusterSnapshotCommand({ DBClusterSnapshotIdentifier: snapshotId }))
    return sdkAttempts(out)
  },
  async describeSource(rds, id, region) {
    try {
      const out = await rds.send(new DescribeDBClustersCommand({ DBClusterIdentifier: id }))
      const c = out.DBClusters?.find((d) => d.DBClusterIdentifier === id)
      if (c === undefined) return null
      return {
        id,
        arn: c.DBClusterArn ?? null,
        region,
        engine: c.Engine ?? null,
        engineVersion: c.EngineVersion ?? null,
        status: c.Status ?? null,
        instanceClass: c.DBClusterInstanceClass ?? null,
        allocatedStorageGib: c.AllocatedStorage ?? null,
        encrypted: c.StorageEncrypted ?? null,
        kmsKeyId: c.KmsKeyId ?? null,
        multiAz: c.MultiAZ ?? null,
        tags: tagMap(c.TagList)
      }
    } catch (err) {
      if (CLUSTER_NOT_FOUND.includes(errorCode(err))) return null
      throw err
    }
  }
}

/** The Aurora DB cluster kind. */
export const dbClusterKind = rdsKind({
  name: 'db-cluster',
  service: 'rds-cluster',
  noun: 'DB cluster',
  input: 'db-cluster',
  deleteOperation: 'DeleteDBClusterSnapshot',
  listOperation: 'DescribeDBClusterSnapshots',
  listLabel: 'managed Aurora DB cluster snapshots',
  api,
  codes: DB_CLUSTER_CODES
})
