/**
 * The check's archive-candidate rule: the standard-tier EBS snapshots that would cost less in the archive tier. Pure:
 * it judges records with the archive planner's cost comparison (archive-plan.ts) and calls nothing.
 *
 * A snapshot is a candidate when all of these hold:
 * - it is a completed EBS snapshot in the standard tier, not restored from the archive (RestoreExpiryTime), not
 *   locked (where its lock state is known), not made by AWS Backup (its lifecycle moves it to cold storage), not used
 *   by an AMI and not shared (AWS refuses to archive those);
 * - it is at least the minimum age old (archive-after-days when given, else {@link ARCHIVE_CANDIDATE_MIN_AGE_DAYS});
 * - it is not the newest completed snapshot of its volume (that one stays quick to restore, as prune's keep-last;
 *   of two started at the same time, the one with the higher id counts as the newer);
 * - it stays at least the 90-day archive minimum: a managed snapshot until its expires-at tag (prune archives only
 *   what retention keeps 90 more days); a managed one without a readable expires-at is assumed to stay those 90 days;
 *   an unmanaged one is deleted by nothing here, so it is assumed to stay;
 * - archived over that remaining life (its full size at the archive price, 90-day minimum) it costs less than the low
 *   end of its unique blocks in standard. Since the life is at least 90 days, that is the same as comparing the two
 *   monthly costs, which the finding gives. Without full sizes (the volume-size bound) its unique blocks count at its
 *   volume size.
 */
import { ARCHIVE_MIN_DAYS, archiveCosts, costsOver, isRestored, type ArchiveCosts } from './archive-plan.js'
import { DAY_MS } from './clock.js'
import { lineageCost } from './cost-range.js'
import { readExpiresAt, type Finding } from './findings.js'
import { isLockActive } from './lock-state.js'
import { RULE_SEVERITY } from './rules.js'
import { TAG_IGNORE, TAG_MANAGED, type SnapshotRecord } from './types.js'

/** The age from which a snapshot is a candidate when archive-after-days is not given, in days. */
export const ARCHIVE_CANDIDATE_MIN_AGE_DAYS = 90

/** How long a candidate is assumed to stay: until its expires-at, at least the 90 days, or with nothing to delete it. */
export type RemainingLife =
  { kind: 'expires'; at: Date; days: number } | { kind: 'unknown'; days: number } | { kind: 'kept'; days: number }

/** A snapshot archiving would save money on, with both monthly costs. */
export interface ArchiveCandidate {
  snapshot: SnapshotRecord
  costs: ArchiveCosts
  life: RemainingLife
  /** The monthly saving at the low end of the standard cost (so at least this much). */
  savingUsdMonth: number
}

/** What the rule needs besides the lineage. */
export interface CandidateContext {
  now: Date
  minAgeDays: number
  /** Snapshots AWS will not archive: used by an AMI, or shared. */
  excluded: (snapshotId: string) => boolean
}

/** The tags the rule reads; the check keeps only these of a waiting record. */
export const CANDIDATE_TAGS = [TAG_MANAGED, 'snapshot-hygiene:expires-at', TAG_IGNORE] as const

/** Whether a record belongs to an EBS lineage the rule judges: a standard-tier EBS snapshot. */
export function inArchiveLineage(r: SnapshotRecord): boolean {
  return r.service === 'ebs' && r.storageTier === 'standard'
}

function remainingLife(r: SnapshotRecord, now: Date): RemainingLife {
  if (r.tags[TAG_MANAGED] !== 'true') return { kind: 'kept', days: ARCHIVE_MIN_DAYS }
  const tag = readExpiresAt(r)
  if (tag.kind !== 'date') return { kind: 'unknown', days: ARCHIVE_MIN_DAYS }
  return { kind: 'expires', at: tag.at, days: Math.floor((tag.at.getTime() - now.getTime()) / DAY_MS) }
}

function eligible(r: SnapshotRecord, ctx: CandidateContext): boolean {
  if (!inArchiveLineage(r) || r.state !== 'completed' || isRestored(r) || r.snapshotType === 'aws-backup') return false
  if (
    r.lockState !== undefined &&
    isLockActive({ lockState: r.lockState, lockExpiresAt: r.lockExpiresAt ?? null }, ctx.now)
  )
    return false
  if (ctx.excluded(r.snapshotId)) return false
  return ctx.now.getTime() - r.createdAt.getTime() >= ctx.minAgeDays * DAY_MS
}

