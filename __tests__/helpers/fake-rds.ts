import {
  CreateDBClusterSnapshotCommand,
  CreateDBSnapshotCommand,
  DeleteDBClusterSnapshotCommand,
  DeleteDBSnapshotCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBClustersCommand,
  DescribeDBInstancesCommand,
  DescribeDBSnapshotsCommand,
  type DBClusterSnapshot,
  type DBSnapshot,
  type Filter
} from '@aws-sdk/client-rds'
import { awsError, type MockTarget } from './mock-target.js'

/** An RDS DB snapshot as DescribeDBSnapshots returns it. */
export function dbSnapshot(
  id: string,
  instance: string,
  created: Date,
  opts: { tags?: Record<string, string>; type?: string; status?: string; account?: string; region?: string } = {}
): DBSnapshot {
  const tags = opts.tags ?? { 'snapshot-hygiene:managed': 'true' }
  return {
    DBSnapshotIdentifier: id,
    DBSnapshotArn: `arn:aws:rds:${opts.region ?? 'us-east-1'}:${opts.account ?? '111122223333'}:snapshot:${id}`,
    DBInstanceIdentifier: instance,
    SnapshotType: opts.type ?? 'manual',
    Status: opts.status ?? 'available',
    SnapshotCreateTime: created,
    AllocatedStorage: 20,
    Encrypted: false,
    PercentProgress: 100,
    Engine: 'postgres',
    TagList: Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
  }
}

/** An Aurora DB cluster snapshot as DescribeDBClusterSnapshots returns it. */
export function clusterSnapshot(
  id: string,
  cluster: string,
  created: Date,
  opts: { tags?: Record<string, string>; type?: string; status?: string; account?: string; region?: string } = {}
): DBClusterSnapshot {
  const tags = opts.tags ?? { 'snapshot-hygiene:managed': 'true' }
  return {
    DBClusterSnapshotIdentifier: id,
    DBClusterSnapshotArn: `arn:aws:rds:${opts.region ?? 'us-east-1'}:${opts.account ?? '111122223333'}:cluster-snapshot:${id}`,
    DBClusterIdentifier: cluster,
    SnapshotType: opts.type ?? 'manual',
    Status: opts.status ?? 'available',
    SnapshotCreateTime: created,
    AllocatedStorage: 1,
    StorageEncrypted: false,
    PercentProgress: 100,
    Engine: 'aurora-postgresql',
    TagList: Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
  }
}

function filterValues(filters: readonly Filter[] | undefined, name: string): string[] | null {
  const f = filters?.find((x) => x.Name === name)
  return f === undefined ? null : (f.Values ?? [])
}

/**
 * A small RDS (per region) behind the mock target's stubs: DB and cluster snapshots, the calls made, and errors to
 * inject per snapshot identifier (deletes) or per region (listings).
 */
export class FakeRds {
  readonly db: Record<string, Map<string, DBSnapshot>>
  readonly clusters: Record<string, Map<string, DBClusterSnapshot>>
  readonly log: string[] = []
  /** Errors thrown by DeleteDBSnapshot or DeleteDBClusterSnapshot of an identifier, one per call, in order. */
  readonly deleteErrors = new Map<string, Error[]>()
  /** Errors thrown by the snapshot listings of a region. */
  readonly listErrors = new Map<string, Error>()
  /** Errors thrown by CreateDBSnapshot or CreateDBClusterSnapshot of a source, one per call, in order. */
  readonly createErrors = new Map<string, Error[]>()

