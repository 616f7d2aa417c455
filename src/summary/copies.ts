/** The summary section of disaster recovery copies: one row per copy made or tried, failures named per region. */
import type { CopiedSnapshot } from '../backup-copies.js'
import { int, md, table } from '../markdown.js'
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
