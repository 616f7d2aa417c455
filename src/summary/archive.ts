/** The prune summary's archive-tier section: what was (or would be) archived, with both costs. */
import { gib, int, md, table, usd } from '../markdown.js'
import type { PruneDecision, PruneResult } from '../modes/prune.js'

/** At most this many archived snapshots are listed; the CSV has all of them. */
export const ARCHIVE_ROWS_MAX = 100

/** The archived (or, under dry-run, to-be-archived) snapshots with their costs; '' when none. */
export function archiveSection(r: PruneResult): string {
  const archived = r.decisions
    .filter((d): d is PruneDecision & { archive: NonNullable<PruneDecision['archive']> } => d.archive !== undefined)
    .filter((d) => d.outcome === 'archived' || d.outcome === 'would-archive')
  if (archived.length === 0) return ''
  const multi = r.accounts.length > 1
  const header = [
    'snapshot',
    'volume',
    'region',
    ...(multi ? ['account'] : []),
    'age (days)',
    'GiB',
    'days left',
    'archived $',
    'standard $ (low end)'
  ]
  const align = header.map((_, i) => (i >= header.length - 5 ? 'r' : 'l')) as ('l' | 'r')[]
  const rows = archived
    .slice(0, ARCHIVE_ROWS_MAX)
    .map((d) => [
      md(d.snapshotId),
      md(d.volumeId ?? '-'),
      md(d.region),
      ...(multi ? [md(d.accountId)] : []),
      int(d.ageDays),
      gib(d.sizeGib),
      int(d.archive.remainingDays),
      usd(d.archive.archiveUsd),
      usd(d.archive.standardUsd)
    ])
  const saved = archived.reduce((n, d) => n + d.archive.standardUsd - d.archive.archiveUsd, 0)
  const title = r.dryRun ? 'Would archive' : 'Archived'
  const more =
    archived.length > ARCHIVE_ROWS_MAX ? `\n\n${int(archived.length - ARCHIVE_ROWS_MAX)} more are in the CSV.` : ''
  const intro = `Moved to the EBS archive tier (archive-after-days): kept by retention at least 90 more days, not among the keep-last newest, and cheaper archived over the days left (full size at $0.0125/GB-month, 90-day minimum) than the low end of their standard cost. Saves at least **${usd(saved)}** over those days (estimate; restoring one costs $0.03/GB and takes up to 72 hours).`
  return `### ${title} (${int(archived.length)})\n\n${intro}\n\n${table(header, rows, align)}${more}`
}
