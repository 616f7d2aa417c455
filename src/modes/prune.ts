/**
 * Prune: applies the retention planner to the snapshots the action owns and carries the plan out, for every kind
 * of snapshot (EBS volumes, RDS DB instances, Aurora DB clusters) through the same executor.
 *
 * Everything another run may have done first counts as done: a snapshot already deleted
 * (InvalidSnapshot.NotFound, DBSnapshotNotFound, DBClusterSnapshotNotFoundFault), an object already removed (NoSuchKey or 404 on read and delete), so that two
 * overlapping runs both finish and leave what one run would.
 *
 * Order of operations, so that any interruption is repaired by the next run:
 * 1. list owned snapshots (per region) and metadata objects; plan;
 * 2. per snapshot to delete: DeleteSnapshot, then its metadata object, once read and proven to be this
 *    account's document of that volume and snapshot (a kill in between leaves orphaned metadata, which
 *    step 3 of the next run removes);
 * 3. metadata objects whose snapshot no longer exists are removed: read and proven like above, and the
 *    snapshot absent from every region listed in this run and from the region its document names;
 * 4. kept managed snapshots without metadata are reported, or, in backup-and-prune, written (repair).
 */
import type { S3Client } from '@aws-sdk/client-s3'
import type { AccountTarget } from '../accounts.js'
import { forEachBounded } from '../bounded.js'
import { ageDays } from '../aggregate.js'
import type { Clock } from '../clock.js'
import { CsvWriter } from '../csv.js'
import { errorMessage, isThrottle } from '../errors.js'
import type { Config } from '../inputs.js'
import { classifyEbsDeleteError } from '../kinds/ebs.js'
import { KINDS, sourcesOf } from '../kinds/index.js'
import {
  BUCKET_PACING,
  snapshotKey,
  sourceKey,
  kindOfService,
  type BackupSource,
  type DeleteResult,
  type KindName,
  type OwnedSnapshot,
  type RdsKindName,
  type RequestBucket,
  type SnapshotKind
} from '../kinds/kind.js'
import type { DbSource } from '../kinds/rds.js'
import {
  deleteMetadata,
  listMetadata,
  matchesKey,
  putMetadata,
  readMetadata,
  type MetadataDocument,
  type MetadataObject,
  type MetadataRead,
  type VolumeInfo
} from '../metadata.js'
import { TokenBucketPacer, withThrottleRetry, type DeletePacing, type Pacer } from '../pacer.js'
import { estimatedMonthlyCost } from '../pricing.js'
import { archiveSnapshot } from '../archive-tier.js'
import { guardArchivedDeletes, markArchive } from '../prune-archive.js'
import { lockedAtDeleteReason, LOCKED_RULE, PruneLocks } from '../prune-locks.js'
import { planRetention, type Decision, type RetentionPlan, type RetentionPolicy } from '../retention.js'
import { TAG_MANAGED, volumeKey, type ListingFailure } from '../types.js'
import { listCopies } from '../copies.js'
import { isCopy, TAG_COPY_OF } from '../copy-policy.js'
import { accountRegions } from './inventory.js'

/** The inputs prune reads. */
export type PruneConfig = Pick<
  Config,
  | 'regions'
  | 'awsRegion'
  | 'volumes'
  | 'bucket'
  | 'metadataPrefix'
  | 'retentionDays'
  | 'keepLast'
  | 'keepDaily'
  | 'keepWeekly'
  | 'keepMonthly'
  | 'dryRun'
  | 'pruneTags'
  | 'csvPath'
  | 'maxParallelAccounts'
> &
  Partial<
    Pick<
      Config,
      | 'dbInstances'
      | 'dbClusters'
      | 'volumeSelectors'
      | 'dbInstanceSelectors'
      | 'dbClusterSelectors'
      | 'copyToRegions'
      | 'copyRetention'
      | 'archiveAfterDays'
    >
  >

/** Prune's inputs with the DB sources filled in (none when not given). */
type FullPruneConfig = PruneConfig & Pick<Config, 'dbInstances' | 'dbClusters'>

/** EC2's documented DeleteSnapshot request bucket per account and region: burst and refill per second. */
export const DELETE_BURST = 100
export const DELETE_REFILL_PER_SECOND = 5
/** Environment variables that override the pacing (for benchmarks against a simulator with other buckets). */
export const DELETE_BURST_ENV = 'SNAPSHOT_HYGIENE_DELETE_BURST'
export const DELETE_RATE_ENV = 'SNAPSHOT_HYGIENE_DELETE_RATE'
/** Environment variables that override RDS's delete pacing (for tests against a simulator). */
export const RDS_BURST_ENV = 'SNAPSHOT_HYGIENE_RDS_BURST'
export const RDS_RATE_ENV = 'SNAPSHOT_HYGIENE_RDS_RATE'
/** Attempts per delete when AWS keeps answering RequestLimitExceeded or Throttling (after the SDK's own retries). */
export const DELETE_MAX_ATTEMPTS = 8
/** How many metadata objects are read or removed at once. */
const S3_CONCURRENCY = 16

/** What happened to one snapshot. */
export type PruneOutcome = 'deleted' | 'would-delete' | 'archived' | 'would-archive' | 'kept' | 'skipped' | 'failed'

