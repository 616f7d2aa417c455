/**
 * The snapshot metadata the backup writes to S3: one JSON document per snapshot at
 * `<prefix><volume-id>/<snapshot-id>.json` for EBS, and `<prefix><kind>/<db-identifier>/<snapshot-id>.json` for the
 * RDS kinds (db-instance, db-cluster), carrying a `schema_version`; RDS documents also carry their `kind`.
 */
import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  paginateListObjectsV2,
  type S3Client
} from '@aws-sdk/client-s3'
import type { Snapshot, Volume } from '@aws-sdk/client-ec2'
import { ACCOUNT_RE, DB_ID_RE, DB_SNAPSHOT_ID_RE, REGION_RE } from './aws-names.js'
import { errorCode, errorMessage } from './errors.js'
import { WORKFLOW_TAGS } from './backup-tags.js'
import { tagMap } from './tags.js'
import { TAG_EXPIRES_AT, type SnapshotRecord } from './types.js'

/** Version of the metadata document; a reader should refuse other major versions. */
export const METADATA_SCHEMA_VERSION = 1

/** The workflow run a backup came from, as plain data (tests pass their own). */
export interface WorkflowContext {
  /** owner/name, or '' outside a workflow. */
  repository: string
  workflow: string
  runId: string
  runUrl: string
  sha: string
  actor: string
}

/** Reads the workflow context back from a snapshot's tags (for metadata written by a later repair). */
export function workflowFromTags(tags: Readonly<Record<string, string>>): WorkflowContext {
  const get = (field: keyof WorkflowContext): string => tags[WORKFLOW_TAGS[field]] ?? ''
  return {
    repository: get('repository'),
    workflow: get('workflow'),
    runId: get('runId'),
    runUrl: get('runUrl'),
    sha: get('sha'),
    actor: get('actor')
  }
}

/** What the document records about the source volume; fields are null when the volume is gone. */
export interface VolumeInfo {
  volumeId: string
  region: string
  volumeType: string | null
  sizeGib: number | null
  availabilityZone: string | null
  attachments: { instanceId: string; device: string | null; state: string | null }[]
  name: string | null
  encrypted: boolean | null
  kmsKeyId: string | null
  tags: Record<string, string>
}

/** Maps a DescribeVolumes entry to {@link VolumeInfo}. */
export function volumeInfo(v: Volume, region: string): VolumeInfo {
  const tags = tagMap(v.Tags)
  return {
    volumeId: v.VolumeId ?? '',
    region,
    volumeType: v.VolumeType ?? null,
    sizeGib: v.Size ?? null,
    availabilityZone: v.AvailabilityZone ?? null,
    attachments: (v.Attachments ?? [])
      .filter((a) => a.InstanceId !== undefined)
      .map((a) => ({ instanceId: a.InstanceId ?? '', device: a.Device ?? null, state: a.State ?? null })),
    name: tags.Name ?? null,
    encrypted: v.Encrypted ?? null,
    kmsKeyId: v.KmsKeyId ?? null,
    tags
  }
}

/** A volume that no longer exists (or was not described): only its id and region are known. */
export function unknownVolume(volumeId: string, region: string): VolumeInfo {
  return {
    volumeId,
    region,
    volumeType: null,
    sizeGib: null,
    availabilityZone: null,
    attachments: [],
    name: null,
    encrypted: null,
    kmsKeyId: null,
    tags: {}
  }
}

/** The snapshot facts the document records, from either a full EC2 Snapshot or a listed record. */
export interface SnapshotFacts {
  snapshotId: string
  volumeId: string
  region: string
  accountId: string
  startTime: Date
  state: string
  progress: string | null
  volumeSizeGib: number
  encrypted: boolean
  kmsKeyId: string | null
  description: string | null
  storageTier: string
  tags: Record<string, string>
}

/** Facts from an EC2 Snapshot (CreateSnapshot or DescribeSnapshots). */
export function snapshotFacts(s: Snapshot, accountId: string, region: string): SnapshotFacts {
  return {
    snapshotId: s.SnapshotId ?? '',
    volumeId: s.VolumeId ?? '',
    region,
    accountId: s.OwnerId ?? accountId,
    startTime: s.StartTime ?? new Date(0),
    state: s.State ?? 'unknown',
    progress: s.Progress ?? null,
    volumeSizeGib: s.VolumeSize ?? 0,
    encrypted: s.Encrypted ?? false,
    kmsKeyId: s.KmsKeyId ?? null,
    description: s.Description ?? null,
    storageTier: s.StorageTier ?? 'standard',
    tags: tagMap(s.Tags)
  }
}

