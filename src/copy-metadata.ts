/**
 * Catch-up copies in the metadata: when a run copies an earlier run's snapshot (one whose copy was missing), the
 * earlier snapshot's metadata document gains that copy. Only a document the action provably wrote (schema_version 1,
 * tool snapshot-hygiene, the same kind, snapshot and source as its key) is rewritten, and only when its `copies`
 * change: the same copy recorded twice leaves the object untouched. Nothing else in the document changes.
 */
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import type { CopiedSnapshot } from './backup-copies.js'
import type { CopyRecord } from './copies.js'
import { errorMessage } from './errors.js'
import type { SnapshotKind } from './kinds/kind.js'
import {
  documentIdentity,
  isObjectGone,
  matchesKey,
  s3Error,
  type DocumentCopy,
  type MetadataObject
} from './metadata.js'

/** What became of one earlier document: rewritten, already saying so, gone, or not one the action wrote. */
export type CopyDocumentOutcome = 'updated' | 'unchanged' | 'gone' | 'foreign'

/** A stored copies entry, or null when it is not one the action writes. */
function storedCopy(value: unknown): DocumentCopy | null {
  if (typeof value !== 'object' || value === null) return null
  const v = value as Record<string, unknown>
  if (typeof v.region !== 'string' || typeof v.state !== 'string') return null
  if (v.snapshot_id !== null && typeof v.snapshot_id !== 'string') return null
  if (v.message !== undefined && typeof v.message !== 'string') return null
  return {
    region: v.region,
    snapshot_id: v.snapshot_id,
    state: v.state,
    ...(v.message === undefined ? {} : { message: v.message })
  }
}

/** The document's copies with the given records in place of its entries for their regions, by region. */
export function mergeCopies(stored: unknown, records: readonly CopyRecord[]): DocumentCopy[] {
  const regions = new Set(records.map((r) => r.region))
  const kept = (Array.isArray(stored) ? stored : [])
    .map(storedCopy)
    .filter((c): c is DocumentCopy => c !== null && !regions.has(c.region))
  const added = records.map((c) => ({
    region: c.region,
    snapshot_id: c.snapshotId,
    state: c.state,
    ...(c.message === undefined ? {} : { message: c.message })
  }))
  return [...kept, ...added].sort((a, b) => a.region.localeCompare(b.region))
}

/**
 * Records copies of an earlier snapshot in its metadata document at `key`, when that document is the action's own
 * and names `expected`; S3 errors other than a missing object are thrown with the key.
 */
export async function recordCopies(
  s3: S3Client,
  bucket: string,
  key: string,
  expected: Pick<MetadataObject, 'volumeId' | 'snapshotId' | 'kind'>,
  records: readonly CopyRecord[]
): Promise<CopyDocumentOutcome> {
  let text: string
  try {
    const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
    text = (await out.Body?.transformToString('utf8')) ?? ''
  } catch (err) {
    if (isObjectGone(err)) return 'gone'
    throw s3Error(`Could not read s3://${bucket}/${key}`, bucket, err)
  }
  const identity = documentIdentity(text)
  if (identity === null || !matchesKey(identity, expected)) return 'foreign'
  const doc = JSON.parse(text) as Record<string, unknown>
  const merged = mergeCopies(doc.copies, records)
  if (JSON.stringify(doc.copies) === JSON.stringify(merged)) return 'unchanged'
  try {
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: JSON.stringify({ ...doc, copies: merged }, null, 2) + '\n',
        ContentType: 'application/json'
      })
    )
  } catch (err) {
    throw s3Error(`Could not write s3://${bucket}/${key}`, bucket, err)
  }
  return 'updated'
}

/**
 * Records this run's copies of a source's earlier snapshots (catch-up) in their metadata documents, one document
 * per snapshot; answers one line per document that could not be read or written (the copies themselves stand).
 */
export async function recordCatchUpCopies(
  s3: S3Client,
  bucket: string,
  prefix: string,
  kind: SnapshotKind,
  sourceId: string,
  createdSnapshotId: string,
  copies: readonly CopiedSnapshot[]
): Promise<string[]> {
  const bySnapshot = new Map<string, CopyRecord[]>()
  for (const c of copies) {
    if (c.sourceSnapshotId === createdSnapshotId) continue
    const record: CopyRecord = {
      region: c.region,
      snapshotId: c.snapshotId,
      state: c.state,
      ...(c.message === undefined ? {} : { message: c.message })
    }
    bySnapshot.set(c.sourceSnapshotId, [...(bySnapshot.get(c.sourceSnapshotId) ?? []), record])
  }
  const problems: string[] = []
  await Promise.all(
    [...bySnapshot].map(async ([snapshotId, records]) => {
      const key = kind.metadataKeyOf(prefix, sourceId, snapshotId)
      const expected = {
        volumeId: sourceId,
        snapshotId,
        ...(kind.name === 'ebs' ? {} : { kind: kind.name })
      }
      try {
        await recordCopies(s3, bucket, key, expected, records)
      } catch (err) {
        problems.push(
          `The copies of ${snapshotId} made by this run are not recorded in its metadata: ${errorMessage(err)}`
        )
      }
    })
  )
  return problems.sort()
}
