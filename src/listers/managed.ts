import { paginateDescribeSnapshots, type EC2Client, type Filter } from '@aws-sdk/client-ec2'
import { TAG_MANAGED, type SnapshotRecord } from '../types.js'
import { EBS_PAGE_SIZE, ebsRecord } from './ebs.js'

/** A snapshot the action may prune, with the fields the record does not keep (for metadata repair). */
export interface OwnedSnapshot {
  record: SnapshotRecord
  description: string | null
  progress: string | null
}

/** EC2 accepts at most this many values in one filter. */
const MAX_FILTER_VALUES = 200

/**
 * The filter sets that find the snapshots prune may touch: one listing for `snapshot-hygiene:managed=true`
 * and, when `pruneTags` is not empty, one for snapshots carrying all those tags. Filters are ANDed, so
 * nothing outside these sets is ever returned.
 */
export function ownedFilterSets(
  pruneTags: Readonly<Record<string, string>>,
  volumeIds: readonly string[] | undefined
): Filter[][] {
  const byTag = (tags: Record<string, string>): Filter[] =>
    Object.entries(tags).map(([k, v]) => ({ Name: `tag:${k}`, Values: [v] }))
  const sets: Filter[][] = [byTag({ [TAG_MANAGED]: 'true' })]
  if (Object.keys(pruneTags).length > 0) sets.push(byTag({ ...pruneTags }))
  if (volumeIds === undefined) return sets
  const chunks: string[][] = []
  for (let i = 0; i < volumeIds.length; i += MAX_FILTER_VALUES) chunks.push(volumeIds.slice(i, i + MAX_FILTER_VALUES))
  return sets.flatMap((set) => chunks.map((chunk) => [...set, { Name: 'volume-id', Values: chunk }]))
}

/** Lists the account's own snapshots in a region that prune may touch (OwnerIds self, 1,000 a page), without duplicates. */
export async function listOwnedSnapshots(
  ec2: EC2Client,
  accountId: string,
  region: string,
  pruneTags: Readonly<Record<string, string>>,
  volumeIds: readonly string[] | undefined
): Promise<OwnedSnapshot[]> {
  if (volumeIds !== undefined && volumeIds.length === 0) return []
  const seen = new Map<string, OwnedSnapshot>()
  for (const filters of ownedFilterSets(pruneTags, volumeIds)) {
    const pages = paginateDescribeSnapshots(
      { client: ec2, pageSize: EBS_PAGE_SIZE },
      { OwnerIds: ['self'], Filters: filters }
    )
    for await (const page of pages) {
      for (const s of page.Snapshots ?? []) {
        if (s.SnapshotId === undefined || seen.has(s.SnapshotId)) continue
        seen.set(s.SnapshotId, {
          record: ebsRecord(s, accountId, region),
          description: s.Description ?? null,
          progress: s.Progress ?? null
        })
      }
    }
  }
  return [...seen.values()]
}