/** Facts from a listed record, plus the description and progress the record does not keep. */
export function recordFacts(
  r: SnapshotRecord,
  extra: { description: string | null; progress: string | null }
): SnapshotFacts {
  return {
    snapshotId: r.snapshotId,
    volumeId: r.sourceId ?? '',
    region: r.region,
    accountId: r.accountId,
    startTime: r.createdAt,
    state: r.state,
    progress: extra.progress,
    volumeSizeGib: r.sizeGib,
    encrypted: r.encrypted,
    kmsKeyId: r.kmsKeyId,
    description: extra.description,
    storageTier: r.storageTier,
    tags: { ...r.tags }
  }
}

/** The JSON document stored at the metadata key (schema_version 1). */
export interface MetadataDocument {
  schema_version: typeof METADATA_SCHEMA_VERSION
  tool: 'snapshot-hygiene'
  written_at: string
  /** 'backup' when the backup wrote it; 'repair' when backup-and-prune wrote it later for a snapshot that had none. */
  written_by: 'backup' | 'repair'
  snapshot: {
    id: string
    volume_id: string
    region: string
    account_id: string
    start_time: string
    state: string
    progress: string | null
    volume_size_gib: number
    encrypted: boolean
    kms_key_id: string | null
    description: string | null
    storage_tier: string
    expires_at: string | null
    tags: Record<string, string>
  }
  volume: {
    id: string
    region: string
    type: string | null
    size_gib: number | null
    availability_zone: string | null
    attached_instance_id: string | null
    attachments: { instance_id: string; device: string | null; state: string | null }[]
    name: string | null
    encrypted: boolean | null
    kms_key_id: string | null
  }
  workflow: {
    repository: string
    workflow: string
    run_id: string
    run_url: string
    sha: string
    actor: string
  }
  /** With copy-to-regions: the snapshot's copies, one per copy region (absent without copies). */
  copies?: DocumentCopy[]
}

/** One copy of a snapshot as its metadata document records it. */
export interface DocumentCopy {
  region: string
  /** The copy's id; null when no copy was started. */
  snapshot_id: string | null
  /** The copy's state, or failed, not-started, or copied-before (an earlier run copied this snapshot). */
  state: string
  /** Why the copy failed or was not started; absent when it went well. */
  message?: string
}

