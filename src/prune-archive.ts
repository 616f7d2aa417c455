/**
 * Prune's archive-tier steps on a planned run: the guards on deleting archived snapshots (never one restored from
 * the archive; a warning for one still within its 90-day minimum), and the snapshots to move to the archive tier
 * (archive-plan.ts), marked on their decisions with both costs.
 */
import {
  ARCHIVE_RULE,
  RESTORED_RULE,
  earlyArchiveDeleteWarning,
  isRestored,
  planArchive,
  restoredReason
} from './archive-plan.js'
import type { PruneDecision } from './modes/prune.js'
import type { Decision } from './retention.js'

/**
 * Applies the delete guards to the decisions (index-aligned with the plan's): a would-delete snapshot restored from
 * the archive tier becomes skipped (rule restored); one archived under 90 days ago adds a warning.
 */
export function guardArchivedDeletes(
  plan: readonly Decision[],
  decisions: PruneDecision[],
  now: Date,
  dryRun: boolean,
  warnings: string[]
): void {
  plan.forEach((p, i) => {
    const d = decisions[i]
    if (d === undefined || d.outcome !== 'would-delete') return
    if (isRestored(p.snapshot)) {
      Object.assign(d, { outcome: 'skipped', rule: RESTORED_RULE, reason: restoredReason(p.snapshot, d.reason) })
      return
    }
    const warning = earlyArchiveDeleteWarning(p.snapshot, now, dryRun)
    if (warning !== null) warnings.push(warning)
  })
}

/**
 * Marks the kept snapshots that archiving pays for as would-archive (rule archive-tier, both costs in the reason and
 * in `archive`), and adds to each other candidate's reason why it stays in standard. Returns the marked decisions.
 */
export function markArchive(
  plan: readonly Decision[],
  decisions: PruneDecision[],
  policy: { archiveAfterDays: number; retentionDays: number },
  now: Date
): PruneDecision[] {
  const verdicts = planArchive(plan, policy, now)
  const marked: PruneDecision[] = []
  plan.forEach((p, i) => {
    const d = decisions[i]
    const v = verdicts.get(p.snapshot.snapshotId)
    if (d === undefined || v === undefined || d.outcome !== 'kept') return
    if (!v.archive) {
      d.reason = `${d.reason}; ${v.reason}`
      return
    }
    Object.assign(d, {
      outcome: 'would-archive',
      rule: ARCHIVE_RULE,
      reason: `${d.reason}; ${v.reason}`,
      archive: { archiveUsd: v.archiveUsd, standardUsd: v.standardUsd, remainingDays: v.remainingDays }
    })
    marked.push(d)
  })
  return marked
}
