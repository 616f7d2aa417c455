/**
 * What the two RDS kinds (DB instance, Aurora DB cluster) share: the snapshot identifiers backup gives, the
 * owned-snapshot filter, error sorting, creation under RDS's quota and request bucket, waiting for `available`,
 * and the metadata document.
 */
import type { Clock } from '../clock.js'
import type { ClientFactory } from '../clients.js'
import { errorCode, errorMessage, isThrottle } from '../errors.js'
import { workflowFromTags, type WorkflowContext } from '../metadata.js'
import { TokenBucketPacer, withThrottleRetry, type Pacer } from '../pacer.js'
import { TAG_EXPIRES_AT, TAG_MANAGED, type SnapshotRecord } from '../types.js'
import type { RDSClient } from '@aws-sdk/client-rds'
import {
  BUCKET_PACING,
  type BackupSource,
  type DeleteResult,
  type MetadataContext,
  type OwnedSnapshot,
  type RdsKindName,
  type SnapshotKind,
  type SnapshotView
} from './kind.js'
import { pollUntilDone } from './ebs.js'

/** An RDS snapshot (DB or cluster) in the fields the kinds use. */
export interface RdsSnapshot {
  id: string
  arn: string | null
  sourceId: string
  /** manual, automated, awsbackup, shared or public, as RDS says. */
  type: string
  status: string
  createdAt: Date | null
  percentProgress: number | null
  allocatedStorageGib: number
  encrypted: boolean
  kmsKeyId: string | null
  engine: string | null
  engineVersion: string | null
  tags: Record<string, string>
  /** The common record (inventory's mapping). */
  record: (accountId: string, region: string) => SnapshotRecord
}

/** An RDS DB instance or cluster as backup describes it. */
export interface DbSource {
  id: string
  arn: string | null
  region: string
  engine: string | null
  engineVersion: string | null
  status: string | null
  /** The instance class (DB instance) or null (cluster). */
  instanceClass: string | null
  allocatedStorageGib: number | null
  encrypted: boolean | null
  kmsKeyId: string | null
  multiAz: boolean | null
  tags: Record<string, string>
}

/** The calls one RDS kind makes; everything else is shared. */
export interface RdsApi {
  /** Pages of the account's manual snapshots in the region, for the given sources or all. */
  listManual(rds: RDSClient, sourceIds: readonly string[] | undefined): AsyncGenerator<RdsSnapshot[]>
  /** One snapshot by identifier, or null when RDS says it does not exist. */
  describeSnapshot(rds: RDSClient, snapshotId: string): Promise<RdsSnapshot | null>
  createSnapshot(
    rds: RDSClient,
    snapshotId: string,
    sourceId: string,
    tags: Record<string, string>
  ): Promise<RdsSnapshot>
  /** Sends the delete; returns the SDK's attempt count. */
  deleteSnapshot(rds: RDSClient, snapshotId: string): Promise<number>
  /** The source, or null when RDS says it does not exist. */
  describeSource(rds: RDSClient, id: string, region: string): Promise<DbSource | null>
}

/** The error codes of one RDS kind (the SDK names errors by their shape, which ends in Fault for some). */
export interface RdsCodes {
  notFound: readonly string[]
  invalidState: readonly string[]
  /** The source is not in a state to snapshot (backing up, modifying): wait and try again. */
  sourceBusy: readonly string[]
}

/** RDS's answers when the account's manual snapshot quota of the region is full. */
export const QUOTA_CODES: readonly string[] = ['SnapshotQuotaExceeded', 'SnapshotQuotaExceededFault']
/** RDS's default quota of manual snapshots per region (DB and cluster snapshots each). */
export const MANUAL_SNAPSHOT_QUOTA = 100
/** The wait before trying again when the source is busy (another snapshot or a modification under way). */
export const SOURCE_BUSY_WAIT_MS = 30_000
/** Attempts per RDS create or delete when RDS keeps answering Throttling (after the SDK's own retries). */
export const RDS_MAX_ATTEMPTS = 8

/** Thrown when RDS refused a snapshot because the manual-snapshot quota of the region is full. */
export class SnapshotQuotaError extends Error {
  readonly quotaFull = true

  constructor(noun: string, sourceId: string, region: string, cause: unknown) {
    super(
      `RDS refused a snapshot of ${noun} ${sourceId}: the account's manual snapshot quota in ${region} is full (SnapshotQuotaExceeded, ${MANUAL_SNAPSHOT_QUOTA} by default); prune old manual snapshots or ask AWS for a higher quota`,
      { cause }
    )
  }
}

