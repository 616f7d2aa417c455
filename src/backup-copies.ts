/**
 * The copy step of a backup: after a source's snapshot is created (and waited for), copies it into each copy
 * region, and copies the earlier managed snapshots of the source that a copy region still lacks (a failed or
 * interrupted copy of an earlier run, or a snapshot that was not completed when its run ended).
 */
import type { Clock } from './clock.js'
import { backupTags, firstChars, DESCRIPTION_MAX } from './backup-tags.js'
import { copySnapshot, missingCopies, type CopyCandidate, type CopyGates, type CopyRecord } from './copies.js'
import type { RetentionCounts } from './copy-policy.js'
import { copyRegionsOf, isCopy, TAG_COPY_OF, TAG_SOURCE_ID, TAG_SOURCE_REGION } from './copy-policy.js'
import { errorMessage } from './errors.js'
import type { AccountTarget } from './accounts.js'
import type { BackupSource, OwnedSnapshot, RdsKindName, SnapshotKind, SnapshotView } from './kinds/kind.js'
import type { DocumentCopy, WorkflowContext } from './metadata.js'
import { TAG_INSTANCE_ID, TAG_SNAPSHOT_SET } from './instance-set.js'

/** The copy inputs backup reads. */
export interface CopyConfig {
  copyToRegions: readonly string[]
  copyKmsKey: Readonly<Record<string, string>>
  copyRetention: RetentionCounts
  tags: Readonly<Record<string, string>>
  wait: boolean
}

/** One copy a backup made or tried, for the result, the summary and the outputs. */
export interface CopiedSnapshot extends CopyRecord {
  accountId: string
  /** The RDS kind; absent for EBS. */
  kind?: RdsKindName
  /** The volume, DB instance or DB cluster. */
  volumeId: string
  sourceRegion: string
  sourceSnapshotId: string
}

/** What the copy step did for one source: the copies of this run's snapshot (for its metadata) and every copy. */
export interface SourceCopies {
  /** The copies of the snapshot this run created, one per copy region. */
  ofCreated: CopyRecord[]
  /** Every copy made or tried for the source (this run's snapshot and earlier ones). */
  all: CopiedSnapshot[]
}

/** The tags of a source snapshot its copies keep: the instance and the set of a snapshot made as part of a set. */
function setTags(tags: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const key of [TAG_INSTANCE_ID, TAG_SNAPSHOT_SET]) {
    const value = tags?.[key]
    if (value !== undefined && value !== '') out[key] = value
  }
  return out
}

/** The description of a copy: the source's id and region. */
function copyDescription(snapshotId: string, region: string, sourceId: string): string {
  return firstChars(`snapshot-hygiene copy of ${snapshotId} (${sourceId}) from ${region}`, DESCRIPTION_MAX)
}

/** The managed, completed snapshots of the source in its own region (not copies), as copy candidates. */
async function sourceCandidates(
  target: AccountTarget,
  kind: SnapshotKind,
  source: BackupSource,
  gates: CopyGates
): Promise<CopyCandidate[]> {
  // Listed with the other sources of the region that ask at the same time.
  const owned: OwnedSnapshot[] = await gates.ownedOf(target.clients, kind, target.accountId, source.region, source.id)
  return owned
    .filter((o) => !isCopy(o.record) && o.record.state === kind.doneState && o.record.sourceId === source.id)
    .map((o) => ({
      snapshotId: o.record.snapshotId,
      createdAt: o.record.createdAt,
      arn: o.record.arn,
      encrypted: o.record.encrypted,
      tags: o.record.tags
    }))
}

/**
 * Copies the source's new snapshot (when done) and the recent ones a copy region lacks; never throws. A region
 * whose copies cannot be listed still gets this run's snapshot.
 */