/** One decision, as the CSV, the summary and the result JSON show it. */
export interface PruneDecision {
  accountId: string
  region: string
  snapshotId: string
  /** The source: the volume id, or the DB instance or cluster identifier for an RDS kind. */
  volumeId: string | null
  /** The RDS kind (db-instance, db-cluster); absent for EBS volume snapshots. */
  kind?: RdsKindName
  createdAt: string
  ageDays: number
  sizeGib: number
  costUsd: number
  managed: boolean
  /** For a copy made by backup: the snapshot it copies (its source region is in the tags); absent otherwise. */
  copyOf?: string
  outcome: PruneOutcome
  /** The planner's rule (retention, keep-last, ...) or why the delete was skipped (in-use, aws-backup, backup-failed). */
  rule: string
  reason: string
  /** Archive tier (archive-after-days): the costs over the days retention keeps it; only on (would-)archived ones. */
  archive?: { archiveUsd: number; standardUsd: number; remainingDays: number }
}

/** A per-snapshot or per-object error; the run finishes the rest, then fails listing all of them. */
export interface PruneError {
  accountId: string
  region: string
  /** The snapshot id, S3 key or region concerned. */
  subject: string
  operation: string
  message: string
}

/** A managed snapshot without its metadata object: the decision's account, region, snapshot, source and kind. */
export type MissingMetadata = Pick<PruneDecision, 'accountId' | 'region' | 'snapshotId' | 'volumeId' | 'kind'>

/** What prune found and did in the metadata bucket. */
export interface MetadataReport {
  /** False when no bucket was given or it could not be listed: orphans and missing metadata were not checked. */
  checked: boolean
  objects: number
  /** Keys under the prefix that follow neither `<volume-id>/<snapshot-id>.json` nor `<kind>/<db>/<snapshot>.json`; never touched. */
  otherKeys: number
  /** Metadata of snapshots that no longer exist: removed (or, under dry-run, to be removed). */
  orphans: string[]
  /** Orphan candidates whose document could not be read as one of ours; left alone. */
  unreadable: string[]
  /** Managed snapshots without metadata that were reported, not repaired. */
  missing: MissingMetadata[]
  /** Metadata written for managed snapshots that had none (backup-and-prune; under dry-run: to be written). */
  repaired: string[]
  /** Metadata of the snapshots this run deleted, removed with them. */
  removed: string[]
}

/** What a prune did, for the reporters. */
export interface PruneResult {
  mode: 'prune'
  dryRun: boolean
  generatedAt: string
  accounts: string[]
  regions: string[]
  policy: Omit<RetentionPolicy, 'volumes'> & { volumes: string[] | null }
  pacing: DeletePacing
  /** The RDS delete pacing (DB and cluster snapshots share RDS's bucket); absent when no RDS kind was pruned. */
  rdsPacing?: DeletePacing
  /** The DB instances and clusters the run was limited to (null: all), when an RDS kind was pruned. */
  dbSources?: { dbInstances: string[] | null; dbClusters: string[] | null }
  decisions: PruneDecision[]
  counts: Record<PruneOutcome, number>
  /** Deleted (or, under dry-run, to-be-deleted) snapshot ids, in plan order. */
  deletedIds: string[]
  reclaimedGib: number
  reclaimedUsd: number
  metadata: MetadataReport
  errors: PruneError[]
  failures: ListingFailure[]
  /** What the run could not check but went ahead without (lock state not readable), one line each. */
  notices: string[]
  /** What the run did that costs more than it may look (an archived snapshot deleted within its 90-day minimum). */
  warnings: string[]
  csvPath: string
  rowCount: number
}

/** A request bucket's pacing per account and region (pacer.ts). */
export type { DeletePacing }

/** What prune needs besides config, clients and clock; all optional. */
export interface PruneDeps {
  /**
   * The delete pacer of one account, region and request bucket (EC2's snapshot bucket, RDS's); a TokenBucketPacer
   * with {@link deletePacing} or {@link rdsDeletePacing} by default.
   */
  pacer?: (accountId: string, region: string, bucket: RequestBucket) => Pacer
  /** The kinds to prune; every kind by default. */
  kinds?: readonly SnapshotKind[]
  /** Where the pacing overrides are read; process.env by default. */
  env?: NodeJS.ProcessEnv
  /** Jitter source for throttle backoff; Math.random by default. */
  random?: () => number
  /** Receives each planned deletion before any is carried out. */
  log?: (line: string) => void
}

/** What backup-and-prune adds to a prune. */
export interface PruneOptions {
  /** Sources whose backup failed in this run (keyed by sourceKey, volumeKey for EBS): their snapshots are not deleted. */
  hold?: ReadonlyMap<string, string>
  /** Volumes the run backs up: a managed snapshot of one of them without metadata gets it written. */
  repair?: readonly (VolumeInfo & { accountId: string })[]
  /** DB instances and clusters the run backs up, likewise. */
  repairDb?: readonly { kind: RdsKindName; accountId: string; source: DbSource }[]
  /** Snapshots created by this run: never deleted (rule created-this-run), never treated as orphans. */
  createdIds?: ReadonlySet<string>
}

/** The key of a volume in one account and region ({@link volumeKey} of types.ts). */
export { volumeKey }

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = (env[name] ?? '').trim()
  if (raw === '') return fallback
  const n = Number(raw)
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`Environment variable ${name} must be a positive number; got '${raw.slice(0, 40)}'`)
  return n
}

/** The DeleteSnapshot pacing: EC2's documented bucket, or the SNAPSHOT_HYGIENE_DELETE_BURST/_RATE overrides. */
export function deletePacing(env: NodeJS.ProcessEnv = process.env): DeletePacing {
  return {
    burst: Math.max(1, Math.floor(positiveNumber(env, DELETE_BURST_ENV, DELETE_BURST))),
    refillPerSecond: positiveNumber(env, DELETE_RATE_ENV, DELETE_REFILL_PER_SECOND)
  }
}

