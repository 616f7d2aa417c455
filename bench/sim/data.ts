/** A deterministic generated AWS account: snapshots are computed from their index, so a million cost almost no memory. */
import { Collection } from './collection.js'
import {
  clusterSegment,
  dbSegment,
  ebsSegment,
  encodeId,
  managedSegment,
  recoveryPointSegment,
  uuidFrom,
  vaultInfo,
  type GenContext,
  type ManagedBlock
} from './gen.js'
import { hashString, unit } from './prng.js'
import type {
  BackupVault,
  DbClusterSnapshot,
  DbSnapshot,
  EbsSnapshot,
  RecoveryPoint,
  SimRegionSettings,
  SimSnapshotLock,
  SimVolume
} from './types.js'

export {
  minimumCalls,
  organizationMinimumCalls,
  type MinimumCalls,
  type MinimumCallsOptions,
  type OrganizationMinimum
} from './minimum.js'
export type {
  BackupVault,
  DbClusterSnapshot,
  DbSnapshot,
  EbsSnapshot,
  RdsSnapshotType,
  RecoveryPoint,
  SimVolume
} from './types.js'

/** The 17 regions enabled by default in every account. */
export const DEFAULT_REGIONS: readonly string[] = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'sa-east-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-north-1',
  'ap-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-southeast-1',
  'ap-southeast-2'
]

/** Managed snapshots for prune benchmarks, split evenly over `regions` (or the one `region`). */
export interface ManagedOptions {
  count: number
  region?: string
  regions?: readonly string[]
  /** Fraction (from the start of each region's block) already past snapshot-hygiene:expires-at; default 1. */
  expiredFraction?: number
  /** Snapshots per volume; default 4. */
  perVolume?: number
  /** Days between a snapshot and its expiry; default 30. */
  retentionDays?: number
  /** Volume size in GiB of every snapshot; default a seeded size from 8 to 500. */
  volumeGib?: number
}

/** What to generate. Counts are account totals, spread unevenly over the regions. */
export interface AccountOptions {
  accountId?: string
  regions?: readonly string[]
  ebs?: number
  rds?: number
  rdsCluster?: number
  efs?: number
  /** Share of every kind held by the primary region; default 0.6. */
  skew?: number
  /** Region holding the `skew` share; default the first region. */
  primaryRegion?: string
  seed?: number
  /** Reference time for ages and expiries (ms or Date); default now. */
  now?: number | Date
  /** Backup vaults per region; default 2 (`Default` holds 70% of the region's recovery points). */
  vaultsPerRegion?: number
  /** Fraction of RDS snapshots made by AWS Backup (SnapshotType awsbackup); default 0.1. */
  rdsAwsBackupFraction?: number
  managed?: ManagedOptions | readonly ManagedOptions[]
}

/** One backup vault and its recovery points. */
export interface VaultData {
  vault: BackupVault
  points: Collection<RecoveryPoint>
}

/** Everything one region holds. */
export interface RegionData {
  ctx: GenContext
  ebs: Collection<EbsSnapshot>
  db: Collection<DbSnapshot>
  cluster: Collection<DbClusterSnapshot>
  vaults: Map<string, VaultData>
}

/** Splits `total` over `n` slots: `skew` of it to slot `primary` (none if out of range), the rest by seeded uneven weights. */
export function distribute(total: number, n: number, primary: number, skew: number, seed: number): number[] {
  if (n <= 0) return []
  const hasPrimary = primary >= 0 && primary < n
  const head = !hasPrimary ? 0 : n === 1 ? total : Math.round(total * skew)
  const weights = Array.from({ length: n }, (_, j) => (hasPrimary && j === primary ? 0 : 0.3 + unit(seed, 91, j)))
  const sum = weights.reduce((a, b) => a + b, 0)
  const raw = weights.map((w) => (sum === 0 ? 0 : ((total - head) * w) / sum))
  const counts = raw.map((r, j) => Math.floor(r) + (hasPrimary && j === primary ? head : 0))
  let left = total - counts.reduce((a, b) => a + b, 0)
  const order = raw.map((r, j) => [r - Math.floor(r), j] as const).sort((a, b) => b[0] - a[0])
  for (const [, j] of order) {
    if (left <= 0) break
    counts[j] = (counts[j] ?? 0) + 1
    left--
  }
  return counts
}