/** The newest completed snapshot of a volume's lineage, by start time then id (null for a copy, which has no volume). */
function newestCompleted(lineage: readonly SnapshotRecord[]): SnapshotRecord | null {
  let newest: SnapshotRecord | null = null
  for (const r of lineage) {
    if (r.sourceId === null || r.state !== 'completed') continue
    const later = newest === null ? 1 : r.createdAt.getTime() - newest.createdAt.getTime()
    if (newest === null || later > 0 || (later === 0 && r.snapshotId > newest.snapshotId)) newest = r
  }
  return newest
}

/**
 * The candidates of one lineage: the standard-tier EBS snapshots of one volume in one account and region (a copy
 * with no known volume is a lineage of its own), in the lineage's order.
 */
export function archiveCandidates(lineage: readonly SnapshotRecord[], ctx: CandidateContext): ArchiveCandidate[] {
  const standard = lineage.filter(inArchiveLineage)
  if (standard.length === 0) return []
  const newest = newestCompleted(standard)
  const withIt = lineageCost(standard)
  const out: ArchiveCandidate[] = []
  for (const s of standard) {
    if (s === newest || !eligible(s, ctx)) continue
    const life = remainingLife(s, ctx.now)
    if (life.days < ARCHIVE_MIN_DAYS) continue
    const costs = archiveCosts(s, standard, withIt)
    const over = costsOver(costs, life.days)
    if (!(over.archiveUsd < over.standardUsd)) continue
    out.push({ snapshot: s, costs, life, savingUsdMonth: costs.standardUsdMonth - costs.archiveUsdMonth })
  }
  return out
}

function money(usd: number): string {
  return `$${usd.toFixed(2)}`
}

function gib(n: number): string {
  return `${Number(n.toFixed(3))} GiB`
}

function assumption(life: RemainingLife): string {
  switch (life.kind) {
    case 'kept':
      return 'it is not managed by this action, so nothing deletes it and it is assumed to stay past the 90-day archive minimum'
    case 'unknown':
      return 'it is managed but its expires-at is not a date, so it is assumed to stay the 90-day archive minimum'
    case 'expires':
      return `its expires-at (${life.at.toISOString()}) keeps it ${life.days} more days, past the 90-day archive minimum`
  }
}

/** The archive-candidate finding of one candidate: snapshot, volume, region, size, both monthly costs and the assumption. */
export function archiveCandidateFinding(c: ArchiveCandidate): Finding {
  const s = c.snapshot
  const volume = s.sourceId === null ? 'no known volume (a copy)' : `volume ${s.sourceId}`
  const size =
    s.fullSizeGib === undefined
      ? `${gib(c.costs.archiveGib)} volume size, AWS returned no full size`
      : `${gib(c.costs.archiveGib)} full size`
  const bound =
    c.costs.method === 'volume-size'
      ? 'volume-size bound: without full sizes its volume size counts as its own'
      : `${c.costs.method} bound`
  const fix =
    s.tags[TAG_MANAGED] === 'true'
      ? 'set archive-after-days on the prune of its volume so that prune archives it'
      : `archive it (aws ec2 modify-snapshot-tier --snapshot-id ${s.snapshotId} --storage-tier archive)`
  return {
    rule: 'archive-candidate',
    severity: RULE_SEVERITY['archive-candidate'],
    accountId: s.accountId,
    region: s.region,
    service: s.service,
    resourceId: s.snapshotId,
    message:
      `EBS snapshot ${s.snapshotId} (${volume}, ${s.region}, ${size}) would cost less in the archive tier: ` +
      `${money(c.costs.archiveUsdMonth)} a month archived against at least ${money(c.costs.standardUsdMonth)} a month ` +
      `in standard (${gib(c.costs.standardGib)} of unique blocks at the low end, ${bound}), saving at least ` +
      `${money(c.savingUsdMonth)} a month (estimate); assumed: ${assumption(c.life)}. To act, ${fix}; restoring ` +
      `costs $0.03/GB and takes up to 72 hours. Or tag it ${TAG_IGNORE}=archive-candidate to keep it in standard.`
  }
}
