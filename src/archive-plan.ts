/**
 * The archive-tier planner: which kept, managed EBS snapshots prune moves to the archive tier, and the guards on
 * deleting archived ones. Pure: it reads the retention plan and prices, and calls nothing.
 *
 * A snapshot is archived only when all of these hold:
 * - the retention plan keeps it, it is completed, in the standard tier, and not restored from the archive;
 * - it is at least `archive-after-days` old;
 * - no keep-last slot and no created-this-run hold keeps it (the newest of a volume stay fast to restore);
 * - retention alone keeps it at least {@link ARCHIVE_MIN_DAYS} more days: the days until it is older than
 *   `retention-days`. Holds of keep-daily, keep-weekly and keep-monthly past retention are not counted, since a
 *   newer snapshot can end them at any run;
 * - archiving costs less over those remaining days than the LOW end of what it costs in standard. Archived, it is
 *   billed on its full size (FullSnapshotSizeInBytes, else its volume size) at the archive price, for at least 90
 *   days. In standard it is billed for its unique blocks, whose low end is what removing it from its lineage takes
 *   off the lineage's low bound (cost-range.ts): with full sizes that is often 0 (its blocks may all be shared), so
 *   it is archived only when it alone holds the lineage's largest full size; without full sizes (the volume-size
 *   bound at both ends) it is its volume size. The lineage is the volume's managed snapshots that stay in standard
 *   after this run.
 */
import { DAY_MS } from './clock.js'
import { lineageCost, type CostMethod, type LineageCost } from './cost-range.js'
import { pricePerGibMonth, pricedSizeGib } from './pricing.js'
import type { Decision } from './retention.js'
import type { SnapshotRecord } from './types.js'

/** AWS bills an archived snapshot for at least this many days. */
export const ARCHIVE_MIN_DAYS = 90
/** Days in the month the GB-month prices are per (a year of 365.25 days over 12). */
export const DAYS_PER_MONTH = 365.25 / 12
/** The rule an archived snapshot's decision carries. */
export const ARCHIVE_RULE = 'archive-tier'
/** The rule of a snapshot not deleted because it is restored from the archive tier. */
export const RESTORED_RULE = 'restored'

/** What the archive planner decided for one kept snapshot that passed the age, hold and retention tests. */
export interface ArchiveVerdict {
  archive: boolean
  /** The days retention keeps it from now on. */
  remainingDays: number
  /** Its cost over those days in the archive tier (90-day minimum) and, at the low end, in standard. */
  archiveUsd: number
  standardUsd: number
  /** The sizes priced: its full size (archive) and the low end of its unique blocks (standard). */
  archiveGib: number
  standardGib: number
  /** How the standard low end was found (cost-range.ts's method of its lineage). */
  method: string
  /** Both costs, in one line for the CSV and the summary. */
  reason: string
}

/** The rules of a kept decision that pin a snapshot in standard: the newest of its volume, and this run's. */
const PINNED = ['keep-last', 'created-this-run']
/** The rules a completed, dated, kept snapshot can carry. */
const KEEP_RULES = new Set(['retention', 'keep-daily', 'keep-weekly', 'keep-monthly', 'keep-last', 'created-this-run'])

function money(usd: number): string {
  return `$${usd.toFixed(2)}`
}

function gib(n: number): string {
  return `${Number(n.toFixed(3))} GiB`
}

function lineageKeyOf(s: SnapshotRecord): string {
  return JSON.stringify([s.accountId, s.region, s.sourceId])
}

/** Whether the snapshot is restored (or being restored) from the archive tier: RestoreExpiryTime is set. */
export function isRestored(s: SnapshotRecord): boolean {
  return s.restoreExpiresAt !== undefined
}

/**
 * The archive verdicts of a retention plan at `now`, keyed by snapshot id: one for each kept EBS snapshot that passes
 * the age, hold and remaining-retention tests (archive true or false by cost); snapshots failing those are absent.
 */
export function planArchive(
  decisions: readonly Decision[],
  policy: { archiveAfterDays: number; retentionDays: number },
  now: Date
): Map<string, ArchiveVerdict> {
  const staying = new Map<string, SnapshotRecord[]>()
  for (const d of decisions) {
    const s = d.snapshot
    if (d.action !== 'keep' || s.service !== 'ebs' || s.storageTier !== 'standard' || s.sourceId === null) continue
    const key = lineageKeyOf(s)
    staying.set(key, [...(staying.get(key) ?? []), s])
  }
  const out = new Map<string, ArchiveVerdict>()
  for (const d of decisions) {
    const s = d.snapshot
    if (d.action !== 'keep' || s.service !== 'ebs' || s.storageTier !== 'standard' || isRestored(s)) continue
    if (s.state !== 'completed' || s.sourceId === null) continue
    const rules = d.rule.split(', ')
    if (!rules.every((r) => KEEP_RULES.has(r)) || rules.some((r) => PINNED.includes(r))) continue
    const ageMs = now.getTime() - s.createdAt.getTime()
    if (!(ageMs >= policy.archiveAfterDays * DAY_MS)) continue
    const remainingDays = Math.floor((policy.retentionDays * DAY_MS - ageMs) / DAY_MS)
    if (remainingDays < ARCHIVE_MIN_DAYS) continue
    out.set(s.snapshotId, verdict(s, staying.get(lineageKeyOf(s)) ?? [s], remainingDays))
  }
  return out
}