/** Whether an error is a refusal because the manual-snapshot quota is full. */
export function isQuotaFull(err: unknown): boolean {
  return err instanceof SnapshotQuotaError || QUOTA_CODES.includes(errorCode(err))
}

/** The identifier backup gives a snapshot: `snapshot-hygiene-<source>-<YYYYMMDD>-<HHMMSS>-<mmm>` (UTC), at most 96 characters. */
export function rdsSnapshotId(sourceId: string, now: Date): string {
  const iso = now.toISOString()
  const stamp = `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 19).replace(/:/g, '')}-${iso.slice(20, 23)}`
  return `snapshot-hygiene-${sourceId.toLowerCase()}-${stamp}`
}

/** The account in an RDS ARN (arn:aws:rds:REGION:ACCOUNT:...), or null. */
export function arnAccount(arn: string | null): string | null {
  if (arn === null) return null
  const parts = arn.split(':')
  return parts.length >= 6 && parts[2] === 'rds' ? (parts[4] ?? null) : null
}

/**
 * Whether prune may consider an RDS snapshot: a manual snapshot of this account (never automated, AWS Backup-made,
 * shared or public ones, nor one whose ARN names another account), tagged managed or carrying all prune-tags.
 */
export function isPrunable(s: RdsSnapshot, accountId: string, pruneTags: Readonly<Record<string, string>>): boolean {
  if (s.type !== 'manual') return false
  const owner = arnAccount(s.arn)
  if (owner !== null && owner !== accountId) return false
  if (s.tags[TAG_MANAGED] === 'true') return true
  const filter = Object.entries(pruneTags)
  return filter.length > 0 && filter.every(([k, v]) => s.tags[k] === v)
}

/** Sorts an RDS delete error: already gone, not in a deletable state, managed by AWS Backup, or a real error. */
export function classifyRdsDeleteError(err: unknown, codes: RdsCodes): DeleteResult {
  const code = errorCode(err)
  const message = errorMessage(err)
  if (codes.notFound.includes(code)) return { kind: 'gone' }
  if (codes.invalidState.includes(code)) return { kind: 'not-deletable-state', message }
  if (/AWS Backup/i.test(message)) return { kind: 'aws-backup', message }
  return { kind: 'error', message }
}

/** The shared view of an RDS snapshot. */
export function rdsView(s: RdsSnapshot): SnapshotView<RdsSnapshot> {
  return {
    snapshotId: s.id,
    state: s.status,
    done: s.status === 'available',
    failed: s.status === 'failed',
    stateMessage: '',
    progress: s.percentProgress === null ? null : `${s.percentProgress}%`,
    startTime: s.createdAt ?? new Date(0),
    sizeGib: s.allocatedStorageGib,
    tags: s.tags,
    raw: s
  }
}

/** The JSON document stored for an RDS snapshot (schema_version 1, with its kind). */
export interface DbMetadataDocument {
  schema_version: 1
  tool: 'snapshot-hygiene'
  kind: RdsKindName
  written_at: string
  written_by: 'backup' | 'repair'
  snapshot: {
    id: string
    arn: string | null
    source_id: string
    region: string
    account_id: string
    start_time: string
    state: string
    progress: string | null
    snapshot_type: string
    allocated_storage_gib: number
    encrypted: boolean
    kms_key_id: string | null
    engine: string | null
    engine_version: string | null
    expires_at: string | null
    tags: Record<string, string>
  }
  source: {
    id: string
    arn: string | null
    region: string
    engine: string | null
    engine_version: string | null
    status: string | null
    instance_class: string | null
    allocated_storage_gib: number | null
    encrypted: boolean | null
    kms_key_id: string | null
    multi_az: boolean | null
  }
  workflow: {
    repository: string
    workflow: string
    run_id: string
    run_url: string
    sha: string
    actor: string
  }
}

