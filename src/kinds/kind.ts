/**
 * A kind of snapshot (EBS volume, RDS DB instance, Aurora DB cluster): what the shared backup and prune core needs
 * from a service. The core (planner, executor, pacing, metadata, dry-run, summary, CSV) knows nothing of a kind
 * beyond this interface.
 */
import type { Clock } from '../clock.js'
import type { ClientFactory } from '../clients.js'
import type { WorkflowContext } from '../metadata.js'
import type { DeletePacing, Pacer } from '../pacer.js'
import type { Service, SnapshotRecord } from '../types.js'

/** The kinds of snapshot backup and prune handle. */
export const KIND_NAMES = ['ebs', 'db-instance', 'db-cluster'] as const
export type KindName = (typeof KIND_NAMES)[number]

/** The kinds of RDS (every kind but EBS), which the metadata layout and the documents name. */
export type RdsKindName = Exclude<KindName, 'ebs'>

/** A request bucket AWS meters mutating snapshot calls with, per account and region. */
export type RequestBucket = 'ec2-snapshot' | 'rds'

/** A snapshot prune may touch, with the fields the record does not keep (for metadata repair). */
export interface OwnedSnapshot {
  record: SnapshotRecord
  description: string | null
  progress: string | null
}

/** How one delete ended. */
export type DeleteResult =
  | { kind: 'deleted' }
  | { kind: 'gone' }
  | { kind: 'in-use'; message: string }
  | { kind: 'aws-backup'; message: string }
  | { kind: 'not-deletable-state'; message: string }
  | { kind: 'locked'; message: string }
  | { kind: 'error'; message: string }

/** A snapshot as the kind describes it during backup: what the shared flow records and reports. */
export interface SnapshotView<Raw = unknown> {
  snapshotId: string
  /** The kind's own state word (EBS: pending/completed/error; RDS: creating/available/...). */
  state: string
  /** True once the snapshot is usable (EBS completed, RDS available). */
  done: boolean
  /** True when the snapshot failed for good (EBS error, RDS failed). */
  failed: boolean
  /** The service's message for a failure; '' when it gave none. */
  stateMessage: string
  /** Progress as the service states it (EBS "42%", RDS PercentProgress), or null. */
  progress: string | null
  startTime: Date
  /** The size the service states (EBS VolumeSize, RDS AllocatedStorage); null when it gave none. */
  sizeGib: number | null
  tags: Record<string, string>
  /** The service's own description, for the metadata document. */
  raw: Raw
}

/** A source found for backup (a volume, DB instance or DB cluster), with the kind's own description of it. */
export interface BackupSource<Detail = unknown> {
  id: string
  region: string
  /** The source's Name tag (EBS) or null. */
  name: string | null
  sizeGib: number | null
  detail: Detail
}

/** What backup asks the kind to create. */
export interface CreateRequest {
  /** The snapshot identifier to use (RDS); EBS picks its own. */
  snapshotId: string
  description: string
  tags: Record<string, string>
  /** The pacer of the creation request bucket (EBS); every attempt, retries included, takes a token. */
  pacer?: Pacer
}