export async function copyForSource(
  target: AccountTarget,
  kind: SnapshotKind,
  source: BackupSource,
  view: SnapshotView,
  config: CopyConfig,
  workflow: WorkflowContext,
  gates: CopyGates,
  clock: Clock,
  deadline: number
): Promise<SourceCopies> {
  const now = clock.now()
  const tags = backupTags(
    { tags: config.tags, retentionDays: config.copyRetention.retentionDays },
    source,
    workflow,
    now
  )
  // The kind's own description: an RDS snapshot has arn and encrypted, an EC2 snapshot Encrypted.
  const raw = view.raw as { arn?: string | null; encrypted?: boolean; Encrypted?: boolean } | null
  const created: CopyCandidate | null = view.done
    ? {
        snapshotId: view.snapshotId,
        createdAt: view.startTime,
        arn: raw?.arn ?? null,
        encrypted: raw?.encrypted ?? raw?.Encrypted ?? false,
        tags: view.tags
      }
    : null
  let candidates: CopyCandidate[] = created === null ? [] : [created]
  try {
    const listed = await sourceCandidates(target, kind, source, gates)
    candidates = [...candidates, ...listed.filter((c) => c.snapshotId !== created?.snapshotId)]
  } catch {
    // Without the listing, this run's snapshot is still copied; the next run catches up.
  }
  const all: CopiedSnapshot[] = []
  const ofCreated: CopyRecord[] = []
  const where = {
    accountId: target.accountId,
    ...(kind.name === 'ebs' ? {} : { kind: kind.name }),
    volumeId: source.id,
    sourceRegion: source.region
  }
  await Promise.all(
    copyRegionsOf(config.copyToRegions, source.region).map(async (region) => {
      let todo: CopyCandidate[]
      try {
        // The region's copies are listed once per run and account, for all the sources.
        const copies = await gates.copiesIn(target.clients, kind, target.accountId, region)
        const mine = copies.filter(
          (c) =>
            c.record.tags[TAG_SOURCE_REGION] === source.region &&
            (c.record.tags[TAG_SOURCE_ID] ?? c.record.sourceId) === source.id
        )
        const copied = new Set(mine.map((c) => c.record.tags[TAG_COPY_OF]))
        // This run's snapshot is always copied (EC2 times are whole seconds: it may tie with the newest copied).
        const earlier = missingCopies(candidates, mine, config.copyRetention.retentionDays, now).filter(
          (c) => c.snapshotId !== created?.snapshotId
        )
        todo = created === null || copied.has(created.snapshotId) ? earlier : [created, ...earlier]
      } catch (err) {
        todo = created === null ? [] : [created]
        if (created === null)
          all.push({
            ...where,
            sourceSnapshotId: view.snapshotId,
            region,
            snapshotId: null,
            state: 'failed',
            message: `could not list the copies in ${region}: ${errorMessage(err)}`
          })
      }
      // Another source of this run may already copy the same snapshot (the listing predates this run's copies).
      todo = todo.filter((c) => gates.claim(target.accountId, region, c.snapshotId))
      const records = await Promise.all(
        todo.map(async (c) => {
          const [record] = await copySnapshot(
            target.clients,
            {
              kind: kind.name,
              accountId: target.accountId,
              region: source.region,
              snapshotId: c.snapshotId,
              arn: c.arn,
              sourceId: source.id,
              encrypted: c.encrypted,
              description: copyDescription(c.snapshotId, source.region, source.id)
            },
            { regions: [region], kmsKeys: config.copyKmsKey, wait: config.wait, deadline },
            { ...tags, ...setTags(c.tags) },
            gates,
            clock
          )
          return { candidate: c, record: record ?? { region, snapshotId: null, state: 'failed', message: 'no copy' } }
        })
      )
      for (const { candidate, record } of records) {
        all.push({ ...where, sourceSnapshotId: candidate.snapshotId, ...record })
        if (candidate.snapshotId === view.snapshotId) ofCreated.push(record)
      }
      if (created === null)
        ofCreated.push({
          region,
          snapshotId: null,
          state: 'not-started',
          message: `snapshot ${view.snapshotId} was not ${kind.doneState} yet; the next run copies it`
        })
      else if (!records.some((r) => r.candidate.snapshotId === view.snapshotId))
        ofCreated.push({ region, snapshotId: null, state: 'copied-before' })
    })
  )
  ofCreated.sort((a, b) => a.region.localeCompare(b.region))
  return { ofCreated, all }
}

/** The line a run reports for a source that lives in a copy region: where its snapshots go instead. */
export function ownRegionNotice(source: string, region: string, copyToRegions: readonly string[]): string {
  const others = copyRegionsOf(copyToRegions, region)
  const instead =
    others.length === 0
      ? 'it has no other copy region, so its snapshot is not copied'
      : `it is copied into ${others.join(', ')}`
  return `${source} is in ${region}, one of copy-to-regions: its snapshot is not copied into its own region, where a copy would not survive the region's outage; ${instead}.`
}

/** The `copies` field of a source's metadata document: one entry per copy region. */
export function documentCopies(records: readonly CopyRecord[]): DocumentCopy[] {
  return records.map((c) => ({
    region: c.region,
    snapshot_id: c.snapshotId,
    state: c.state,
    ...(c.message === undefined ? {} : { message: c.message })
  }))
}

/** Whether a copy record means the copy failed (or did not complete within the wait) and fails the step. */
export function copyFailed(c: CopyRecord): boolean {
  return c.message !== undefined && c.state !== 'not-started'
}