/** Turns a snapshot made while the simulator runs completed once its time has come; answers the snapshot. */
export function settleEbs(s: EbsSnapshot, at: number): EbsSnapshot {
  if (s.completesAt !== undefined && s.state === 'pending' && at >= s.completesAt) {
    s.state = 'completed'
    s.progress = '100%'
  }
  return s
}

/** Turns an RDS copy made while the simulator runs available once its time has come; answers the snapshot. */
export function settleDb(s: DbSnapshot, at: number): DbSnapshot {
  if (s.completesAt !== undefined && s.status === 'creating' && at >= s.completesAt) s.status = 'available'
  return s
}

/** A lock's state at a time: its mode until it expires, then expired. */
export function lockStateAt(lock: SimSnapshotLock, at: number): 'governance' | 'compliance' | 'expired' {
  return lock.expiresOn.getTime() <= at ? 'expired' : lock.mode
}

/** A generated account plus explicit additions and deletions. */
export class SimAccount {
  private explicitCount = 0
  /** Snapshot locks per region, by snapshot id. */
  private readonly locks = new Map<string, Map<string, SimSnapshotLock>>()
  private readonly settings = new Map<string, SimRegionSettings>()
  /** The time locks are judged at (and new locks start); the generation time unless set. */
  private clockMs: number | null = null
  /** EBS volumes per region, in the order they were added (DescribeVolumes lists them so). */
  private readonly volumeLists = new Map<string, SimVolume[]>()
  private readonly volumeIndex = new Map<string, SimVolume>()
  /** When the last CreateSnapshot of each volume arrived (epoch ms), by `region/volumeId`: EBS's per-volume rate. */
  readonly lastSnapshotOfVolume = new Map<string, number>()
  /** Copies still pending per destination region (EBS and RDS apart: `ebs/region`, `rds/region`). */
  readonly copiesInFlight = new Map<string, { done: () => boolean }[]>()
  /** Refusals the handlers answered by error code (SnapshotCreationPerVolumeRateExceeded, ResourceLimitExceeded, ...). */
  readonly refusals = new Map<string, number>()
  /** S3 objects written (PutObject), by `bucket/key`: the body's length in bytes. */
  readonly objects = new Map<string, number>()
  /**
   * How long a snapshot made while the simulator runs stays pending (CreateSnapshot) and a copy stays pending
   * (CopySnapshot, CopyDBSnapshot), in ms; 0 (the default) makes them complete at once.
   */
  snapshotCompletionMs = 0
  copyCompletionMs = 0
  /** The wall clock (epoch ms) that starts and completes the snapshots made while the simulator runs; tests replace it. */
  wallClock: () => number = () => Date.now()

  constructor(
    readonly accountId: string,
    readonly regions: readonly string[],
    readonly now: number,
    private readonly data: ReadonlyMap<string, RegionData>
  ) {}

  /** Whether the account has this region. */
  hasRegion(region: string): boolean {
    return this.data.has(region)
  }

  /** The region's collections; throws for a region the account does not have. */
  region(region: string): RegionData {
    const data = this.data.get(region)
    if (data === undefined) throw new Error(`unknown region ${region}`)
    return data
  }

  /** Adds an EBS snapshot; missing fields get defaults (a new id, a new volume, created now, 8 GiB, completed). */
  addEbsSnapshot(region: string, fields: Partial<EbsSnapshot> = {}): EbsSnapshot {
    const r = this.region(region)
    const n = this.explicitCount++
    return r.ebs.add({
      snapshotId: encodeId('snap', r.ctx, 0xe, n),
      volumeId: encodeId('vol', r.ctx, 0xe, n),
      state: 'completed',
      progress: '100%',
      startTime: new Date(this.now),
      volumeSize: 8,
      encrypted: false,
      kmsKeyId: null,
      storageTier: 'standard',
      ownerId: this.accountId,
      description: '',
      tags: {},
      public: false,
      ...fields
    })
  }