/** One kind of snapshot: how to list, create, wait for, delete and check its snapshots, and its errors and buckets. */
export interface SnapshotKind<Detail = unknown, Raw = unknown> {
  readonly name: KindName
  /** The service the records carry (types.ts). */
  readonly service: Service
  /** The source, as a sentence names it: volume, DB instance, DB cluster. */
  readonly noun: string
  /** The input that names the sources. */
  readonly input: string
  /** The bucket this kind's creates and deletes draw on. */
  readonly bucket: RequestBucket
  /** The delete call's name, for errors and the plan log. */
  readonly deleteOperation: string
  /** The describe call that lists and checks snapshots, for errors. */
  readonly listOperation: string
  /** What the listing is called in a listing failure ("managed EBS snapshots"). */
  readonly listLabel: string
  /** The state of a snapshot that is done and may be deleted. */
  readonly doneState: string
  /** Lists the account's snapshots of this kind in a region that prune may touch, optionally for some sources only. */
  listOwned(
    clients: ClientFactory,
    accountId: string,
    region: string,
    pruneTags: Readonly<Record<string, string>>,
    sourceIds: readonly string[] | undefined
  ): Promise<OwnedSnapshot[]>
  /** Sends one delete (throws the service's error); returns the SDK's attempt count. */
  sendDelete(clients: ClientFactory, region: string, snapshotId: string): Promise<number>
  /** Sorts a delete error into the shared {@link DeleteResult}. */
  classifyDeleteError(err: unknown): DeleteResult
  /** Which of the given snapshot ids exist in the region, owned by the account (the orphan-metadata sweep). */
  existing(clients: ClientFactory, region: string, snapshotIds: readonly string[]): Promise<Set<string>>
  /** Describes the named sources of one region; missing ones are simply absent. */
  describeSources(clients: ClientFactory, region: string, ids: readonly string[]): Promise<BackupSource<Detail>[]>
  /** The snapshot identifier backup asks for, or '' when the service picks one (EBS). */
  snapshotIdFor(source: BackupSource<Detail>, now: Date): string
  /** Creates one snapshot, waiting out the service's rate errors until the deadline. */
  create(
    clients: ClientFactory,
    source: BackupSource<Detail>,
    request: CreateRequest,
    clock: Clock,
    deadline: number
  ): Promise<SnapshotView<Raw>>
  /**
   * Polls until the snapshot is done or failed (throws), or the deadline passes; the view merges what was seen.
   * `poll`, when given, describes the snapshot instead of the kind's own call (a batched, paced poller).
   */
  wait(
    clients: ClientFactory,
    region: string,
    created: SnapshotView<Raw>,
    clock: Clock,
    deadline: number,
    poll?: (snapshotId: string) => Promise<Raw | null>
  ): Promise<{ view: SnapshotView<Raw>; completed: boolean }>
  /** The metadata key and document of a listed snapshot that has none (written by repair); source null when unknown. */
  repairMetadata(
    owned: OwnedSnapshot,
    source: BackupSource<Detail> | null,
    context: MetadataContext
  ): { key: string; doc: unknown }
  /** The metadata key a snapshot of this kind would have (when the bucket could not be listed). */
  metadataKeyOf(prefix: string, sourceId: string, snapshotId: string): string
  /** The metadata key and document of a snapshot of this kind. */
  metadata(
    view: SnapshotView<Raw>,
    source: BackupSource<Detail>,
    accountId: string,
    context: MetadataContext
  ): { key: string; doc: unknown }
}

/** What every metadata document records besides the snapshot and its source. */
export interface MetadataContext {
  prefix: string
  workflow: WorkflowContext
  writtenBy: 'backup' | 'repair'
  now: Date
}

/** The bucket's documented pacing per account and region (see AWS-NOTES): EC2 snapshot calls and RDS calls. */
export const BUCKET_PACING: Readonly<Record<RequestBucket, DeletePacing>> = {
  'ec2-snapshot': { burst: 100, refillPerSecond: 5 },
  rds: { burst: 300, refillPerSecond: 12 }
}

/**
 * The key of a source in one account and region, unambiguous across kinds: EBS keeps volumeKey's
 * `ACCOUNT/REGION/vol-...`; the other kinds put their name in front (`db-instance:ACCOUNT/REGION/name`).
 */
export function sourceKey(kind: KindName, accountId: string | null, region: string, sourceId: string): string {
  const base = accountId === null ? `${region}/${sourceId}` : `${accountId}/${region}/${sourceId}`
  return kind === 'ebs' ? base : `${kind}:${base}`
}

/** The key of one snapshot across kinds (the same identifier can name an EBS, a DB and a cluster snapshot). */
export function snapshotKey(kind: KindName, snapshotId: string): string {
  return kind === 'ebs' ? snapshotId : `${kind}:${snapshotId}`
}

/** The kind of a listed record, from its service. */
export function kindOfService(service: Service): KindName | null {
  if (service === 'ebs') return 'ebs'
  if (service === 'rds') return 'db-instance'
  if (service === 'rds-cluster') return 'db-cluster'
  return null
}

/** How many attempts the SDK made for a call, from its output's metadata (1 when it does not say). */
export function sdkAttempts(output: object): number {
  return (output as { $metadata?: { attempts?: number } }).$metadata?.attempts ?? 1
}