/** The RDS delete pacing: RDS's documented bucket (300, 12 per second), or the SNAPSHOT_HYGIENE_RDS_BURST/_RATE overrides. */
export function rdsDeletePacing(env: NodeJS.ProcessEnv = process.env): DeletePacing {
  return {
    burst: Math.max(1, Math.floor(positiveNumber(env, RDS_BURST_ENV, BUCKET_PACING.rds.burst))),
    refillPerSecond: positiveNumber(env, RDS_RATE_ENV, BUCKET_PACING.rds.refillPerSecond)
  }
}

/** How many deletes of one region may be in flight: enough to spend a full burst at once. */
export function deleteConcurrency(pacing: DeletePacing): number {
  return Math.min(256, Math.max(16, Math.ceil(pacing.burst)))
}

/**
 * Tokens the pacer keeps in hand below EC2's bucket. Requests reach EC2 a little later, and in a slightly
 * different order, than the pacer grants them; pacing at exactly the bucket's level would turn that jitter
 * into throttles. Two tokens (0.4 s at 5 per second, once per region) absorb it.
 */
export const PACER_CUSHION_TOKENS = 2

/** The DeleteSnapshot pacer of one account and region: EC2's bucket, less the cushion. */
export function deletePacer(pacing: DeletePacing, clock: Clock): TokenBucketPacer {
  const pacer = new TokenBucketPacer({ ...pacing, clock })
  for (let i = 0; i < Math.min(PACER_CUSHION_TOKENS, pacing.burst - 1); i++) void pacer.take()
  return pacer
}

/** How one delete ended (kinds/kind.ts). */
export type { DeleteResult }

/** Sorts a DeleteSnapshot error: in use by an AMI, managed by AWS Backup, already gone, or a real error. */
export const classifyDeleteError = classifyEbsDeleteError

/** Deletes one snapshot of a kind: a pacer token per attempt, throttling retried with backoff; never throws. */
export async function deleteOne(
  kind: SnapshotKind,
  target: AccountTarget,
  snapshotId: string,
  region: string,
  pacer: Pacer,
  clock: Clock,
  random?: () => number
): Promise<DeleteResult> {
  // The SDK retries a throttled call on its own before the action sees it; each such retry spent a token
  // the pacer did not grant, so the pacer empties its bucket to fall back in step with AWS's.
  const noteRetries = (attempts: number | undefined): void => {
    if ((attempts ?? 1) > 1) pacer.penalize()
  }
  const send = async (): Promise<void> => {
    try {
      noteRetries(await kind.sendDelete(target.clients, region, snapshotId))
    } catch (err) {
      noteRetries((err as { $metadata?: { attempts?: number } } | null)?.$metadata?.attempts)
      throw err
    }
  }
  try {
    await withThrottleRetry(send, {
      pacer,
      isThrottle,
      maxAttempts: DELETE_MAX_ATTEMPTS,
      clock,
      baseDelayMs: 1_000,
      maxDelayMs: 30_000,
      random,
      label: `${kind.deleteOperation} ${snapshotId} in ${region}`
    })
    return { kind: 'deleted' }
  } catch (err) {
    return kind.classifyDeleteError(err)
  }
}

/** The regions prune works in for one account: the regions input, plus the regions of the named sources. */
export async function pruneRegions(
  config: Pick<PruneConfig, 'regions' | 'awsRegion' | 'volumes'> &
    Partial<Pick<PruneConfig, 'dbInstances' | 'dbClusters' | 'copyToRegions'>>,
  target: AccountTarget
): Promise<string[]> {
  const base = await accountRegions(config, target)
  const named = [...config.volumes, ...(config.dbInstances ?? []), ...(config.dbClusters ?? [])].map((v) => v.region)
  return [...new Set([...base, ...named, ...(config.copyToRegions ?? [])])].sort()
}

/**
 * Whether the run is limited to named sources (volume, db-instance or db-cluster given, as ids or tag selectors).
 * With selectors the run is limited even when they matched nothing: it then prunes nothing rather than everything.
 */
function limited(
  config: Pick<FullPruneConfig, 'volumes' | 'dbInstances' | 'dbClusters'> &
    Partial<
      Pick<Config, 'volumeSelectors' | 'dbInstanceSelectors' | 'dbClusterSelectors' | 'instances' | 'instanceSelectors'>
    >
): boolean {
  return (
    config.volumes.length > 0 ||
    config.dbInstances.length > 0 ||
    config.dbClusters.length > 0 ||
    (config.volumeSelectors?.length ?? 0) > 0 ||
    (config.dbInstanceSelectors?.length ?? 0) > 0 ||
    (config.dbClusterSelectors?.length ?? 0) > 0 ||
    (config.instances?.length ?? 0) > 0 ||
    (config.instanceSelectors?.length ?? 0) > 0
  )
}

/**
 * The source ids a kind is pruned for: undefined (all of them) when the run names no source, else the kind's
 * named sources (none: the kind is not pruned).
 */
export function kindSourceIds(
  config: Pick<FullPruneConfig, 'volumes' | 'dbInstances' | 'dbClusters'> &
    Partial<
      Pick<Config, 'volumeSelectors' | 'dbInstanceSelectors' | 'dbClusterSelectors' | 'instances' | 'instanceSelectors'>
    >,
  kind: KindName
): string[] | undefined {
  if (!limited(config)) return undefined
  return [...new Set(sourcesOf(config)[kind].map((s) => s.id))].sort()
}