  /** Adds an RDS instance snapshot (manual unless `snapshotType` says otherwise). */
  addDbSnapshot(region: string, fields: Partial<DbSnapshot> = {}): DbSnapshot {
    const r = this.region(region)
    const identifier = fields.identifier ?? `explicit-${this.explicitCount++}`
    return r.db.add({
      identifier,
      arn: `arn:aws:rds:${region}:${this.accountId}:snapshot:${identifier}`,
      instanceId: 'db-explicit',
      createdAt: new Date(this.now),
      status: 'available',
      allocatedStorage: 20,
      encrypted: false,
      kmsKeyId: null,
      snapshotType: 'manual',
      engine: 'postgres',
      tags: {},
      ...fields
    })
  }

  /** Adds an Aurora cluster snapshot (manual unless `snapshotType` says otherwise). */
  addDbClusterSnapshot(region: string, fields: Partial<DbClusterSnapshot> = {}): DbClusterSnapshot {
    const r = this.region(region)
    const identifier = fields.identifier ?? `explicit-cluster-${this.explicitCount++}`
    return r.cluster.add({
      identifier,
      arn: `arn:aws:rds:${region}:${this.accountId}:cluster-snapshot:${identifier}`,
      clusterId: 'aurora-explicit',
      createdAt: new Date(this.now),
      status: 'available',
      allocatedStorage: 1,
      encrypted: false,
      kmsKeyId: null,
      snapshotType: 'manual',
      engine: 'aurora-postgresql',
      tags: {},
      ...fields
    })
  }

  /** Adds an empty backup vault, or returns the existing one of that name. */
  addBackupVault(region: string, name: string): BackupVault {
    const r = this.region(region)
    const existing = r.vaults.get(name)
    if (existing !== undefined) return existing.vault
    const vault = vaultInfo(r.ctx, name)
    r.vaults.set(name, { vault, points: new Collection<RecoveryPoint>([], (p) => p.recoveryPointArn) })
    return vault
  }

  /** Adds an EFS recovery point to a vault (created if missing). */
  addRecoveryPoint(region: string, vaultName: string, fields: Partial<RecoveryPoint> = {}): RecoveryPoint {
    const vault = this.addBackupVault(region, vaultName)
    const r = this.region(region)
    const n = this.explicitCount++
    return this.vault(region, vaultName).points.add({
      recoveryPointArn: `arn:aws:backup:${region}:${this.accountId}:recovery-point:${uuidFrom(r.ctx.seed, r.ctx.regionIndex, 0xe, n)}`,
      vaultName,
      resourceArn: `arn:aws:elasticfilesystem:${region}:${this.accountId}:file-system/fs-explicit${n}`,
      resourceType: 'EFS',
      creationDate: new Date(this.now),
      status: 'COMPLETED',
      backupSizeInBytes: 1024 ** 3,
      isEncrypted: true,
      encryptionKeyArn: vault.encryptionKeyArn,
      storageClass: 'WARM',
      deleteAt: null,
      moveToColdStorageAt: null,
      ...fields
    })
  }

  /** Deletes an EBS snapshot (and its lock); false when the region has no such snapshot. */
  deleteEbsSnapshot(region: string, snapshotId: string): boolean {
    this.locks.get(region)?.delete(snapshotId)
    return this.region(region).ebs.delete(snapshotId)
  }

  /** The time now for locks: the generation time unless {@link setTime} moved it. */
  time(): number {
    return this.clockMs ?? this.now
  }

  /** Moves the account's clock (locks expire against it), so that a test can run after a lock ends. */
  setTime(ms: number): void {
    this.clockMs = ms
  }