/** Builds the metadata document of one snapshot. */
export function metadataDocument(
  snapshot: SnapshotFacts,
  volume: VolumeInfo,
  workflow: WorkflowContext,
  writtenBy: MetadataDocument['written_by'],
  now: Date
): MetadataDocument {
  const attached = volume.attachments[0]
  return {
    schema_version: METADATA_SCHEMA_VERSION,
    tool: 'snapshot-hygiene',
    written_at: now.toISOString(),
    written_by: writtenBy,
    snapshot: {
      id: snapshot.snapshotId,
      volume_id: snapshot.volumeId,
      region: snapshot.region,
      account_id: snapshot.accountId,
      start_time: snapshot.startTime.toISOString(),
      state: snapshot.state,
      progress: snapshot.progress,
      volume_size_gib: snapshot.volumeSizeGib,
      encrypted: snapshot.encrypted,
      kms_key_id: snapshot.kmsKeyId,
      description: snapshot.description,
      storage_tier: snapshot.storageTier,
      expires_at: snapshot.tags[TAG_EXPIRES_AT] ?? null,
      tags: snapshot.tags
    },
    volume: {
      id: volume.volumeId,
      region: volume.region,
      type: volume.volumeType,
      size_gib: volume.sizeGib,
      availability_zone: volume.availabilityZone,
      attached_instance_id: attached?.instanceId ?? null,
      attachments: volume.attachments.map((a) => ({ instance_id: a.instanceId, device: a.device, state: a.state })),
      name: volume.name,
      encrypted: volume.encrypted,
      kms_key_id: volume.kmsKeyId
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

export { metadataKey } from './metadata-key.js'

const KEY_TAIL_RE = /^(vol-[0-9a-f]+)\/(snap-[0-9a-f]+)\.json$/
const DB_KEY_TAIL_RE = /^(db-instance|db-cluster)\/([^/]+)\/([^/]+)\.json$/

/** The RDS kinds, as metadata keys and documents name them. */
export type DbKind = 'db-instance' | 'db-cluster'

/** A metadata object found under the prefix. */
export interface MetadataObject {
  key: string
  /** The source: the volume id, or for an RDS kind the DB instance or cluster identifier. */
  volumeId: string
  snapshotId: string
  lastModified: Date | null
  /** The RDS kind; absent for EBS. */
  kind?: DbKind
}

/** Parses a key written by {@link metadataKey} or dbMetadataKey; null for any other key (which the action never touches). */
export function parseMetadataKey(prefix: string, key: string, lastModified: Date | null = null): MetadataObject | null {
  if (!key.startsWith(prefix)) return null
  const tail = key.slice(prefix.length)
  const m = KEY_TAIL_RE.exec(tail)
  if (m) return { key, volumeId: m[1] ?? '', snapshotId: m[2] ?? '', lastModified }
  const db = DB_KEY_TAIL_RE.exec(tail)
  const kind = db?.[1] as DbKind | undefined
  const source = db?.[2] ?? ''
  const snapshot = db?.[3] ?? ''
  if (kind === undefined || !DB_ID_RE.test(source) || !DB_SNAPSHOT_ID_RE.test(snapshot)) return null
  return { key, volumeId: source, snapshotId: snapshot, lastModified, kind }
}

/** Adds what was being attempted, and a hint for a bucket in another region. */
export function s3Error(what: string, bucket: string, err: unknown): Error {
  const code = errorCode(err)
  const hint =
    code === 'PermanentRedirect' ||
    code === 'AuthorizationHeaderMalformed' ||
    code === 'IllegalLocationConstraintException'
      ? ` (the bucket ${bucket} is in another region: set aws-region to the bucket's region)`
      : code === 'NoSuchBucket'
        ? ` (bucket ${bucket} does not exist)`
        : ''
  return new Error(`${what}: ${errorMessage(err)}${hint}`, { cause: err })
}

/** Writes one document with ContentType application/json. */
export async function putMetadata(s3: S3Client, bucket: string, key: string, doc: MetadataDocument): Promise<void> {
  try {
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: JSON.stringify(doc, null, 2) + '\n',
        ContentType: 'application/json'
      })
    )
  } catch (err) {
    throw s3Error(`Could not write s3://${bucket}/${key}`, bucket, err)
  }
}

/**
 * Lists the metadata objects under each prefix (the whole prefix, or one per volume and per DB source when
 * `volumeIds` is given); other keys are counted, never returned.
 */
export async function listMetadata(
  s3: S3Client,
  bucket: string,
  prefix: string,
  volumeIds: readonly string[] | undefined,
  dbSources: readonly { kind: DbKind; id: string }[] = []
): Promise<{ objects: MetadataObject[]; otherKeys: number }> {
  const prefixes =
    volumeIds === undefined
      ? [prefix]
      : [
          ...new Set([
            ...volumeIds.map((v) => `${prefix}${v}/`),
            ...dbSources.map((d) => `${prefix}${d.kind}/${d.id}/`)
          ])
        ]
  const objects: MetadataObject[] = []
  let otherKeys = 0
  for (const p of prefixes) {
    try {
      for await (const page of paginateListObjectsV2({ client: s3, pageSize: 1000 }, { Bucket: bucket, Prefix: p })) {
        for (const o of page.Contents ?? []) {
          const parsed = o.Key === undefined ? null : parseMetadataKey(prefix, o.Key, o.LastModified ?? null)
          if (parsed) objects.push(parsed)
          else otherKeys++
        }
      }
    } catch (err) {
      throw s3Error(`Could not list s3://${bucket}/${p}`, bucket, err)
    }
  }
  return { objects, otherKeys }
}

/** What a metadata document says about itself: the snapshot, volume (or DB source), account and region it records. */
export interface MetadataIdentity {
  snapshotId: string
  volumeId: string
  accountId: string
  region: string
  /** The RDS kind; absent for EBS. */
  kind?: DbKind
}

