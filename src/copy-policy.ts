/**
 * Disaster recovery copies as the planner and the listings see them: the tags a copy carries, which snapshots are
 * copies, and the source resource a copy stands for (a copied EBS snapshot's VolumeId is the meaningless
 * vol-ffffffff, so a copy names its source in its own tags). Pure: no AWS call, no input parsing.
 */
import { COPY_VOLUME_ID, TAG_MANAGED, type SnapshotRecord } from './types.js'

/** The source snapshot a copy was made from. */
export const TAG_COPY_OF = 'snapshot-hygiene:copy-of'
/** The region of the source snapshot. */
export const TAG_SOURCE_REGION = 'snapshot-hygiene:source-region'
/** The source's own source: the volume id, or the DB instance or cluster identifier. */
export const TAG_SOURCE_ID = 'snapshot-hygiene:source-id'

/** The counts of a retention policy that a copy policy may set apart from the source's. */
export interface RetentionCounts {
  retentionDays: number
  keepLast: number
  keepDaily: number
  keepWeekly: number
  keepMonthly: number
}

/**
 * The copy regions a source's snapshots go to: every one but the source's own region (a copy there would not survive
 * that region's outage; the inputs refuse an id given in a copy region, but a tag selector can match a source there).
 */
export function copyRegionsOf(copyToRegions: readonly string[], sourceRegion: string): string[] {
  return copyToRegions.filter((r) => r !== sourceRegion)
}

/** True when the snapshot is a managed copy made by backup (it names the snapshot it copies). */
export function isCopy(s: Pick<SnapshotRecord, 'tags'>): boolean {
  const of = s.tags[TAG_COPY_OF]
  return s.tags[TAG_MANAGED] === 'true' && of !== undefined && of !== ''
}

/**
 * The source resource a snapshot's lineage follows: for a copy, the volume or DB its tags name (null when they name
 * none); for any other snapshot its own sourceId, null for the copy marker vol-ffffffff.
 */
export function lineageSourceId(s: Pick<SnapshotRecord, 'tags' | 'service' | 'sourceId'>): string | null {
  if (isCopy(s)) {
    const id = s.tags[TAG_SOURCE_ID]
    return id === undefined || id === '' ? null : id
  }
  if (s.sourceId === null || (s.service === 'ebs' && s.sourceId === COPY_VOLUME_ID)) return null
  return s.sourceId
}

/**
 * The lineage key of a snapshot, or null when it has no source of its own. Copies form their own lineage per source
 * region and source resource, apart from snapshots taken in the copy region (an RDS copy keeps its DB identifier,
 * which a DB of the copy region may share).
 */
export function lineageKey(s: SnapshotRecord): string | null {
  const source = lineageSourceId(s)
  if (source === null) return null
  if (isCopy(s))
    return JSON.stringify([s.accountId, s.region, s.service, 'copy', s.tags[TAG_SOURCE_REGION] ?? '', source])
  return JSON.stringify([s.accountId, s.region, s.service, source])
}