/** The planner's policy from the inputs. */
export function retentionPolicy(
  config: Pick<
    PruneConfig,
    'retentionDays' | 'keepLast' | 'keepDaily' | 'keepWeekly' | 'keepMonthly' | 'pruneTags' | 'volumes'
  > &
    Partial<Pick<PruneConfig, 'dbInstances' | 'dbClusters' | 'copyRetention'>>
): RetentionPolicy {
  const full = { ...config, dbInstances: config.dbInstances ?? [], dbClusters: config.dbClusters ?? [] }
  const policy: RetentionPolicy = {
    retentionDays: config.retentionDays,
    keepLast: config.keepLast,
    keepDaily: config.keepDaily,
    keepWeekly: config.keepWeekly,
    keepMonthly: config.keepMonthly,
    pruneTags: config.pruneTags,
    volumes: kindSourceIds(full, 'ebs'),
    ...(config.copyRetention === undefined ? {} : { copies: config.copyRetention })
  }
  if (full.dbInstances.length > 0 || full.dbClusters.length > 0)
    policy.sources = { rds: kindSourceIds(full, 'db-instance'), 'rds-cluster': kindSourceIds(full, 'db-cluster') }
  return policy
}

/** The kind of a decision: its RDS kind, or EBS. */
export function decisionKind(d: Pick<PruneDecision, 'kind'>): KindName {
  return d.kind ?? 'ebs'
}

function toDecision(d: Decision, now: Date, hold: ReadonlyMap<string, string> | undefined): PruneDecision {
  const s = d.snapshot
  const kind = kindOfService(s.service) ?? 'ebs'
  const base = {
    accountId: s.accountId,
    region: s.region,
    snapshotId: s.snapshotId,
    volumeId: s.sourceId,
    ...(kind === 'ebs' ? {} : { kind }),
    createdAt: Number.isNaN(s.createdAt.getTime()) ? '' : s.createdAt.toISOString(),
    ageDays: ageDays(s.createdAt, now),
    sizeGib: s.sizeGib,
    costUsd: estimatedMonthlyCost(s),
    managed: s.tags[TAG_MANAGED] === 'true',
    ...(isCopy(s) ? { copyOf: s.tags[TAG_COPY_OF] ?? '' } : {})
  }
  if (d.action === 'delete') {
    const held = s.sourceId === null ? undefined : hold?.get(sourceKey(kind, s.accountId, s.region, s.sourceId))
    if (held !== undefined)
      return { ...base, outcome: 'skipped', rule: 'backup-failed', reason: `${d.reason}; not deleted because ${held}` }
    return { ...base, outcome: 'would-delete', rule: d.rule, reason: d.reason }
  }
  return { ...base, outcome: d.action === 'keep' ? 'kept' : 'skipped', rule: d.rule, reason: d.reason }
}

/** Shared state of one account's prune. */
interface AccountRun {
  config: FullPruneConfig
  target: AccountTarget
  clock: Clock
  deps: PruneDeps
  options: PruneOptions
  pacing: DeletePacing
  rdsPacing: DeletePacing
  kinds: readonly SnapshotKind[]
  /** The pacer of each region and request bucket of the account. */
  pacers: Map<string, Pacer>
  errors: PruneError[]
  failures: ListingFailure[]
  /** The run's notices (prune-locks.ts) and warnings (prune-archive.ts). */
  notices: string[]
  warnings: string[]
  metadata: MetadataReport
  s3: S3Client | null
  bucket: string
  /** Metadata objects by snapshotKey (kind and snapshot id); null when not listed. */
  metaBySnapshot: Map<string, MetadataObject[]> | null
}

/** The kind a metadata object belongs to. */
function objectKind(o: Pick<MetadataObject, 'kind'>): KindName {
  return o.kind ?? 'ebs'
}

/** What one kind's listing of one region found; null when it could not be listed. */
interface RegionListing {
  kind: SnapshotKind
  region: string
  owned: OwnedSnapshot[] | null
}

interface AccountOutcome {
  regions: string[]
  decisions: PruneDecision[]
}

async function listRegion(run: AccountRun, kind: SnapshotKind, region: string): Promise<RegionListing> {
  try {
    const sourceIds = kindSourceIds(run.config, kind.name)
    const owned = await kind.listOwned(
      run.target.clients,
      run.target.accountId,
      region,
      run.config.pruneTags,
      sourceIds
    )
    // An EBS copy's VolumeId is vol-ffffffff: in a copy region, its copies are found by the source its tags name.
    if (kind.name === 'ebs' && sourceIds !== undefined && (run.config.copyToRegions ?? []).includes(region)) {
      const seen = new Set(owned.map((o) => o.record.snapshotId))
      const copies = await listCopies(run.target.clients, kind, run.target.accountId, region, sourceIds)
      owned.push(...copies.filter((c) => !seen.has(c.record.snapshotId)))
    }
    return { kind, region, owned }
  } catch (err) {
    run.failures.push({
      accountId: run.target.accountId,
      region,
      service: kind.service,
      message: `${kind.listLabel}: ${errorMessage(err)}`
    })
    return { kind, region, owned: null }
  }
}

async function listAccountMetadata(run: AccountRun): Promise<MetadataObject[] | null> {
  if (run.s3 === null) return null
  try {
    const volumes = kindSourceIds(run.config, 'ebs')
    const dbs = limited(run.config)
      ? (['db-instance', 'db-cluster'] as const).flatMap((kind) =>
          (kindSourceIds(run.config, kind) ?? []).map((id) => ({ kind, id }))
        )
      : []
    const listed = await listMetadata(run.s3, run.bucket, run.config.metadataPrefix, volumes, dbs)
    run.metadata.objects += listed.objects.length
    run.metadata.otherKeys += listed.otherKeys
    return listed.objects
  } catch (err) {
    runError(
      run,
      run.config.awsRegion,
      'ListObjectsV2',
      `s3://${run.bucket}/${run.config.metadataPrefix}`,
      errorMessage(err)
    )
    return null
  }
}