/** What one standard-tier EBS snapshot costs a month archived, and at the low end in standard, in its lineage. */
export interface ArchiveCosts {
  /** The size archived: its full size (FullSnapshotSizeInBytes), else its volume size. */
  archiveGib: number
  /** The low end of its unique blocks: what removing it takes off its lineage's low bound. */
  standardGib: number
  /** How its lineage's range was found (cost-range.ts). */
  method: CostMethod
  archiveUsdMonth: number
  standardUsdMonth: number
}

/**
 * The low end of a snapshot's unique blocks in GiB: its lineage's low bound with it, less the bound without it. With
 * full sizes the bound is the largest full size, so only a snapshot that alone holds it has any; with the volume-size
 * bound at both ends it is its volume size. Equal to recomputing the lineage without it, without doing so for every
 * snapshot of a long lineage.
 */
export function uniqueLowGib(s: SnapshotRecord, lineage: readonly SnapshotRecord[], withIt: LineageCost): number {
  if (withIt.method === 'volume-size') return pricedSizeGib(s)
  const others = lineage.filter((r) => r.snapshotId !== s.snapshotId)
  const holdsMax = s.fullSizeGib !== undefined && s.fullSizeGib >= withIt.lowGib
  if (!holdsMax || others.some((r) => r.fullSizeGib !== undefined && r.fullSizeGib >= withIt.lowGib)) return 0
  const withoutLow = others.length === 0 ? 0 : lineageCost(others).lowGib
  return Math.max(0, withIt.lowGib - withoutLow)
}

/**
 * Both monthly costs of one standard-tier EBS snapshot: archived (its full size at the archive price) and in standard
 * at the low end (its unique blocks at the standard price). `lineage` is the standard-tier snapshots of its volume
 * that stay so, itself among them; `withIt` its range when already computed.
 */
export function archiveCosts(
  s: SnapshotRecord,
  lineage: readonly SnapshotRecord[],
  withIt: LineageCost = lineageCost(lineage)
): ArchiveCosts {
  const standardGib = uniqueLowGib(s, lineage, withIt)
  const archiveGib = pricedSizeGib(s)
  return {
    archiveGib,
    standardGib,
    method: withIt.method,
    archiveUsdMonth: archiveGib * pricePerGibMonth('ebs', 'archive'),
    standardUsdMonth: standardGib * pricePerGibMonth('ebs', 'standard')
  }
}

/** Both costs over `days` of remaining life: archived billed for at least {@link ARCHIVE_MIN_DAYS}. */
export function costsOver(c: ArchiveCosts, days: number): { archiveUsd: number; standardUsd: number } {
  return {
    archiveUsd: c.archiveUsdMonth * (Math.max(days, ARCHIVE_MIN_DAYS) / DAYS_PER_MONTH),
    standardUsd: c.standardUsdMonth * (days / DAYS_PER_MONTH)
  }
}

function verdict(s: SnapshotRecord, lineage: readonly SnapshotRecord[], remainingDays: number): ArchiveVerdict {
  const c = archiveCosts(s, lineage)
  const { archiveUsd, standardUsd } = costsOver(c, remainingDays)
  const archive = archiveUsd < standardUsd
  const costs = `${money(archiveUsd)} archived (${gib(c.archiveGib)} full size at $0.0125/GB-month, 90-day minimum) vs ${money(standardUsd)} in standard at the low end (${gib(c.standardGib)} of unique blocks, ${c.method} bound) over the ${remainingDays} days retention keeps it`
  return {
    archive,
    remainingDays,
    archiveUsd,
    standardUsd,
    archiveGib: c.archiveGib,
    standardGib: c.standardGib,
    method: c.method,
    reason: archive ? `archive pays: ${costs}` : `not archived, it would not pay: ${costs}`
  }
}

/** The warning for deleting an archived snapshot that is certainly within its 90-day minimum (created under 90 days ago). */
export function earlyArchiveDeleteWarning(s: SnapshotRecord, now: Date, dryRun: boolean): string | null {
  if (s.service !== 'ebs' || s.storageTier !== 'archive') return null
  const days = Math.floor((now.getTime() - s.createdAt.getTime()) / DAY_MS)
  if (days >= ARCHIVE_MIN_DAYS) return null
  const left = ARCHIVE_MIN_DAYS - days
  const usd = pricedSizeGib(s) * pricePerGibMonth('ebs', 'archive') * (left / DAYS_PER_MONTH)
  return `${dryRun ? 'Would delete' : 'Deleting'} archived snapshot ${s.snapshotId} (${s.region}, account ${s.accountId}) within its 90-day archive minimum: it is ${days} days old, so AWS still bills at least the ${left} days left, about ${money(usd)}`
}

/** The reason of a snapshot retention would delete, kept because it is restored from the archive tier. */
export function restoredReason(s: SnapshotRecord, reason: string): string {
  const until = s.restoreExpiresAt?.toISOString() ?? ''
  return `${reason}; not deleted: restored from the archive tier until ${until} (RestoreExpiryTime); decided again once the restore ends`
}
