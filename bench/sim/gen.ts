/** Deterministic per-index generators for the simulated account's snapshots and recovery points. */
import type { Segment } from './collection.js'
import { fullSizeBytes } from './blocks.js'
import { hash32, hashString, hex, unit } from './prng.js'
import type {
  BackupVault,
  DbClusterSnapshot,
  DbSnapshot,
  EbsSnapshot,
  RdsSnapshotType,
  RecoveryPoint
} from './types.js'
import { DAY_MS } from '../../src/clock.js'

/** What every generator needs to know about the region it fills. */
export interface GenContext {
  seed: number
  accountId: string
  region: string
  regionIndex: number
  now: number
}

/** Managed snapshots for prune benchmarks: one block of them in one region. */
export interface ManagedBlock {
  count: number
  expiredFraction: number
  perVolume: number
  retentionDays: number
  /** Volume size in GiB of every snapshot; default a seeded size from 8 to 500. */
  volumeGib?: number
}

const GIB = 1024 ** 3
/** Tag keys generated (non-managed) EBS snapshots may carry. */
export const GENERATED_TAG_KEYS: ReadonlySet<string> = new Set(['Name', 'env', 'team'])
const MANAGED_TAG_KEYS: ReadonlySet<string> = new Set([
  'Name',
  'snapshot-hygiene:managed',
  'snapshot-hygiene:expires-at'
])
const ENVS = ['prod', 'staging', 'dev'] as const
const TEAMS = ['data', 'platform', 'web', 'ml'] as const

/** An id like AWS's (`snap-0` + 16 hex digits) that encodes region, kind and index, so it can be decoded. */
export function encodeId(prefix: string, ctx: GenContext, kind: number, index: number): string {
  return `${prefix}-0${hex(ctx.regionIndex, 2)}${hex(kind, 1)}${hex(index, 7)}${hex(hash32(ctx.seed ^ hashString(prefix), ctx.regionIndex, kind, index), 6)}`
}

/** The index encoded in an id made by encodeId for this region and kind, or -1. */
export function decodeId(prefix: string, ctx: GenContext, kind: number, id: string): number {
  const head = `${prefix}-0${hex(ctx.regionIndex, 2)}${hex(kind, 1)}`
  if (!id.startsWith(head) || id.length !== head.length + 13) return -1
  const index = Number.parseInt(id.slice(head.length, head.length + 7), 16)
  return Number.isNaN(index) || encodeId(prefix, ctx, kind, index) !== id ? -1 : index
}