/** The metadata objects of a snapshot: the listed ones, or its canonical key when the bucket could not be listed. */
function objectsOf(run: AccountRun, kind: SnapshotKind, d: PruneDecision): MetadataObject[] {
  if (run.s3 === null) return []
  if (run.metaBySnapshot !== null) return run.metaBySnapshot.get(snapshotKey(kind.name, d.snapshotId)) ?? []
  if (!d.managed || d.volumeId === null) return []
  const key = kind.metadataKeyOf(run.config.metadataPrefix, d.volumeId, d.snapshotId)
  return [
    { key, volumeId: d.volumeId, snapshotId: d.snapshotId, lastModified: null, ...(d.kind ? { kind: d.kind } : {}) }
  ]
}

/** Records an error of the run in its account: the operation, what it was about, and why it failed. */
function runError(run: AccountRun, region: string, operation: string, subject: string, message: string): void {
  run.errors.push({ accountId: run.target.accountId, region, subject, operation, message })
}

/** Reads a metadata object; an error is recorded and answers null (the object is then left alone). */
async function readObject(run: AccountRun, key: string): Promise<MetadataRead | null> {
  try {
    return await readMetadata(run.s3 as S3Client, run.bucket, key)
  } catch (err) {
    runError(run, run.config.awsRegion, 'GetObject', key, errorMessage(err))
    return null
  }
}

async function removeKey(run: AccountRun, region: string, key: string): Promise<boolean> {
  try {
    await deleteMetadata(run.s3 as S3Client, run.bucket, key)
    return true
  } catch (err) {
    runError(run, region, 'DeleteObject', key, errorMessage(err))
    return false
  }
}

/**
 * Removes the metadata of a snapshot just deleted: each object is read first and removed only when it is this
 * account's snapshot-hygiene document of that snapshot and volume. Anything else is left alone and reported.
 */
async function removeMetadataOf(run: AccountRun, kind: SnapshotKind, region: string, d: PruneDecision): Promise<void> {
  for (const object of objectsOf(run, kind, d)) {
    const read = await readObject(run, object.key)
    if (read === null || read.kind === 'gone') continue
    const proven =
      read.kind === 'document' &&
      matchesKey(read.identity, object) &&
      read.identity.kind === d.kind &&
      read.identity.snapshotId === d.snapshotId &&
      (d.volumeId === null || read.identity.volumeId === d.volumeId) &&
      read.identity.accountId === run.target.accountId
    if (proven) {
      if (await removeKey(run, region, object.key)) run.metadata.removed.push(object.key)
    } else run.metadata.unreadable.push(object.key)
  }
}

/** The pacer of one region and request bucket of the account (shared by the kinds that draw on that bucket). */
function pacerFor(run: AccountRun, region: string, bucket: RequestBucket): Pacer {
  const key = `${region}/${bucket}`
  let pacer = run.pacers.get(key)
  if (pacer === undefined) {
    pacer =
      run.deps.pacer?.(run.target.accountId, region, bucket) ??
      deletePacer(bucket === 'rds' ? run.rdsPacing : run.pacing, run.clock)
    run.pacers.set(key, pacer)
  }
  return pacer
}

/** Carries out one region's deletions of one kind: concurrently, as fast as the region's bucket allows. */
async function deleteInRegion(
  run: AccountRun,
  kind: SnapshotKind,
  region: string,
  items: PruneDecision[]
): Promise<void> {
  if (items.length === 0 || run.config.dryRun) return
  const pacing = kind.bucket === 'rds' ? run.rdsPacing : run.pacing
  const pacer = pacerFor(run, region, kind.bucket)
  await forEachBounded(items, deleteConcurrency(pacing), async (d) => {
    const result = await deleteOne(kind, run.target, d.snapshotId, region, pacer, run.clock, run.deps.random)
    switch (result.kind) {
      case 'deleted':
      case 'gone':
        d.outcome = 'deleted'
        if (result.kind === 'gone') d.reason = `${d.reason} (already deleted)`
        await removeMetadataOf(run, kind, region, d)
        return
      case 'not-deletable-state':
        Object.assign(d, {
          outcome: 'skipped',
          rule: 'not-deletable-state',
          reason: `${d.reason}; not deleted: not in a state that can be deleted (${result.message})`
        })
        return
      case 'locked':
        Object.assign(d, {
          outcome: 'skipped',
          rule: LOCKED_RULE,
          reason: lockedAtDeleteReason(d.reason, result.message)
        })
        return
      case 'in-use':
        Object.assign(d, { outcome: 'skipped', rule: 'in-use', reason: `${d.reason}; not deleted: ${result.message}` })
        return
      case 'aws-backup':
        Object.assign(d, {
          outcome: 'skipped',
          rule: 'aws-backup',
          reason: `${d.reason}; not deleted: managed by AWS Backup (${result.message})`
        })
        return
      default:
        Object.assign(d, { outcome: 'failed', reason: `${d.reason}; delete failed: ${result.message}` })
        runError(run, region, kind.deleteOperation, d.snapshotId, result.message)
    }
  })
}