  /** Locks a snapshot for `days` from now, replacing any lock; throws for a snapshot the region does not have. */
  lockEbsSnapshot(region: string, snapshotId: string, mode: SimSnapshotLock['mode'], days: number): SimSnapshotLock {
    if (this.region(region).ebs.get(snapshotId) === undefined) throw new Error(`unknown snapshot ${snapshotId}`)
    const now = this.time()
    const lock = { mode, duration: days, createdOn: new Date(now), expiresOn: new Date(now + days * 86_400_000) }
    let regionLocks = this.locks.get(region)
    if (regionLocks === undefined) {
      regionLocks = new Map()
      this.locks.set(region, regionLocks)
    }
    regionLocks.set(snapshotId, lock)
    return lock
  }

  /** A snapshot's lock (expired or not), or undefined when it was never locked. */
  ebsLock(region: string, snapshotId: string): SimSnapshotLock | undefined {
    return this.locks.get(region)?.get(snapshotId)
  }

  /** Every lock of a region, by snapshot id, in the order they were made. */
  ebsLocks(region: string): [string, SimSnapshotLock][] {
    return [...(this.locks.get(region)?.entries() ?? [])]
  }

  /** A region's block public access and encryption-by-default settings (AWS's defaults unless set). */
  regionSettings(region: string): SimRegionSettings {
    this.region(region)
    return this.settings.get(region) ?? { blockPublicAccess: 'unblocked', encryptionByDefault: false }
  }

  /** Changes a region's settings. */
  setRegionSettings(region: string, change: Partial<SimRegionSettings>): void {
    this.settings.set(region, { ...this.regionSettings(region), ...change })
  }

  /** Adds an EBS volume; missing fields get defaults (a new id, 8 GiB gp3 in the region's zone a, created now). */
  addVolume(region: string, fields: Partial<SimVolume> = {}): SimVolume {
    const r = this.region(region)
    const volume: SimVolume = {
      volumeId: encodeId('vol', r.ctx, 0xd, this.explicitCount++),
      sizeGib: 8,
      availabilityZone: `${region}a`,
      volumeType: 'gp3',
      encrypted: false,
      createTime: new Date(this.now),
      tags: {},
      ...fields
    }
    const key = `${region}/${volume.volumeId}`
    if (this.volumeIndex.has(key)) throw new Error(`duplicate volume ${volume.volumeId}`)
    this.volumeIndex.set(key, volume)
    const list = this.volumeLists.get(region) ?? []
    list.push(volume)
    this.volumeLists.set(region, list)
    return volume
  }

  /** The volumes of a region, in the order they were added. */
  volumes(region: string): readonly SimVolume[] {
    this.region(region)
    return this.volumeLists.get(region) ?? []
  }

  /** One volume of a region, or undefined. */
  volume(region: string, volumeId: string): SimVolume | undefined {
    return this.volumeIndex.get(`${region}/${volumeId}`)
  }

  /** The EBS snapshots that currently exist in a region. */
  ebsSnapshots(region: string): EbsSnapshot[] {
    return this.region(region).ebs.all()
  }

  /** The RDS instance snapshots (all types) in a region. */
  dbSnapshots(region: string): DbSnapshot[] {
    return this.region(region).db.all()
  }

  /** The Aurora cluster snapshots (all types) in a region. */
  dbClusterSnapshots(region: string): DbClusterSnapshot[] {
    return this.region(region).cluster.all()
  }

  /** The backup vaults of a region. */
  backupVaults(region: string): BackupVault[] {
    return [...this.region(region).vaults.values()].map((v) => v.vault)
  }

  /** The recovery points of one vault, or of every vault in the region. */
  recoveryPoints(region: string, vaultName?: string): RecoveryPoint[] {
    if (vaultName !== undefined) return this.vault(region, vaultName).points.all()
    return [...this.region(region).vaults.values()].flatMap((v) => v.points.all())
  }

  /** Current item counts of a region. */
  counts(region: string): { ebs: number; db: number; cluster: number; efs: number } {
    const r = this.region(region)
    const efs = [...r.vaults.values()].reduce((sum, v) => sum + v.points.size, 0)
    return { ebs: r.ebs.size, db: r.db.size, cluster: r.cluster.size, efs }
  }

  private vault(region: string, name: string): VaultData {
    const vault = this.region(region).vaults.get(name)
    if (vault === undefined) throw new Error(`unknown vault ${name} in ${region}`)
    return vault
  }
}