/** A UUID-shaped string derived from integers. */
export function uuidFrom(...parts: number[]): string {
  const h = [0, 1, 2, 3].map((k) => hex(hash32(...parts, k), 8)).join('')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/** One of the region's three KMS key ARNs. */
export function kmsKeyArn(ctx: GenContext, pick: number): string {
  return `arn:aws:kms:${ctx.region}:${ctx.accountId}:key/${uuidFrom(ctx.seed, ctx.regionIndex, 77, Math.floor(pick * 3))}`
}

/** A log-uniform integer between min and max. */
function logUniform(u: number, min: number, max: number): number {
  return Math.round(min * (max / min) ** u)
}

/** Generated EBS snapshots: uneven sizes, ages up to three years, some encrypted, archived, copied or tagged. */
export function ebsSegment(ctx: GenContext, count: number): Segment<EbsSnapshot> {
  const volumes = Math.max(1, Math.floor(count / 4))
  const at = (i: number): EbsSnapshot => {
    const h = (k: number): number => unit(ctx.seed, ctx.regionIndex, 0, i, k)
    const copy = h(1) < 0.05
    const volume = Math.floor(h(2) * volumes)
    const ageDays = h(4) * 1095
    const encrypted = h(5) < 0.4
    const tags: Record<string, string> = {}
    if (h(8) < 0.6) tags.Name = `data-${volume}`
    if (h(8) < 0.4) tags.env = ENVS[Math.floor(h(9) * ENVS.length)] ?? 'dev'
    if (h(8) < 0.2) tags.team = TEAMS[Math.floor(h(10) * TEAMS.length)] ?? 'data'
    const pending = ageDays < 0.05
    const volumeSize = logUniform(h(3), 1, 16384)
    return {
      snapshotId: encodeId('snap', ctx, 0, i),
      volumeId: copy ? 'vol-ffffffff' : encodeId('vol', ctx, 0, volume),
      state: h(7) < 0.003 ? 'error' : pending ? 'pending' : 'completed',
      progress: pending ? '42%' : '100%',
      startTime: new Date(Math.floor(ctx.now - ageDays * DAY_MS)),
      volumeSize,
      fullSnapshotSizeInBytes: fullSizeBytes(volumeSize, 0.05 + 0.45 * h(13)),
      encrypted,
      kmsKeyId: encrypted ? kmsKeyArn(ctx, h(6)) : null,
      storageTier: h(11) < 0.08 ? 'archive' : 'standard',
      ownerId: ctx.accountId,
      description: copy
        ? `[Copied ${encodeId('snap', ctx, 0xd, i)} from us-east-1]`
        : h(12) < 0.3
          ? `Created by CreateImage(i-0${hex(hash32(i, 5), 16)}) for ami-0${hex(hash32(i, 6), 16)}`
          : '',
      tags,
      public: false
    }
  }
  return { size: count, at, indexOf: (id) => decodeId('snap', ctx, 0, id), tagKeys: GENERATED_TAG_KEYS }
}

/** Managed snapshots (tag snapshot-hygiene:managed=true with an expiry), several per volume; the first `expiredFraction` are past expiry. */
export function managedSegment(ctx: GenContext, block: ManagedBlock, kind: number): Segment<EbsSnapshot> {
  const expired = Math.round(block.count * block.expiredFraction)
  const at = (i: number): EbsSnapshot => {
    const h = (k: number): number => unit(ctx.seed, ctx.regionIndex, kind, i, k)
    const volumeId = encodeId('vol', ctx, kind, Math.floor(i / block.perVolume))
    const start =
      i < expired
        ? ctx.now - (block.retentionDays + 1 + h(1) * 365) * DAY_MS
        : ctx.now - h(1) * Math.max(0, block.retentionDays - 1) * DAY_MS
    const expiresAt = new Date(Math.floor(start + block.retentionDays * DAY_MS))
    const encrypted = h(2) < 0.5
    const volumeSize = block.volumeGib ?? logUniform(h(3), 8, 500)
    return {
      snapshotId: encodeId('snap', ctx, kind, i),
      volumeId,
      state: 'completed',
      progress: '100%',
      startTime: new Date(Math.floor(start)),
      volumeSize,
      fullSnapshotSizeInBytes: fullSizeBytes(volumeSize, 0.05 + 0.45 * h(5)),
      encrypted,
      kmsKeyId: encrypted ? kmsKeyArn(ctx, h(4)) : null,
      storageTier: 'standard',
      ownerId: ctx.accountId,
      description: `snapshot-hygiene backup of ${volumeId}`,
      tags: {
        Name: `managed-${volumeId}`,
        'snapshot-hygiene:managed': 'true',
        'snapshot-hygiene:expires-at': expiresAt.toISOString()
      },
      public: false
    }
  }
  return { size: block.count, at, indexOf: (id) => decodeId('snap', ctx, kind, id), tagKeys: MANAGED_TAG_KEYS }
}

/** The snapshot type of RDS item `i` of `count`: automated first, then manual, then AWS Backup. */
export function rdsTypeAt(i: number, count: number, awsBackupFraction: number): RdsSnapshotType {
  const automated = Math.round(count * 0.45)
  const awsbackup = Math.round(count * awsBackupFraction)
  return i < automated ? 'automated' : i < count - awsbackup ? 'manual' : 'awsbackup'
}

function rdsBase(
  ctx: GenContext,
  kind: number,
  i: number,
  count: number,
  awsBackupFraction: number,
  owner: string,
  resource: string
) {
  const h = (k: number): number => unit(ctx.seed, ctx.regionIndex, kind, i, k)
  const snapshotType = rdsTypeAt(i, count, awsBackupFraction)
  const ageDays = snapshotType === 'automated' ? Math.floor(h(9) * 7) + h(1) : h(1) * 1095
  const createdAt = new Date(Math.floor(ctx.now - ageDays * DAY_MS))
  const stamp = createdAt.toISOString().slice(0, 16).replace(/[T:]/g, '-')
  const identifier =
    snapshotType === 'automated'
      ? `rds:${owner}-${stamp}-${hex(i, 5)}`
      : snapshotType === 'manual'
        ? `${owner}-manual-${hex(i, 6)}`
        : `awsbackup:job-${uuidFrom(ctx.seed, ctx.regionIndex, kind, i)}`
  const encrypted = h(2) < 0.6
  return {
    identifier,
    arn: `arn:aws:rds:${ctx.region}:${ctx.accountId}:${resource}:${identifier}`,
    createdAt,
    status: ageDays < 0.05 ? 'creating' : 'available',
    allocatedStorage: logUniform(h(3), 20, 16384),
    encrypted,
    kmsKeyId: encrypted ? kmsKeyArn(ctx, h(4)) : null,
    snapshotType,
    tags: snapshotType === 'manual' && h(5) < 0.5 ? { env: ENVS[Math.floor(h(6) * ENVS.length)] ?? 'dev' } : {}
  }
}

/** Generated RDS instance snapshots over `count / 5` instances. */
export function dbSegment(ctx: GenContext, count: number, awsBackupFraction: number): Segment<DbSnapshot> {
  const instances = Math.max(1, Math.ceil(count / 5))
  const at = (i: number): DbSnapshot => {
    const instanceId = `db-${hex(ctx.regionIndex, 2)}-${hex(i % instances, 4)}`
    const engine = unit(ctx.seed, ctx.regionIndex, 2, i % instances) < 0.5 ? 'postgres' : 'mysql'
    return { ...rdsBase(ctx, 2, i, count, awsBackupFraction, instanceId, 'snapshot'), instanceId, engine }
  }
  return { size: count, at }
}

/** Generated Aurora cluster snapshots over `count / 5` clusters. */
export function clusterSegment(ctx: GenContext, count: number, awsBackupFraction: number): Segment<DbClusterSnapshot> {
  const clusters = Math.max(1, Math.ceil(count / 5))
  const at = (i: number): DbClusterSnapshot => {
    const clusterId = `aurora-${hex(ctx.regionIndex, 2)}-${hex(i % clusters, 4)}`
    const engine = unit(ctx.seed, ctx.regionIndex, 3, i % clusters) < 0.5 ? 'aurora-postgresql' : 'aurora-mysql'
    return { ...rdsBase(ctx, 3, i, count, awsBackupFraction, clusterId, 'cluster-snapshot'), clusterId, engine }
  }
  return { size: count, at }
}

/** A backup vault of the region. */
export function vaultInfo(ctx: GenContext, name: string): BackupVault {
  return {
    name,
    arn: `arn:aws:backup:${ctx.region}:${ctx.accountId}:backup-vault:${name}`,
    creationDate: new Date(Math.floor(ctx.now - 1200 * DAY_MS)),
    encryptionKeyArn: kmsKeyArn(ctx, 0)
  }
}

/** Generated EFS recovery points of one vault; `offset` keeps ids distinct across the region's vaults. */
export function recoveryPointSegment(
  ctx: GenContext,
  vault: BackupVault,
  count: number,
  offset: number,
  fileSystems: number
): Segment<RecoveryPoint> {
  const at = (local: number): RecoveryPoint => {
    const i = offset + local
    const h = (k: number): number => unit(ctx.seed, ctx.regionIndex, 4, i, k)
    const created = Math.floor(ctx.now - h(1) * 1095 * DAY_MS)
    const cold = created < ctx.now - 90 * DAY_MS && h(2) < 0.5
    const status = h(3) < 0.02 ? 'PARTIAL' : 'COMPLETED'
    const fsIndex = Math.floor(h(4) * fileSystems)
    const fs = `fs-0${hex(ctx.regionIndex, 2)}${hex(fsIndex, 6)}${hex(hash32(ctx.seed, ctx.regionIndex, fsIndex), 8)}`
    return {
      recoveryPointArn: `arn:aws:backup:${ctx.region}:${ctx.accountId}:recovery-point:${uuidFrom(ctx.seed, ctx.regionIndex, 4, i)}`,
      vaultName: vault.name,
      resourceArn: `arn:aws:elasticfilesystem:${ctx.region}:${ctx.accountId}:file-system/${fs}`,
      resourceType: 'EFS',
      creationDate: new Date(created),
      status,
      backupSizeInBytes: Math.round((GIB / 1024) * (16 * 1024 ** 2) ** h(5)),
      isEncrypted: true,
      encryptionKeyArn: vault.encryptionKeyArn,
      storageClass: cold ? 'COLD' : 'WARM',
      deleteAt: new Date(created + 1200 * DAY_MS),
      moveToColdStorageAt: cold ? new Date(created + 90 * DAY_MS) : null
    }
  }
  return { size: count, at }
}