/** A DB instance or cluster that is gone (or was not described): only its identifier and region are known. */
export function unknownDbSource(id: string, region: string): DbSource {
  return {
    id,
    arn: null,
    region,
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

/** The S3 key of an RDS snapshot's metadata: `<prefix><kind>/<source-id>/<snapshot-id>.json` (never an EBS key). */
export function dbMetadataKey(prefix: string, kind: RdsKindName, sourceId: string, snapshotId: string): string {
  return `${prefix}${kind}/${sourceId}/${snapshotId}.json`
}

/** Builds the metadata document of one RDS snapshot. */
export function dbMetadataDocument(
  kind: RdsKindName,
  s: RdsSnapshot,
  source: DbSource,
  accountId: string,
  workflow: WorkflowContext,
  writtenBy: 'backup' | 'repair',
  now: Date
): DbMetadataDocument {
  return {
    schema_version: 1,
    tool: 'snapshot-hygiene',
    kind,
    written_at: now.toISOString(),
    written_by: writtenBy,
    snapshot: {
      id: s.id,
      arn: s.arn,
      source_id: s.sourceId,
      region: source.region,
      account_id: arnAccount(s.arn) ?? accountId,
      start_time: (s.createdAt ?? new Date(0)).toISOString(),
      state: s.status,
      progress: s.percentProgress === null ? null : `${s.percentProgress}%`,
      snapshot_type: s.type,
      allocated_storage_gib: s.allocatedStorageGib,
      encrypted: s.encrypted,
      kms_key_id: s.kmsKeyId,
      engine: s.engine,
      engine_version: s.engineVersion,
      expires_at: s.tags[TAG_EXPIRES_AT] ?? null,
      tags: s.tags
    },
    source: {
      id: source.id,
      arn: source.arn,
      region: source.region,
      engine: source.engine,
      engine_version: source.engineVersion,
      status: source.status,
      instance_class: source.instanceClass,
      allocated_storage_gib: source.allocatedStorageGib,
      encrypted: source.encrypted,
      kms_key_id: source.kmsKeyId,
      multi_az: source.multiAz
    },
    workflow: {
      repository: workflow.repository,
      workflow: workflow.workflow,
      run_id: workflow.runId,
      run_url: workflow.runUrl,
      sha: workflow.sha,
      actor: workflow.actor
    }
  }
}

/** An RDS snapshot rebuilt from its listed record (for metadata repair; engine fields are not in the record). */
export function snapshotFromRecord(r: SnapshotRecord): RdsSnapshot {
  return {
    id: r.snapshotId,
    arn: r.arn,
    sourceId: r.sourceId ?? '',
    type: r.snapshotType === 'aws-backup' ? 'awsbackup' : r.snapshotType,
    status: r.state,
    createdAt: r.createdAt,
    percentProgress: null,
    allocatedStorageGib: r.sizeGib,
    encrypted: r.encrypted,
    kmsKeyId: r.kmsKeyId,
    engine: null,
    engineVersion: null,
    tags: { ...r.tags },
    record: () => r
  }
}

/** One RDS pacer per account and region for creates (deletes have the executor's), at RDS's documented bucket. */
const createPacers = new WeakMap<ClientFactory, Map<string, Pacer>>()

function createPacer(clients: ClientFactory, region: string, clock: Clock): Pacer {
  let byRegion = createPacers.get(clients)
  if (byRegion === undefined) createPacers.set(clients, (byRegion = new Map<string, Pacer>()))
  let pacer = byRegion.get(region)
  if (pacer === undefined) byRegion.set(region, (pacer = new TokenBucketPacer({ ...BUCKET_PACING.rds, clock })))
  return pacer
}

/** Builds an RDS kind from its calls and error codes. */
export function rdsKind(opts: {
  name: RdsKindName
  service: 'rds' | 'rds-cluster'
  noun: string
  input: string
  deleteOperation: string
  listOperation: string
  listLabel: string
  api: RdsApi
  codes: RdsCodes
}): SnapshotKind<DbSource, RdsSnapshot> {
  const { api, codes, name, noun } = opts
  return {
    name,
    service: opts.service,
    noun,
    input: opts.input,
    bucket: 'rds',
    deleteOperation: opts.deleteOperation,
    listOperation: opts.listOperation,
    listLabel: opts.listLabel,
    doneState: 'available',
    async listOwned(clients, accountId, region, pruneTags, sourceIds): Promise<OwnedSnapshot[]> {
      if (sourceIds !== undefined && sourceIds.length === 0) return []
      const out: OwnedSnapshot[] = []
      for await (const page of api.listManual(clients.rds(region), sourceIds)) {
        for (const s of page) {
          if (!isPrunable(s, accountId, pruneTags)) continue
          out.push({
            record: s.record(accountId, region),
            description: null,
            progress: s.percentProgress === null ? null : `${s.percentProgress}%`
          })
        }
      }
      return out
    },
    sendDelete: (clients, region, snapshotId) =>
      api.deleteSnapshot(clients.rdsPaced?.(region) ?? clients.rds(region), snapshotId),
    classifyDeleteError: (err) => classifyRdsDeleteError(err, codes),
    async existing(clients, region, ids): Promise<Set<string>> {
      const wanted = new Set(ids)
      const found = new Set<string>()
      for await (const page of api.listManual(clients.rds(region), undefined))
        for (const s of page) if (wanted.has(s.id)) found.add(s.id)
      return found
    },
    async describeSources(clients, region, ids): Promise<BackupSource<DbSource>[]> {
      const out: BackupSource<DbSource>[] = []
      for (const id of ids) {
        const source = await api.describeSource(clients.rds(region), id, region)
        if (source !== null)
          out.push({ id: source.id, region, name: null, sizeGib: source.allocatedStorageGib, detail: source })
      }
      return out
    },
    snapshotIdFor: (source, now) => rdsSnapshotId(source.id, now),
    async create(clients, source, request, clock, deadline): Promise<SnapshotView<RdsSnapshot>> {
      const rds = clients.rds(source.region)
      const pacer = createPacer(clients, source.region, clock)
      for (;;) {
        try {
          const created = await withThrottleRetry(
            () => api.createSnapshot(rds, request.snapshotId, source.id, request.tags),
            {
              pacer,
              isThrottle,
              maxAttempts: RDS_MAX_ATTEMPTS,
              clock,
              baseDelayMs: 1_000,
              maxDelayMs: 30_000,
              label: `Create snapshot of ${noun} ${source.id} in ${source.region}`
            }
          )
          return rdsView({ ...created, tags: Object.keys(created.tags).length > 0 ? created.tags : request.tags })
        } catch (err) {
          if (QUOTA_CODES.includes(errorCode(err))) throw new SnapshotQuotaError(noun, source.id, source.region, err)
          if (!codes.sourceBusy.includes(errorCode(err))) throw err
          if (clock.now().getTime() + SOURCE_BUSY_WAIT_MS > deadline) {
            throw new Error(
              `RDS still refused a snapshot of ${noun} ${source.id} when the wait timeout ran out: ${errorMessage(err)}`,
              { cause: err }
            )
          }
          await clock.sleep(SOURCE_BUSY_WAIT_MS)
        }
      }
    },
    async wait(clients, region, created, clock, deadline) {
      const rds = clients.rds(region)
      const out = await pollUntilDone<RdsSnapshot>(
        () => api.describeSnapshot(rds, created.snapshotId),
        (s) => (s.status === 'available' ? 'done' : s.status === 'failed' ? 'failed' : 'working'),
        () => new RdsSnapshotFailedError(created.snapshotId),
        clock,
        deadline
      )
      const seen = out.snapshot ?? created.raw
      return {
        view: rdsView({ ...seen, tags: Object.keys(seen.tags).length > 0 ? seen.tags : created.tags }),
        completed: out.completed
      }
    },
    repairMetadata(owned, source, context) {
      const r = owned.record
      const sourceId = r.sourceId ?? ''
      return {
        key: dbMetadataKey(context.prefix, name, sourceId, r.snapshotId),
        doc: dbMetadataDocument(
          name,
          snapshotFromRecord(r),
          source?.detail ?? unknownDbSource(sourceId, r.region),
          r.accountId,
          workflowFromTags(r.tags),
          context.writtenBy,
          context.now
        )
      }
    },
    metadataKeyOf: (prefix, sourceId, snapshotId) => dbMetadataKey(prefix, name, sourceId, snapshotId),
    metadata(view, source, accountId, context: MetadataContext) {
      return {
        key: dbMetadataKey(context.prefix, name, source.id, view.snapshotId),
        doc: dbMetadataDocument(
          name,
          { ...view.raw, tags: view.tags },
          source.detail,
          accountId,
          context.workflow,
          context.writtenBy,
          context.now
        )
      }
    }
  }
}

/** Thrown when an RDS snapshot ends in the failed state (RDS gives no message with it). */
export class RdsSnapshotFailedError extends Error {
  readonly stateMessage = 'RDS reports the snapshot as failed'

  constructor(snapshotId: string) {
    super(`Snapshot ${snapshotId} failed: RDS reports the snapshot as failed`)
    this.name = 'SnapshotFailedError'
  }
}