/** Moves one region's planned snapshots to the archive tier, paced on the region's EC2 snapshot bucket. */
async function archiveInRegion(run: AccountRun, region: string, items: PruneDecision[]): Promise<void> {
  if (items.length === 0 || run.config.dryRun) return
  const pacer = pacerFor(run, region, 'ec2-snapshot')
  await forEachBounded(items, deleteConcurrency(run.pacing), async (d) => {
    const result = await archiveSnapshot(run.target.clients, region, d.snapshotId, pacer, run.clock, run.deps.random)
    switch (result.kind) {
      case 'archived':
        d.outcome = 'archived'
        return
      case 'gone':
        Object.assign(d, { outcome: 'kept', reason: `${d.reason}; not archived: the snapshot is gone` })
        return
      case 'refused':
        Object.assign(d, { outcome: 'kept', reason: `${d.reason}; not archived: AWS refused (${result.message})` })
        return
      default:
        Object.assign(d, { outcome: 'failed', reason: `${d.reason}; archiving failed: ${result.message}` })
        runError(run, region, 'ModifySnapshotTier', d.snapshotId, result.message)
    }
  })
}

/**
 * Removes metadata whose snapshot no longer exists, kind by kind. A candidate is a key whose snapshot was not
 * listed. It is read, and kept unless it is this account's document of the snapshot, source and kind its key
 * names; then the kind's service is asked, by snapshot id, in every region its listing covered in this run and in
 * the region the document names. Only a snapshot absent from all of them is orphaned; a region that cannot be
 * asked keeps the candidates it concerns.
 */
async function removeOrphans(
  run: AccountRun,
  kind: SnapshotKind,
  objects: readonly MetadataObject[],
  listedKeys: ReadonlySet<string>,
  listedRegions: readonly string[]
): Promise<void> {
  const created = run.options.createdIds ?? new Set<string>()
  const candidates = objects.filter(
    (o) =>
      objectKind(o) === kind.name && !listedKeys.has(snapshotKey(kind.name, o.snapshotId)) && !created.has(o.snapshotId)
  )
  const proven: { object: MetadataObject; region: string }[] = []
  await forEachBounded(candidates, S3_CONCURRENCY, async (o) => {
    const read = await readObject(run, o.key)
    if (read === null || read.kind === 'gone') return
    if (read.kind === 'foreign' || !matchesKey(read.identity, o)) run.metadata.unreadable.push(o.key)
    else if (read.identity.accountId === run.target.accountId) proven.push({ object: o, region: read.identity.region })
  })
  if (proven.length === 0) return
  const ask = new Map<string, Set<string>>(
    listedRegions.map((r) => [r, new Set(proven.map((p) => p.object.snapshotId))])
  )
  for (const p of proven) ask.set(p.region, (ask.get(p.region) ?? new Set()).add(p.object.snapshotId))
  const existing = new Set<string>()
  const unasked = new Set<string>()
  await Promise.all(
    [...ask].map(async ([region, ids]) => {
      try {
        for (const id of await kind.existing(run.target.clients, region, [...ids])) existing.add(id)
      } catch (err) {
        unasked.add(region)
        runError(run, region, kind.listOperation, region, `Could not check metadata for orphans: ${errorMessage(err)}`)
      }
    })
  )
  const anyRunRegionUnasked = listedRegions.some((r) => unasked.has(r))
  const orphans = proven.filter(
    (p) => !anyRunRegionUnasked && !unasked.has(p.region) && !existing.has(p.object.snapshotId)
  )
  if (run.config.dryRun) {
    run.metadata.orphans.push(...orphans.map((p) => p.object.key))
    return
  }
  await forEachBounded(orphans, S3_CONCURRENCY, async (p) => {
    if (await removeKey(run, p.region, p.object.key)) run.metadata.orphans.push(p.object.key)
  })
}

/** A managed snapshot of a decision, as one whose metadata object is missing. */
function missingMetadata(d: PruneDecision): MissingMetadata {
  return {
    accountId: d.accountId,
    region: d.region,
    snapshotId: d.snapshotId,
    volumeId: d.volumeId,
    ...(d.kind ? { kind: d.kind } : {})
  }
}

/** The sources backup-and-prune backs up in this account, by sourceKey: their snapshots get missing metadata written. */
function repairableSources(run: AccountRun): Map<string, BackupSource> {
  const out = new Map<string, BackupSource>()
  const account = run.target.accountId
  for (const v of run.options.repair ?? [])
    if (v.accountId === account)
      out.set(sourceKey('ebs', account, v.region, v.volumeId), {
        id: v.volumeId,
        region: v.region,
        name: v.name,
        sizeGib: v.sizeGib,
        detail: v
      })
  for (const d of run.options.repairDb ?? [])
    if (d.accountId === account)
      out.set(sourceKey(d.kind, account, d.source.region, d.source.id), {
        id: d.source.id,
        region: d.source.region,
        name: null,
        sizeGib: d.source.allocatedStorageGib,
        detail: d.source
      })
  return out
}

