/**
 * Prune: applies the retention planner to the snapshots the action owns and carries the plan out.
 *
 * Everything another run may have done first counts as done: a snapshot already deleted
 * (InvalidSnapshot.NotFound), an object already removed (NoSuchKey or 404 on read and delete), so that two
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
import { DeleteSnapshotCommand, DescribeSnapshotsCommand, type EC2Client } from '@aws-sdk/client-ec2'
import type { S3Client } from '@aws-sdk/client-s3'
import type { AccountTarget } from '../accounts.js'
import { forEachBounded } from '../bounded.js'
import { ageDays } from '../aggregate.js'
import type { Clock } from '../clock.js'
import { CsvWriter } from '../csv.js'
import { errorCode, errorMessage, isThrottle } from '../errors.js'
import type { Config } from '../inputs.js'
import { listOwnedSnapshots, type OwnedSnapshot } from '../listers/managed.js'
import {
  deleteMetadata,
  listMetadata,
  matchesKey,
  metadataDocument,
  metadataKey,
  putMetadata,
  readMetadata,
  recordFacts,
  unknownVolume,
  workflowFromTags,
  type MetadataObject,
  type MetadataRead,
  type VolumeInfo
} from '../metadata.js'
import { TokenBucketPacer, withThrottleRetry, type Pacer } from '../pacer.js'
import { estimatedMonthlyCost } from '../pricing.js'
import { planRetention, type Decision, type RetentionPolicy } from '../retention.js'
import { TAG_MANAGED, volumeKey, type ListingFailure } from '../types.js'
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
>

/** EC2's documented DeleteSnapshot request bucket per account and region: burst and refill per second. */
export const DELETE_BURST = 100
export const DELETE_REFILL_PER_SECOND = 5
/** Environment variables that override the pacing (for benchmarks against a simulator with other buckets). */
export const DELETE_BURST_ENV = 'SNAPSHOT_HYGIENE_DELETE_BURST'
export const DELETE_RATE_ENV = 'SNAPSHOT_HYGIENE_DELETE_RATE'
/** Attempts per DeleteSnapshot when EC2 keeps answering RequestLimitExceeded (after the SDK's own retries). */
export const DELETE_MAX_ATTEMPTS = 8
/** How many metadata objects are read or removed at once. */
const S3_CONCURRENCY = 16
/** EC2 accepts at most this many values in one filter. */
const FILTER_VALUES = 200

/** What happened to one snapshot. */
export type PruneOutcome = 'deleted' | 'would-delete' | 'kept' | 'skipped' | 'failed'