function managedBlocks(options: AccountOptions, region: string): ManagedBlock[] {
  const list: readonly ManagedOptions[] =
    options.managed === undefined
      ? []
      : Array.isArray(options.managed)
        ? options.managed
        : [options.managed as ManagedOptions]
  return list.flatMap((m) => {
    const regions = m.regions ?? [
      m.region ?? options.primaryRegion ?? options.regions?.[0] ?? DEFAULT_REGIONS[0] ?? 'us-east-1'
    ]
    const slot = regions.indexOf(region)
    if (slot < 0) return []
    const count = Math.floor(m.count / regions.length) + (slot < m.count % regions.length ? 1 : 0)
    return [
      {
        count,
        expiredFraction: m.expiredFraction ?? 1,
        perVolume: m.perVolume ?? 4,
        retentionDays: m.retentionDays ?? 30,
        ...(m.volumeGib === undefined ? {} : { volumeGib: m.volumeGib })
      }
    ]
  })
}

function vaultNames(n: number): string[] {
  return Array.from({ length: n }, (_, k) => (k === 0 ? 'Default' : `vault-${k}`))
}

function buildVaults(ctx: GenContext, efs: number, vaultsPerRegion: number): Map<string, VaultData> {
  const names = vaultNames(vaultsPerRegion)
  const first = names.length === 1 ? efs : Math.round(efs * 0.7)
  const rest = distribute(efs - first, Math.max(0, names.length - 1), -1, 0, ctx.seed)
  const fileSystems = Math.max(1, Math.ceil(efs / 30))
  const vaults = new Map<string, VaultData>()
  let offset = 0
  names.forEach((name, k) => {
    const vault = vaultInfo(ctx, name)
    const count = k === 0 ? first : (rest[k - 1] ?? 0)
    vaults.set(name, {
      vault,
      points: new Collection([recoveryPointSegment(ctx, vault, count, offset, fileSystems)], (p) => p.recoveryPointArn)
    })
    offset += count
  })
  return vaults
}

/** Generates a deterministic account: the same options give the same snapshots, ids and page boundaries. */
export function generateAccount(options: AccountOptions = {}): SimAccount {
  const accountId = options.accountId ?? '123456789012'
  const regions = options.regions ?? DEFAULT_REGIONS
  const seed = options.seed ?? 1
  const now = options.now === undefined ? Date.now() : Number(options.now)
  const primary = Math.max(0, regions.indexOf(options.primaryRegion ?? regions[0] ?? ''))
  const skew = options.skew ?? 0.6
  const spread = (total: number | undefined, salt: string): number[] =>
    distribute(total ?? 0, regions.length, primary, skew, seed ^ hashString(salt))
  const ebs = spread(options.ebs, 'ebs')
  const db = spread(options.rds, 'rds')
  const cluster = spread(options.rdsCluster, 'cluster')
  const efs = spread(options.efs, 'efs')
  const awsBackup = options.rdsAwsBackupFraction ?? 0.1
  const data = new Map<string, RegionData>()
  regions.forEach((region, regionIndex) => {
    const ctx: GenContext = { seed, accountId, region, regionIndex, now }
    const blocks = managedBlocks(options, region)
    if (blocks.length > 12) throw new Error('at most 12 managed blocks')
    const managed = blocks.map((block, b) => managedSegment(ctx, block, 1 + b))
    data.set(region, {
      ctx,
      ebs: new Collection([ebsSegment(ctx, ebs[regionIndex] ?? 0), ...managed], (s) => s.snapshotId),
      db: new Collection([dbSegment(ctx, db[regionIndex] ?? 0, awsBackup)], (s) => s.identifier),
      cluster: new Collection([clusterSegment(ctx, cluster[regionIndex] ?? 0, awsBackup)], (s) => s.identifier),
      vaults: buildVaults(ctx, efs[regionIndex] ?? 0, options.vaultsPerRegion ?? 2)
    })
  })
  return new SimAccount(accountId, regions, now, data)
}