/** Reports kept managed snapshots without metadata, writing it where backup-and-prune backs the source up. */
async function checkMissing(
  run: AccountRun,
  decisions: readonly PruneDecision[],
  owned: ReadonlyMap<string, OwnedSnapshot>
): Promise<void> {
  const meta = run.metaBySnapshot
  if (meta === null) return
  const repairable = repairableSources(run)
  const named = sourcesOf(run.config)
  const wanted = new Set(
    run.kinds.flatMap((k) => named[k.name].map((s) => sourceKey(k.name, run.target.accountId, s.region, s.id)))
  )
  // A copy has no document of its own: its source's document records it.
  const missing = decisions.filter(
    (d) =>
      d.managed &&
      d.copyOf === undefined &&
      d.outcome !== 'deleted' &&
      d.outcome !== 'would-delete' &&
      !meta.has(snapshotKey(decisionKind(d), d.snapshotId))
  )
  await forEachBounded(missing, S3_CONCURRENCY, async (d) => {
    const kind = run.kinds.find((k) => k.name === decisionKind(d))
    const snap = owned.get(snapshotKey(decisionKind(d), d.snapshotId))
    const key = d.volumeId === null ? '' : sourceKey(decisionKind(d), d.accountId, d.region, d.volumeId)
    if (kind === undefined || snap === undefined || snap.record.state !== kind.doneState) return
    if (run.options.repair === undefined || d.volumeId === null || !wanted.has(key)) {
      run.metadata.missing.push(missingMetadata(d))
      return
    }
    const { key: objectKey, doc } = kind.repairMetadata(snap, repairable.get(key) ?? null, {
      prefix: run.config.metadataPrefix,
      workflow: { repository: '', workflow: '', runId: '', runUrl: '', sha: '', actor: '' },
      writtenBy: 'repair',
      now: run.clock.now()
    })
    if (run.config.dryRun) {
      run.metadata.repaired.push(objectKey)
      return
    }
    try {
      await putMetadata(run.s3 as S3Client, run.bucket, objectKey, doc as MetadataDocument)
      run.metadata.repaired.push(objectKey)
    } catch (err) {
      run.metadata.missing.push(missingMetadata(d))
      run.errors.push({
        accountId: d.accountId,
        region: d.region,
        subject: objectKey,
        operation: 'PutObject',
        message: errorMessage(err)
      })
    }
  })
}

/** How the plan log and the summaries name the source of an RDS kind's snapshot. */
export function sourceNoun(kind: RdsKindName): string {
  return kind === 'db-instance' ? 'DB instance' : 'DB cluster'
}

/** At most this many planned deletions are logged per account; the CSV has all of them. */
export const PLAN_LOG_MAX = 1000

function logPlan(run: AccountRun, toDelete: readonly PruneDecision[]): void {
  const log = run.deps.log
  if (log === undefined) return
  const verb = run.config.dryRun ? 'Would delete' : 'Deleting'
  for (const d of toDelete.slice(0, PLAN_LOG_MAX)) {
    const source = d.kind === undefined ? (d.volumeId ?? 'no volume') : `${sourceNoun(d.kind)} ${d.volumeId ?? ''}`
    log(`${verb} ${d.snapshotId} (${source}, ${d.region}, account ${d.accountId}): ${d.reason}`)
  }
  if (toDelete.length > PLAN_LOG_MAX)
    log(
      `${verb} ${toDelete.length - PLAN_LOG_MAX} more snapshots in account ${run.target.accountId}; the CSV lists every one`
    )
}

/**
 * Plans the account's snapshots; where the plan would delete EBS snapshots, reads those regions' locks (once each)
 * and plans again with them, so that a locked snapshot is skipped (rule locked) rather than sent to DeleteSnapshot.
 */
async function planWithLocks(run: AccountRun, owned: readonly OwnedSnapshot[], now: Date): Promise<RetentionPlan> {
  const policy = retentionPolicy(run.config)
  const context = { createdIds: run.options.createdIds }
  const records = owned.map((o) => o.record)
  const first = planRetention(records, policy, now, context)
  const regions = new Set(first.toDelete.filter((s) => s.service === 'ebs').map((s) => s.region))
  if (regions.size === 0) return first
  const locked = await new PruneLocks(run.target, run.notices).attach(records, regions)
  return planRetention(locked, policy, now, context)
}

async function pruneAccount(run: AccountRun, now: Date): Promise<AccountOutcome> {
  const { target } = run
  if (target.failure !== undefined) {
    run.failures.push({
      accountId: target.accountId,
      region: run.config.awsRegion,
      service: 'account',
      message: target.failure
    })
    return { regions: [], decisions: [] }
  }
  let regions: string[]
  try {
    regions = await pruneRegions(run.config, target)
  } catch (err) {
    run.failures.push({
      accountId: target.accountId,
      region: run.config.awsRegion,
      service: 'regions',
      message: errorMessage(err)
    })
    return { regions: [], decisions: [] }
  }
  const kinds = run.kinds.filter((k) => kindSourceIds(run.config, k.name)?.length !== 0)
  const [lists, objects] = await Promise.all([
    Promise.all(kinds.flatMap((k) => regions.map((r) => listRegion(run, k, r)))),
    listAccountMetadata(run)
  ])
  const owned = lists.flatMap((l) => l.owned ?? [])
  if (objects !== null) {
    const meta = new Map<string, MetadataObject[]>()
    for (const o of objects) {
      const key = snapshotKey(objectKind(o), o.snapshotId)
      meta.set(key, [...(meta.get(key) ?? []), o])
    }
    run.metaBySnapshot = meta
  }
  const plan = await planWithLocks(run, owned, now)
  const decisions = plan.decisions.map((d) => toDecision(d, now, run.options.hold))
  guardArchivedDeletes(plan.decisions, decisions, now, run.config.dryRun, run.warnings)
  const archiveAfterDays = run.config.archiveAfterDays ?? null
  const toArchive =
    archiveAfterDays === null
      ? []
      : markArchive(plan.decisions, decisions, { archiveAfterDays, retentionDays: run.config.retentionDays }, now)
  const toDelete = decisions.filter((d) => d.outcome === 'would-delete')
  logPlan(run, toDelete)
  await Promise.all(
    kinds.flatMap((kind) =>
      regions.map((region) =>
        deleteInRegion(
          run,
          kind,
          region,
          toDelete.filter((d) => d.region === region && decisionKind(d) === kind.name)
        )
      )
    )
  )
  await Promise.all(
    regions.map((region) =>
      archiveInRegion(
        run,
        region,
        toArchive.filter((d) => d.region === region)
      )
    )
  )
  if (objects !== null) {
    const ownedKey = (o: OwnedSnapshot): string =>
      snapshotKey(kindOfService(o.record.service) ?? 'ebs', o.record.snapshotId)
    const listedKeys = new Set(owned.map(ownedKey))
    for (const kind of kinds) {
      const listed = lists.filter((l) => l.kind === kind && l.owned !== null).map((l) => l.region)
      await removeOrphans(run, kind, objects, listedKeys, listed)
    }
    await checkMissing(run, decisions, new Map(owned.map((o) => [ownedKey(o), o])))
  }
  return { regions, decisions }
}

