/** The summary section of disaster recovery copies: one row per copy made or tried, failures named per region. */
import type { CopiedSnapshot } from '../backup-copies.js'
import { gib, int, md, table } from '../markdown.js'
import { isCopy, TAG_SOURCE_REGION } from '../copy-policy.js'
import type { SnapshotRecord } from '../types.js'
import { BACKUP_ROWS_MAX } from './sections.js'

/** The copies table, bounded; '' without copy-to-regions. */
export function copiesSection(copies: readonly CopiedSnapshot[] | undefined): string {
  if (copies === undefined) return ''
  if (copies.length === 0) return '### Copies\n\nNo copy was made in this run.'
  const header = ['source', 'from', 'copy of', 'into', 'copy', 'state', 'problem']
  const rows = copies
    .slice(0, BACKUP_ROWS_MAX)
    .map((c) => [
      md(
        c.kind === undefined ? c.volumeId : `${c.kind === 'db-instance' ? 'DB instance' : 'DB cluster'} ${c.volumeId}`
      ),
      md(c.sourceRegion),
      md(c.sourceSnapshotId),
      md(c.region),
      c.snapshotId === null ? 'none' : md(c.snapshotId),
      md(c.state),
      c.message === undefined ? '' : md(c.message)
    ])
  const more =
    copies.length > BACKUP_ROWS_MAX ? `\n\n${int(copies.length - BACKUP_ROWS_MAX)} more are in the result JSON.` : ''
  return `### Copies\n\n${table(
    header,
    rows,
    header.map(() => 'l')
  )}${more}`
}

/** The inventory's count of disaster recovery copies per copy region and source region. */
export interface CopyTotals {
  region: string
  sourceRegion: string
  count: number
  sizeGib: number
}

/** Counts the copies made by backup among listed records (tagged copy-of), per copy region and source region. */
export class CopyTally {
  private readonly totals = new Map<string, CopyTotals>()

  /** Adds a record when it is a copy. */
  add(r: SnapshotRecord): void {
    if (!isCopy(r)) return
    const sourceRegion = r.tags[TAG_SOURCE_REGION] ?? ''
    const key = `${r.region}\n${sourceRegion}`
    const t = this.totals.get(key) ?? { region: r.region, sourceRegion, count: 0, sizeGib: 0 }
    t.count += 1
    t.sizeGib += r.sizeGib
    this.totals.set(key, t)
  }

  /** The totals, by copy region then source region. */
  list(): CopyTotals[] {
    return [...this.totals.values()].sort(
      (a, b) => a.region.localeCompare(b.region) || a.sourceRegion.localeCompare(b.sourceRegion)
    )
  }
}

/** The inventory's Copies section: how many copies each region holds of which source region; '' without copies. */
export function inventoryCopiesSection(totals: readonly CopyTotals[] | undefined): string {
  if (totals === undefined || totals.length === 0) return ''
  const rows = totals.map((t) => [md(t.region), md(t.sourceRegion), int(t.count), gib(t.sizeGib)])
  return `### Disaster recovery copies\n\nCopies made by backup (\`copy_of\` and \`source_region\` in the CSV name each one's source).\n\n${table(['copy region', 'copied from', 'copies', 'GiB'], rows, ['l', 'l', 'r', 'r'])}`
}