function field(value: unknown, re: RegExp): string | null {
  return typeof value === 'string' && re.test(value) ? value : null
}

/**
 * Reads a document this action wrote (schema_version 1, tool snapshot-hygiene, written by backup or repair)
 * and returns what it records; null for anything else: not JSON, another tool's or version's, or a field missing.
 */
export function documentIdentity(text: string): MetadataIdentity | null {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof doc !== 'object' || doc === null) return null
  const d = doc as {
    schema_version?: unknown
    tool?: unknown
    written_by?: unknown
    snapshot?: unknown
    kind?: unknown
  }
  if (d.schema_version !== METADATA_SCHEMA_VERSION || d.tool !== 'snapshot-hygiene') return null
  if (d.written_by !== 'backup' && d.written_by !== 'repair') return null
  if (typeof d.snapshot !== 'object' || d.snapshot === null) return null
  if (d.kind !== undefined) return dbIdentity(d.kind, d.snapshot)
  const snap = d.snapshot as { id?: unknown; volume_id?: unknown; account_id?: unknown; region?: unknown }
  const snapshotId = field(snap.id, /^snap-[0-9a-f]+$/)
  const volumeId = field(snap.volume_id, /^vol-[0-9a-f]+$/)
  const accountId = field(snap.account_id, ACCOUNT_RE)
  const region = field(snap.region, REGION_RE)
  if (snapshotId === null || volumeId === null || accountId === null || region === null) return null
  return { snapshotId, volumeId, accountId, region }
}

/** The identity of an RDS kind's document, or null when its kind or a field is not what the action writes. */
function dbIdentity(kind: unknown, snapshot: object): MetadataIdentity | null {
  if (kind !== 'db-instance' && kind !== 'db-cluster') return null
  const snap = snapshot as { id?: unknown; source_id?: unknown; account_id?: unknown; region?: unknown }
  const snapshotId = field(snap.id, DB_SNAPSHOT_ID_RE)
  const sourceId = field(snap.source_id, DB_ID_RE)
  const accountId = field(snap.account_id, ACCOUNT_RE)
  const region = field(snap.region, REGION_RE)
  if (snapshotId === null || sourceId === null || accountId === null || region === null) return null
  return { snapshotId, volumeId: sourceId, accountId, region, kind }
}

/** Whether a document is the one its key names: the same kind, snapshot and source. */
export function matchesKey(
  identity: MetadataIdentity,
  object: Pick<MetadataObject, 'volumeId' | 'snapshotId' | 'kind'>
): boolean {
  return (
    identity.snapshotId === object.snapshotId && identity.volumeId === object.volumeId && identity.kind === object.kind
  )
}

/** S3's answers for an object or key that is not there (another run may have removed it first). */
const GONE_CODES = new Set(['NoSuchKey', 'NotFound'])

/** Whether an S3 error says the object is not there (NoSuchKey, or a bare 404). */
export function isObjectGone(err: unknown): boolean {
  if (GONE_CODES.has(errorCode(err))) return true
  return (err as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode === 404
}

/** What reading a metadata object found: gone (another run removed it), not one of ours, or a document. */
export type MetadataRead = { kind: 'gone' } | { kind: 'foreign' } | { kind: 'document'; identity: MetadataIdentity }

/** Reads one metadata object and what it records; NoSuchKey (or 404) answers gone, never an error. */
export async function readMetadata(s3: S3Client, bucket: string, key: string): Promise<MetadataRead> {
  let text: string
  try {
    const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
    text = (await out.Body?.transformToString('utf8')) ?? ''
  } catch (err) {
    if (isObjectGone(err)) return { kind: 'gone' }
    throw s3Error(`Could not read s3://${bucket}/${key}`, bucket, err)
  }
  const identity = documentIdentity(text)
  return identity === null ? { kind: 'foreign' } : { kind: 'document', identity }
}

/** Deletes one metadata object; an object already gone (NoSuchKey, 404) counts as deleted. */
export async function deleteMetadata(s3: S3Client, bucket: string, key: string): Promise<void> {
  try {
    await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }))
  } catch (err) {
    if (isObjectGone(err)) return
    throw s3Error(`Could not delete s3://${bucket}/${key}`, bucket, err)
  }
}