const PRUNE_COLUMNS = [
  'account_id',
  'region',
  'snapshot_id',
  'volume_id',
  'created_at',
  'age_days',
  'size_gib',
  'decision',
  'rule',
  'reason'
] as const

/** The prune CSV's columns, in order. */
export const PRUNE_CSV_COLUMNS: readonly string[] = PRUNE_COLUMNS

/** One CSV row per decision. */
export function pruneRow(d: PruneDecision): unknown[] {
  return [
    d.accountId,
    d.region,
    d.snapshotId,
    d.volumeId ?? '',
    d.createdAt,
    d.ageDays,
    d.sizeGib,
    d.outcome,
    d.rule,
    d.reason
  ]
}

function emptyMetadataReport(checked: boolean): MetadataReport {
  return { checked, objects: 0, otherKeys: 0, orphans: [], unreadable: [], missing: [], repaired: [], removed: [] }
}

/** Prunes every target account: plans with the retention planner, deletes (unless dry-run), cleans metadata, writes the CSV. */
export async function runPrune(
  given: PruneConfig,
  targets: readonly AccountTarget[],
  clock: Clock,
  deps: PruneDeps = {},
  options: PruneOptions = {}
): Promise<PruneResult> {
  const config: FullPruneConfig = { ...given, dbInstances: given.dbInstances ?? [], dbClusters: given.dbClusters ?? [] }
  const now = clock.now()
  const pacing = deletePacing(deps.env ?? process.env)
  const rdsPacing = rdsDeletePacing(deps.env ?? process.env)
  const kinds = deps.kinds ?? KINDS
  const errors: PruneError[] = []
  const failures: ListingFailure[] = []
  const notices: string[] = []
  const warnings: string[] = []
  const metadata = emptyMetadataReport(config.bucket !== null)
  const outcomes = await forEachBounded(targets, config.maxParallelAccounts, async (target) => {
    const run: AccountRun = {
      config,
      target,
      clock,
      deps,
      options,
      pacing,
      rdsPacing,
      kinds,
      pacers: new Map(),
      errors,
      failures,
      notices,
      warnings,
      metadata,
      s3: config.bucket === null ? null : target.clients.s3(config.awsRegion),
      bucket: config.bucket ?? '',
      metaBySnapshot: null
    }
    const out = await pruneAccount(run, now)
    if (run.s3 !== null && run.metaBySnapshot === null) metadata.checked = false
    return out
  })
  const decisions = outcomes.flatMap((o) => o.decisions)
  const counts: Record<PruneOutcome, number> = {
    deleted: 0,
    'would-delete': 0,
    archived: 0,
    'would-archive': 0,
    kept: 0,
    skipped: 0,
    failed: 0
  }
  for (const d of decisions) counts[d.outcome] += 1
  const removed = decisions.filter((d) => d.outcome === 'deleted' || d.outcome === 'would-delete')
  const csv = CsvWriter.open<PruneDecision>(config.csvPath, PRUNE_COLUMNS, pruneRow)
  for (let i = 0; i < decisions.length; i += 1000) await csv.write(decisions.slice(i, i + 1000))
  await csv.close()
  const { volumes, ...policy } = retentionPolicy(config)
  delete policy.sources
  const rdsPruned = kinds.some((k) => k.bucket === 'rds' && kindSourceIds(config, k.name)?.length !== 0)
  const dbList = (kind: RdsKindName): string[] | null => kindSourceIds(config, kind) ?? null
  return {
    mode: 'prune',
    dryRun: config.dryRun,
    generatedAt: now.toISOString(),
    accounts: targets.map((t) => t.accountId),
    regions: [...new Set(outcomes.flatMap((o) => o.regions))].sort(),
    policy: { ...policy, volumes: volumes === undefined ? null : [...volumes] },
    pacing,
    ...(rdsPruned
      ? { rdsPacing, dbSources: { dbInstances: dbList('db-instance'), dbClusters: dbList('db-cluster') } }
      : {}),
    decisions,
    counts,
    deletedIds: removed.map((d) => d.snapshotId),
    reclaimedGib: removed.reduce((n, d) => n + d.sizeGib, 0),
    reclaimedUsd: removed.reduce((n, d) => n + d.costUsd, 0),
    metadata: sortReport(metadata),
    errors: errors.sort((a, b) =>
      `${a.accountId}${a.region}${a.subject}`.localeCompare(`${b.accountId}${b.region}${b.subject}`)
    ),
    failures: failures.sort((a, b) => `${a.accountId}${a.region}`.localeCompare(`${b.accountId}${b.region}`)),
    notices: [...notices].sort(),
    warnings: [...warnings].sort(),
    csvPath: csv.filePath,
    rowCount: csv.rowCount
  }
}

function sortReport(m: MetadataReport): MetadataReport {
  return {
    ...m,
    orphans: [...m.orphans].sort(),
    unreadable: [...m.unreadable].sort(),
    repaired: [...m.repaired].sort(),
    removed: [...m.removed].sort(),
    missing: [...m.missing].sort((a, b) =>
      `${a.accountId}${a.region}${a.snapshotId}`.localeCompare(`${b.accountId}${b.region}${b.snapshotId}`)
    )
  }
}