  constructor(
    readonly m: MockTarget,
    readonly regions: readonly string[]
  ) {
    this.db = Object.fromEntries(regions.map((r) => [r, new Map()]))
    this.clusters = Object.fromEntries(regions.map((r) => [r, new Map()]))
    for (const region of regions) {
      const rds = m.rds[region]
      rds?.on(DescribeDBSnapshotsCommand).callsFake((input: { SnapshotType?: string; Filters?: Filter[] }) => {
        this.log.push(`DescribeDBSnapshots ${region} ${input.SnapshotType ?? ''}`)
        const failure = this.listErrors.get(region)
        if (failure) throw failure
        const ids = filterValues(input.Filters, 'db-instance-id')
        return {
          DBSnapshots: [...(this.db[region]?.values() ?? [])].filter(
            (s) =>
              (input.SnapshotType === undefined || s.SnapshotType === input.SnapshotType) &&
              (ids === null || ids.includes(s.DBInstanceIdentifier ?? ''))
          )
        }
      })
      rds?.on(DescribeDBClusterSnapshotsCommand).callsFake((input: { SnapshotType?: string; Filters?: Filter[] }) => {
        this.log.push(`DescribeDBClusterSnapshots ${region} ${input.SnapshotType ?? ''}`)
        const failure = this.listErrors.get(region)
        if (failure) throw failure
        const ids = filterValues(input.Filters, 'db-cluster-id')
        return {
          DBClusterSnapshots: [...(this.clusters[region]?.values() ?? [])].filter(
            (s) =>
              (input.SnapshotType === undefined || s.SnapshotType === input.SnapshotType) &&
              (ids === null || ids.includes(s.DBClusterIdentifier ?? ''))
          )
        }
      })
      rds?.on(DeleteDBSnapshotCommand).callsFake((input: { DBSnapshotIdentifier: string }) => {
        this.log.push(`DeleteDBSnapshot ${region} ${input.DBSnapshotIdentifier}`)
        const err = this.deleteErrors.get(input.DBSnapshotIdentifier)?.shift()
        if (err) throw err
        if (!this.db[region]?.delete(input.DBSnapshotIdentifier)) throw awsError('DBSnapshotNotFoundFault')
        return {}
      })
      rds?.on(DeleteDBClusterSnapshotCommand).callsFake((input: { DBClusterSnapshotIdentifier: string }) => {
        this.log.push(`DeleteDBClusterSnapshot ${region} ${input.DBClusterSnapshotIdentifier}`)
        const err = this.deleteErrors.get(input.DBClusterSnapshotIdentifier)?.shift()
        if (err) throw err
        if (!this.clusters[region]?.delete(input.DBClusterSnapshotIdentifier))
          throw awsError('DBClusterSnapshotNotFoundFault')
        return {}
      })
      rds?.on(DescribeDBInstancesCommand).callsFake((input: { DBInstanceIdentifier: string }) => ({
        DBInstances: [
          {
            DBInstanceIdentifier: input.DBInstanceIdentifier,
            Engine: 'postgres',
            DBInstanceClass: 'db.t3.micro',
            AllocatedStorage: 20,
            DBInstanceStatus: 'available'
          }
        ]
      }))
      rds?.on(DescribeDBClustersCommand).callsFake((input: { DBClusterIdentifier: string }) => ({
        DBClusters: [
          { DBClusterIdentifier: input.DBClusterIdentifier, Engine: 'aurora-postgresql', Status: 'available' }
        ]
      }))
      rds
        ?.on(CreateDBSnapshotCommand)
        .callsFake(
          (input: {
            DBSnapshotIdentifier: string
            DBInstanceIdentifier: string
            Tags?: { Key: string; Value: string }[]
          }) => {
            this.log.push(`CreateDBSnapshot ${region} ${input.DBInstanceIdentifier}`)
            const err = this.createErrors.get(input.DBInstanceIdentifier)?.shift()
            if (err) throw err
            const s = {
              ...dbSnapshot(input.DBSnapshotIdentifier, input.DBInstanceIdentifier, new Date(0), { region }),
              Status: 'available',
              TagList: input.Tags ?? []
            }
            this.db[region]?.set(input.DBSnapshotIdentifier, s)
            return { DBSnapshot: s }
          }
        )
      rds
        ?.on(CreateDBClusterSnapshotCommand)
        .callsFake(
          (input: {
            DBClusterSnapshotIdentifier: string
            DBClusterIdentifier: string
            Tags?: { Key: string; Value: string }[]
          }) => {
            this.log.push(`CreateDBClusterSnapshot ${region} ${input.DBClusterIdentifier}`)
            const err = this.createErrors.get(input.DBClusterIdentifier)?.shift()
            if (err) throw err
            const s = {
              ...clusterSnapshot(input.DBClusterSnapshotIdentifier, input.DBClusterIdentifier, new Date(0), { region }),
              TagList: input.Tags ?? []
            }
            this.clusters[region]?.set(input.DBClusterSnapshotIdentifier, s)
            return { DBClusterSnapshot: s }
          }
        )
    }
  }

  addDb(region: string, s: DBSnapshot): string {
    this.db[region]?.set(s.DBSnapshotIdentifier ?? '', s)
    return s.DBSnapshotIdentifier ?? ''
  }

  addCluster(region: string, s: DBClusterSnapshot): string {
    this.clusters[region]?.set(s.DBClusterSnapshotIdentifier ?? '', s)
    return s.DBClusterSnapshotIdentifier ?? ''
  }

  dbIds(region: string): string[] {
    return [...(this.db[region]?.keys() ?? [])].sort()
  }

  clusterIds(region: string): string[] {
    return [...(this.clusters[region]?.keys() ?? [])].sort()
  }
}