/** One decision, as the CSV, the summary and the result JSON show it. */
export interface PruneDecision {
  accountId: string
  region: string
  snapshotId: string
  volumeId: string | null
  createdAt: string
  ageDays: number
  sizeGib: number
  costUsd: number
  managed: boolean
  outcome: PruneOutcome
  /** The planner's rule (retention, keep-last, ...) or why the delete was skipped (in-use, aws-backup, backup-failed). */
  rule: string
  reason: string
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

/** A managed snapshot without its metadata object: the decision's account, region, snapshot and volume. */
export type MissingMetadata = Pick<PruneDecision, 'accountId' | 'region' | 'snapshotId' | 'volumeId'>

/** What prune found and did in the metadata bucket. */
export interface MetadataReport {
  /** False when no bucket was given or it could not be listed: orphans and missing metadata were not checked. */
  checked: boolean
  objects: number
  /** Keys under the prefix that do not follow `<volume-id>/<snapshot-id>.json`; never touched. */
  otherKeys: number
  /** Metadata of snapshots that no longer exist: removed (or, under dry-run, to be removed). */
  orphans: string[]
  /** Orphan candidates whose document could not be read as one of ours; left alone. */
  unreadable: string[]
  /** Managed snapshots without metadata that were reported, not repaired. */
  missing: MissingMetadata[]
  /** Metadata written for managed snapshots that had none (backup-and-prune; under dry-run: to be written). */
  repaired: string[]
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
  decisions: PruneDecision[]
  counts: Record<PruneOutcome, number>
  /** Deleted (or, under dry-run, to-be-deleted) snapshot ids, in plan order. */
  deletedIds: string[]
  reclaimedGib: number
  reclaimedUsd: number
  metadata: MetadataReport
  errors: PruneError[]
  failures: ListingFailure[]
  csvPath: string
  rowCount: number
}

/** The DeleteSnapshot pacing per account and region. */
export interface DeletePacing {
  burst: number
  refillPerSecond: number
}

/** What prune needs besides config, clients and clock; all optional. */
export interface PruneDeps {
  /** The DeleteSnapshot pacer of one account and region; a TokenBucketPacer with {@link deletePacing} by default. */
  pacer?: (accountId: string, region: string) => Pacer
  /** Where the pacing overrides are read; process.env by default. */
  env?: NodeJS.ProcessEnv
  /** Jitter source for throttle backoff; Math.random by default. */
  random?: () => number
  /** Receives each planned deletion before any is carried out. */
  log?: (line: string) => void
}

/** What backup-and-prune adds to a prune. */
export interface PruneOptions {
  /** Volumes whose backup failed in this run (keyed by {@link volumeKey}): their snapshots are not deleted. */
  hold?: ReadonlyMap<string, string>
  /** Volumes the run backs up: a managed snapshot of one of them without metadata gets it written. */
  repair?: readonly (VolumeInfo & { accountId: string })[]
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

/** How one DeleteSnapshot ended. */
export type DeleteResult =
  | { kind: 'deleted' }
  | { kind: 'gone' }
  | { kind: 'in-use'; message: string }
  | { kind: 'aws-backup'; message: string }
  | { kind: 'error'; message: string }

/** Sorts a DeleteSnapshot error: in use by an AMI, managed by AWS Backup, already gone, or a real error. */
export function classifyDeleteError(err: unknown): DeleteResult {
  const code = errorCode(err)
  const message = errorMessage(err)
  if (code === 'InvalidSnapshot.NotFound') return { kind: 'gone' }
  if (code === 'InvalidSnapshot.InUse') return { kind: 'in-use', message }
  if (/AWS Backup/i.test(message)) return { kind: 'aws-backup', message }
  return { kind: 'error', message }
}

/** Deletes one snapshot: a pacer token per attempt, RequestLimitExceeded retried with backoff; never throws. */
export async function deleteSnapshot(
  ec2: EC2Client,
  snapshotId: string,
  region: string,
  pacer: Pacer,
  clock: Clock,
  random?: () => number
): Promise<DeleteResult> {
  // The SDK retries a throttled call on its own before the action sees it; each such retry spent a token
  // the pacer did not grant, so the pacer empties its bucket to fall back in step with EC2's.
  const noteRetries = (meta: { attempts?: number | undefined } | undefined): void => {
    if ((meta?.attempts ?? 1) > 1) pacer.penalize()
  }
  const send = async (): Promise<void> => {
    try {
      noteRetries((await ec2.send(new DeleteSnapshotCommand({ SnapshotId: snapshotId }))).$metadata)
    } catch (err) {
      noteRetries((err as { $metadata?: { attempts?: number } } | null)?.$metadata)
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
      label: `DeleteSnapshot ${snapshotId} in ${region}`
    })
    return { kind: 'deleted' }
  } catch (err) {
    return classifyDeleteError(err)
  }
}

/** The regions prune works in for one account: the regions input, plus the regions of the named volumes. */
export async function pruneRegions(
  config: Pick<PruneConfig, 'regions' | 'awsRegion' | 'volumes'>,
  target: AccountTarget
): Promise<string[]> {
  const base = await accountRegions(config, target)
  return [...new Set([...base, ...config.volumes.map((v) => v.region)])].sort()
}

/** The planner's policy from the inputs. */
export function retentionPolicy(
  config: Pick<
    PruneConfig,
    'retentionDays' | 'keepLast' | 'keepDaily' | 'keepWeekly' | 'keepMonthly' | 'pruneTags' | 'volumes'
  >
): RetentionPolicy {
  return {
    retentionDays: config.retentionDays,
    keepLast: config.keepLast,
    keepDaily: config.keepDaily,
    keepWeekly: config.keepWeekly,
    keepMonthly: config.keepMonthly,
    pruneTags: config.pruneTags,
    volumes: volumeIds(config)
  }
}

function volumeIds(config: Pick<PruneConfig, 'volumes'>): string[] | undefined {
  return config.volumes.length === 0 ? undefined : [...new Set(config.volumes.map((v) => v.volumeId))].sort()
}

function toDecision(d: Decision, now: Date, hold: ReadonlyMap<string, string> | undefined): PruneDecision {
  const s = d.snapshot
  const base = {
    accountId: s.accountId,
    region: s.region,
    snapshotId: s.snapshotId,
    volumeId: s.sourceId,
    createdAt: Number.isNaN(s.createdAt.getTime()) ? '' : s.createdAt.toISOString(),
    ageDays: ageDays(s.createdAt, now),
    sizeGib: s.sizeGib,
    costUsd: estimatedMonthlyCost(s),
    managed: s.tags[TAG_MANAGED] === 'true'
  }
  if (d.action === 'delete') {
    const held = s.sourceId === null ? undefined : hold?.get(volumeKey(s.accountId, s.region, s.sourceId))
    if (held !== undefined)
      return { ...base, outcome: 'skipped', rule: 'backup-failed', reason: `${d.reason}; not deleted because ${held}` }
    return { ...base, outcome: 'would-delete', rule: d.rule, reason: d.reason }
  }
  return { ...base, outcome: d.action === 'keep' ? 'kept' : 'skipped', rule: d.rule, reason: d.reason }
}

/** Shared state of one account's prune. */
interface AccountRun {
  config: PruneConfig
  target: AccountTarget
  clock: Clock
  deps: PruneDeps
  options: PruneOptions
  pacing: DeletePacing
  errors: PruneError[]
  failures: ListingFailure[]
  metadata: MetadataReport
  s3: S3Client | null
  bucket: string
  /** Metadata objects by snapshot id; null when not listed. */
  metaBySnapshot: Map<string, MetadataObject[]> | null
}

interface AccountOutcome {
  regions: string[]
  decisions: PruneDecision[]
}

async function listRegion(run: AccountRun, region: string): Promise<OwnedSnapshot[] | null> {
  try {
    return await listOwnedSnapshots(
      run.target.clients.ec2(region),
      run.target.accountId,
      region,
      run.config.pruneTags,
      volumeIds(run.config)
    )
  } catch (err) {
    run.failures.push({
      accountId: run.target.accountId,
      region,
      service: 'ebs',
      message: `managed EBS snapshots: ${errorMessage(err)}`
    })
    return null
  }
}

async function listAccountMetadata(run: AccountRun): Promise<MetadataObject[] | null> {
  if (run.s3 === null) return null
  try {
    const listed = await listMetadata(run.s3, run.bucket, run.config.metadataPrefix, volumeIds(run.config))
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
function objectsOf(run: AccountRun, d: PruneDecision): MetadataObject[] {
  if (run.s3 === null) return []
  if (run.metaBySnapshot !== null) return run.metaBySnapshot.get(d.snapshotId) ?? []
  if (!d.managed || d.volumeId === null) return []
  const key = metadataKey(run.config.metadataPrefix, d.volumeId, d.snapshotId)
  return [{ key, volumeId: d.volumeId, snapshotId: d.snapshotId, lastModified: null }]
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
async function removeMetadataOf(run: AccountRun, region: string, d: PruneDecision): Promise<void> {
  for (const object of objectsOf(run, d)) {
    const read = await readObject(run, object.key)
    if (read === null || read.kind === 'gone') continue
    const proven =
      read.kind === 'document' &&
      matchesKey(read.identity, object) &&
      read.identity.snapshotId === d.snapshotId &&
      (d.volumeId === null || read.identity.volumeId === d.volumeId) &&
      read.identity.accountId === run.target.accountId
    if (proven) await removeKey(run, region, object.key)
    else run.metadata.unreadable.push(object.key)
  }
}

/** Carries out one region's deletions: concurrently, as fast as the region's pacer allows. */
async function deleteInRegion(run: AccountRun, region: string, items: PruneDecision[]): Promise<void> {
  if (items.length === 0 || run.config.dryRun) return
  const ec2 = run.target.clients.ec2Paced(region)
  const pacer = run.deps.pacer?.(run.target.accountId, region) ?? deletePacer(run.pacing, run.clock)
  await forEachBounded(items, deleteConcurrency(run.pacing), async (d) => {
    const result = await deleteSnapshot(ec2, d.snapshotId, region, pacer, run.clock, run.deps.random)
    switch (result.kind) {
      case 'deleted':
      case 'gone':
        d.outcome = 'deleted'
        if (result.kind === 'gone') d.reason = `${d.reason} (already deleted)`
        await removeMetadataOf(run, region, d)
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
        runError(run, region, 'DeleteSnapshot', d.snapshotId, result.message)
    }
  })
}

/** Snapshot ids (of the given ones) that exist in the region, owned by the account. */
async function existingSnapshots(ec2: EC2Client, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>()
  for (let i = 0; i < ids.length; i += FILTER_VALUES) {
    const out = await ec2.send(
      new DescribeSnapshotsCommand({
        OwnerIds: ['self'],
        MaxResults: 1000,
        Filters: [{ Name: 'snapshot-id', Values: ids.slice(i, i + FILTER_VALUES) }]
      })
    )
    for (const s of out.Snapshots ?? []) if (s.SnapshotId !== undefined) found.add(s.SnapshotId)
  }
  return found
}

/**
 * Removes metadata whose snapshot no longer exists. A candidate is a key whose snapshot was not listed. It is
 * read, and kept unless it is this account's document of the snapshot and volume its key names; then EC2 is
 * asked, by snapshot id, in every region listed in this run and in the region the document names. Only a
 * snapshot absent from all of them is orphaned; a region that cannot be asked keeps the candidates it concerns.
 */
async function removeOrphans(
  run: AccountRun,
  objects: readonly MetadataObject[],
  listedIds: ReadonlySet<string>,
  listedRegions: readonly string[]
): Promise<void> {
  const created = run.options.createdIds ?? new Set<string>()
  const candidates = objects.filter((o) => !listedIds.has(o.snapshotId) && !created.has(o.snapshotId))
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
        for (const id of await existingSnapshots(run.target.clients.ec2(region), [...ids])) existing.add(id)
      } catch (err) {
        unasked.add(region)
        runError(run, region, 'DescribeSnapshots', region, `Could not check metadata for orphans: ${errorMessage(err)}`)
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
  return { accountId: d.accountId, region: d.region, snapshotId: d.snapshotId, volumeId: d.volumeId }
}

/** Reports kept managed snapshots without metadata, writing it where backup-and-prune backs the volume up. */
async function checkMissing(
  run: AccountRun,
  decisions: readonly PruneDecision[],
  owned: ReadonlyMap<string, OwnedSnapshot>
): Promise<void> {
  const meta = run.metaBySnapshot
  if (meta === null) return
  const repairable = new Map(
    (run.options.repair ?? [])
      .filter((v) => v.accountId === run.target.accountId)
      .map((v) => [volumeKey(v.accountId, v.region, v.volumeId), v])
  )
  const wanted = new Set(run.config.volumes.map((v) => volumeKey(run.target.accountId, v.region, v.volumeId)))
  const missing = decisions.filter(
    (d) => d.managed && d.outcome !== 'deleted' && d.outcome !== 'would-delete' && !meta.has(d.snapshotId)
  )
  await forEachBounded(missing, S3_CONCURRENCY, async (d) => {
    const snap = owned.get(d.snapshotId)
    const key = d.volumeId === null ? '' : volumeKey(d.accountId, d.region, d.volumeId)
    if (snap === undefined || snap.record.state !== 'completed') return
    if (run.options.repair === undefined || d.volumeId === null || !wanted.has(key)) {
      run.metadata.missing.push(missingMetadata(d))
      return
    }
    const objectKey = metadataKey(run.config.metadataPrefix, d.volumeId, d.snapshotId)
    if (run.config.dryRun) {
      run.metadata.repaired.push(objectKey)
      return
    }
    const volume = repairable.get(key) ?? unknownVolume(d.volumeId, d.region)
    const doc = metadataDocument(
      recordFacts(snap.record, snap),
      volume,
      workflowFromTags(snap.record.tags),
      'repair',
      run.clock.now()
    )
    try {
      await putMetadata(run.s3 as S3Client, run.bucket, objectKey, doc)
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

/** At most this many planned deletions are logged per account; the CSV has all of them. */
export const PLAN_LOG_MAX = 1000

function logPlan(run: AccountRun, toDelete: readonly PruneDecision[]): void {
  const log = run.deps.log
  if (log === undefined) return
  const verb = run.config.dryRun ? 'Would delete' : 'Deleting'
  for (const d of toDelete.slice(0, PLAN_LOG_MAX))
    log(`${verb} ${d.snapshotId} (${d.volumeId ?? 'no volume'}, ${d.region}, account ${d.accountId}): ${d.reason}`)
  if (toDelete.length > PLAN_LOG_MAX)
    log(
      `${verb} ${toDelete.length - PLAN_LOG_MAX} more snapshots in account ${run.target.accountId}; the CSV lists every one`
    )
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
  const [lists, objects] = await Promise.all([
    Promise.all(regions.map((r) => listRegion(run, r))),
    listAccountMetadata(run)
  ])
  const owned = lists.flatMap((l) => l ?? [])
  if (objects !== null) {
    run.metaBySnapshot = new Map()
    for (const o of objects) run.metaBySnapshot.set(o.snapshotId, [...(run.metaBySnapshot.get(o.snapshotId) ?? []), o])
  }
  const plan = planRetention(
    owned.map((o) => o.record),
    retentionPolicy(run.config),
    now,
    { createdIds: run.options.createdIds }
  )
  const decisions = plan.decisions.map((d) => toDecision(d, now, run.options.hold))
  const toDelete = decisions.filter((d) => d.outcome === 'would-delete')
  logPlan(run, toDelete)
  await Promise.all(
    regions.map((region) =>
      deleteInRegion(
        run,
        region,
        toDelete.filter((d) => d.region === region)
      )
    )
  )
  if (objects !== null) {
    const listed = regions.filter((_, i) => lists[i] !== null)
    await removeOrphans(run, objects, new Set(owned.map((o) => o.record.snapshotId)), listed)
    await checkMissing(run, decisions, new Map(owned.map((o) => [o.record.snapshotId, o])))
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
  return { checked, objects: 0, otherKeys: 0, orphans: [], unreadable: [], missing: [], repaired: [] }
}

/** Prunes every target account: plans with the retention planner, deletes (unless dry-run), cleans metadata, writes the CSV. */
export async function runPrune(
  config: PruneConfig,
  targets: readonly AccountTarget[],
  clock: Clock,
  deps: PruneDeps = {},
  options: PruneOptions = {}
): Promise<PruneResult> {
  const now = clock.now()
  const pacing = deletePacing(deps.env ?? process.env)
  const errors: PruneError[] = []
  const failures: ListingFailure[] = []
  const metadata = emptyMetadataReport(config.bucket !== null)
  const outcomes = await forEachBounded(targets, config.maxParallelAccounts, async (target) => {
    const run: AccountRun = {
      config,
      target,
      clock,
      deps,
      options,
      pacing,
      errors,
      failures,
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
  const counts: Record<PruneOutcome, number> = { deleted: 0, 'would-delete': 0, kept: 0, skipped: 0, failed: 0 }
  for (const d of decisions) counts[d.outcome] += 1
  const removed = decisions.filter((d) => d.outcome === 'deleted' || d.outcome === 'would-delete')
  const csv = CsvWriter.open<PruneDecision>(config.csvPath, PRUNE_COLUMNS, pruneRow)
  for (let i = 0; i < decisions.length; i += 1000) await csv.write(decisions.slice(i, i + 1000))
  await csv.close()
  const { volumes, ...policy } = retentionPolicy(config)
  return {
    mode: 'prune',
    dryRun: config.dryRun,
    generatedAt: now.toISOString(),
    accounts: targets.map((t) => t.accountId),
    regions: [...new Set(outcomes.flatMap((o) => o.regions))].sort(),
    policy: { ...policy, volumes: volumes === undefined ? null : [...volumes] },
    pacing,
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
    missing: [...m.missing].sort((a, b) =>
      `${a.accountId}${a.region}${a.snapshotId}`.localeCompare(`${b.accountId}${b.region}${b.snapshotId}`)
    )
  }
}
