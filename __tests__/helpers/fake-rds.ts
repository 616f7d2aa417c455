import {
  CopyDBClusterSnapshotCommand,
  CopyDBSnapshotCommand,
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
  type Filter,
  type Tag
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

/** What the snapshot listings read: the type and the source filter. */
interface DescribeInput {
  SnapshotType?: string
  Filters?: Filter[]
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
  /** Errors thrown by CopyDBSnapshot or CopyDBClusterSnapshot called in a region, one per call, in order. */
  readonly copyErrors = new Map<string, Error[]>()

  constructor(
    readonly m: MockTarget,
    readonly regions: readonly string[],
    /** When new snapshots are made (epoch 0 by default), and the sources whose storage is encrypted (with which key). */
    readonly opts: { now?: () => Date; encrypted?: ReadonlyMap<string, string> } = {}
  ) {
    this.db = Object.fromEntries(regions.map((r) => [r, new Map()]))
    this.clusters = Object.fromEntries(regions.map((r) => [r, new Map()]))
    for (const region of regions) {
      const rds = m.rds[region]
      if (rds === undefined) continue
      rds.on(DescribeDBSnapshotsCommand).callsFake((input: DescribeInput & { DBSnapshotIdentifier?: string }) => {
        this.log.push(`DescribeDBSnapshots ${region} ${input.SnapshotType ?? input.DBSnapshotIdentifier ?? ''}`)
        const failure = this.listErrors.get(region)
        if (failure) throw failure
        if (input.DBSnapshotIdentifier !== undefined) {
          const one = this.db[region]?.get(input.DBSnapshotIdentifier)
          if (one === undefined) throw awsError('DBSnapshotNotFoundFault')
          return { DBSnapshots: [one] }
        }
        const ids = filterValues(input.Filters, 'db-instance-id')
        return {
          DBSnapshots: [...(this.db[region]?.values() ?? [])].filter(
            (s) =>
              (input.SnapshotType === undefined || s.SnapshotType === input.SnapshotType) &&
              (ids === null || ids.includes(s.DBInstanceIdentifier ?? ''))
          )
        }
      })
      rds
        .on(DescribeDBClusterSnapshotsCommand)
        .callsFake((input: DescribeInput & { DBClusterSnapshotIdentifier?: string }) => {
          this.log.push(
            `DescribeDBClusterSnapshots ${region} ${input.SnapshotType ?? input.DBClusterSnapshotIdentifier ?? ''}`
          )
          const failure = this.listErrors.get(region)
          if (failure) throw failure
          if (input.DBClusterSnapshotIdentifier !== undefined) {
            const one = this.clusters[region]?.get(input.DBClusterSnapshotIdentifier)
            if (one === undefined) throw awsError('DBClusterSnapshotNotFoundFault')
            return { DBClusterSnapshots: [one] }
          }
          const ids = filterValues(input.Filters, 'db-cluster-id')
          return {
            DBClusterSnapshots: [...(this.clusters[region]?.values() ?? [])].filter(
              (s) =>
                (input.SnapshotType === undefined || s.SnapshotType === input.SnapshotType) &&
                (ids === null || ids.includes(s.DBClusterIdentifier ?? ''))
            )
          }
        })
      rds.on(DeleteDBSnapshotCommand).callsFake((input: { DBSnapshotIdentifier: string }) => {
        this.log.push(`DeleteDBSnapshot ${region} ${input.DBSnapshotIdentifier}`)
        const err = this.deleteErrors.get(input.DBSnapshotIdentifier)?.shift()
        if (err) throw err
        if (!this.db[region]?.delete(input.DBSnapshotIdentifier)) throw awsError('DBSnapshotNotFoundFault')
        return {}
      })
      rds.on(DeleteDBClusterSnapshotCommand).callsFake((input: { DBClusterSnapshotIdentifier: string }) => {
        this.log.push(`DeleteDBClusterSnapshot ${region} ${input.DBClusterSnapshotIdentifier}`)
        const err = this.deleteErrors.get(input.DBClusterSnapshotIdentifier)?.shift()
        if (err) throw err
        if (!this.clusters[region]?.delete(input.DBClusterSnapshotIdentifier))
          throw awsError('DBClusterSnapshotNotFoundFault')
        return {}
      })
      rds.on(DescribeDBInstancesCommand).callsFake((input: { DBInstanceIdentifier: string }) => ({
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
      rds.on(DescribeDBClustersCommand).callsFake((input: { DBClusterIdentifier: string }) => ({
        DBClusters: [
          { DBClusterIdentifier: input.DBClusterIdentifier, Engine: 'aurora-postgresql', Status: 'available' }
        ]
      }))
      rds
        .on(CreateDBSnapshotCommand)
        .callsFake(
          (input: {
            DBSnapshotIdentifier: string
            DBInstanceIdentifier: string
            Tags?: { Key: string; Value: string }[]
          }) => {
            this.log.push(`CreateDBSnapshot ${region} ${input.DBInstanceIdentifier}`)
            const err = this.createErrors.get(input.DBInstanceIdentifier)?.shift()
            if (err) throw err
            const key = this.opts.encrypted?.get(input.DBInstanceIdentifier)
            const s = {
              ...dbSnapshot(input.DBSnapshotIdentifier, input.DBInstanceIdentifier, this.now(), { region }),
              Status: 'available',
              TagList: input.Tags ?? [],
              ...(key === undefined ? {} : { Encrypted: true, KmsKeyId: key })
            }
            this.db[region]?.set(input.DBSnapshotIdentifier, s)
            return { DBSnapshot: s }
          }
        )
      rds
        .on(CreateDBClusterSnapshotCommand)
        .callsFake(
          (input: {
            DBClusterSnapshotIdentifier: string
            DBClusterIdentifier: string
            Tags?: { Key: string; Value: string }[]
          }) => {
            this.log.push(`CreateDBClusterSnapshot ${region} ${input.DBClusterIdentifier}`)
            const err = this.createErrors.get(input.DBClusterIdentifier)?.shift()
            if (err) throw err
            const key = this.opts.encrypted?.get(input.DBClusterIdentifier)
            const s = {
              ...clusterSnapshot(input.DBClusterSnapshotIdentifier, input.DBClusterIdentifier, this.now(), { region }),
              TagList: input.Tags ?? [],
              ...(key === undefined ? {} : { StorageEncrypted: true, KmsKeyId: key })
            }
            this.clusters[region]?.set(input.DBClusterSnapshotIdentifier, s)
            return { DBClusterSnapshot: s }
          }
        )
      this.copies(region, rds)
    }
  }

  private now(): Date {
    return this.opts.now?.() ?? new Date(0)
  }

  /**
   * CopyDBSnapshot and CopyDBClusterSnapshot called in `region`, as RDS documents them: the source named by its ARN
   * (another region's snapshot), a copy keeping the source's DB identifier and the target identifier, `creating`
   * when answered and `available` when described next. An encrypted source copied into another region without
   * KmsKeyId is refused, and so is an unencrypted cluster snapshot with one (the error codes are this fake's).
   */
  private copies(region: string, rds: NonNullable<MockTarget['rds'][string]>): void {
    const source = (arn: string): { region: string; id: string } => {
      const parts = arn.split(':')
      return { region: parts[3] ?? '', id: parts.slice(6).join(':') }
    }
    rds
      .on(CopyDBSnapshotCommand)
      .callsFake(
        (input: {
          SourceDBSnapshotIdentifier: string
          TargetDBSnapshotIdentifier: string
          SourceRegion?: string
          KmsKeyId?: string
          Tags?: Tag[]
        }) => {
          this.log.push(`CopyDBSnapshot ${region} ${input.TargetDBSnapshotIdentifier}`)
          const err = this.copyErrors.get(region)?.shift()
          if (err) throw err
          const from = source(input.SourceDBSnapshotIdentifier)
          const s = this.db[from.region]?.get(from.id)
          if (s === undefined || input.SourceRegion !== from.region) throw awsError('DBSnapshotNotFoundFault')
          if (s.Encrypted === true && input.KmsKeyId === undefined)
            throw awsError(
              'InvalidParameterCombination',
              'an encrypted snapshot copied to another region needs KmsKeyId'
            )
          if (this.db[region]?.has(input.TargetDBSnapshotIdentifier)) throw awsError('DBSnapshotAlreadyExists')
          const copy: DBSnapshot = {
            ...s,
            DBSnapshotIdentifier: input.TargetDBSnapshotIdentifier,
            DBSnapshotArn: `arn:aws:rds:${region}:${this.m.target.accountId}:snapshot:${input.TargetDBSnapshotIdentifier}`,
            SnapshotCreateTime: this.now(),
            Status: 'available',
            TagList: input.Tags ?? [],
            Encrypted: s.Encrypted === true || input.KmsKeyId !== undefined,
            KmsKeyId: input.KmsKeyId ?? s.KmsKeyId
          }
          this.db[region]?.set(input.TargetDBSnapshotIdentifier, copy)
          return { DBSnapshot: { ...copy, Status: 'creating' } }
        }
      )
    rds
      .on(CopyDBClusterSnapshotCommand)
      .callsFake(
        (input: {
          SourceDBClusterSnapshotIdentifier: string
          TargetDBClusterSnapshotIdentifier: string
          SourceRegion?: string
          KmsKeyId?: string
          Tags?: Tag[]
        }) => {
          this.log.push(`CopyDBClusterSnapshot ${region} ${input.TargetDBClusterSnapshotIdentifier}`)
          const err = this.copyErrors.get(region)?.shift()
          if (err) throw err
          const from = source(input.SourceDBClusterSnapshotIdentifier)
          const s = this.clusters[from.region]?.get(from.id)
          if (s === undefined || input.SourceRegion !== from.region) throw awsError('DBClusterSnapshotNotFoundFault')
          if (s.StorageEncrypted === true && input.KmsKeyId === undefined)
            throw awsError(
              'InvalidParameterCombination',
              'an encrypted snapshot copied to another region needs KmsKeyId'
            )
          if (s.StorageEncrypted !== true && input.KmsKeyId !== undefined)
            throw awsError(
              'InvalidParameterCombination',
              'an unencrypted DB cluster snapshot cannot be copied with KmsKeyId'
            )
          if (this.clusters[region]?.has(input.TargetDBClusterSnapshotIdentifier))
            throw awsError('DBClusterSnapshotAlreadyExistsFault')
          const copy: DBClusterSnapshot = {
            ...s,
            DBClusterSnapshotIdentifier: input.TargetDBClusterSnapshotIdentifier,
            DBClusterSnapshotArn: `arn:aws:rds:${region}:${this.m.target.accountId}:cluster-snapshot:${input.TargetDBClusterSnapshotIdentifier}`,
            SnapshotCreateTime: this.now(),
            Status: 'available',
            TagList: input.Tags ?? [],
            KmsKeyId: input.KmsKeyId ?? s.KmsKeyId
          }
          this.clusters[region]?.set(input.TargetDBClusterSnapshotIdentifier, copy)
          return { DBClusterSnapshot: { ...copy, Status: 'creating' } }
        }
      )
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
