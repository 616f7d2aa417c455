import { markdownCode } from '../escape.js'
import { gib, int, md, table } from '../markdown.js'
import type { BackupFailure, BackupResult, CreatedSnapshot } from '../modes/backup.js'

/** At most this many rows in the created and failed lists. */
export const BACKUP_ROWS_MAX = 200

function createdRow(c: CreatedSnapshot, multiAccount: boolean): string[] {
  const volume = c.volumeName ? `${c.volumeId} (${c.volumeName})` : c.volumeId
  return [
    md(volume),
    md(c.region),
    ...(multiAccount ? [md(c.accountId)] : []),
    md(c.snapshotId),
    md(c.state),
    gib(c.sizeGib),
    md(c.expiresAt),
    c.metadataKey === null ? 'not written' : markdownCode(c.metadataKey)
  ]
}

/** The headline: how many snapshots were created, and how many volumes failed. */
export function backupHeadline(r: Pick<BackupResult, 'created' | 'failures'>): string {
  const failed = r.failures.length > 0 ? ` **${int(r.failures.length)} failed.**` : ''
  return `Created **${int(r.created.length)} snapshot${r.created.length === 1 ? '' : 's'}**.${failed}`
}

/** The table of created snapshots, bounded. */
export function createdSection(created: readonly CreatedSnapshot[], heading = '### Created'): string {
  if (created.length === 0) return ''
  const multi = new Set(created.map((c) => c.accountId)).size > 1
  const header = [
    'volume',
    'region',
    ...(multi ? ['account'] : []),
    'snapshot',
    'state',
    'GiB',
    'expires at',
    'metadata'
  ]
  const align = header.map((h) => (h === 'GiB' ? 'r' : 'l')) as ('l' | 'r')[]
  const rows = created.slice(0, BACKUP_ROWS_MAX).map((c) => createdRow(c, multi))
  const more =
    created.length > BACKUP_ROWS_MAX ? `\n\n${int(created.length - BACKUP_ROWS_MAX)} more are in the result JSON.` : ''
  return `${heading}\n\n${table(header, rows, align)}${more}`
}

/** The volumes whose backup failed, each with its message. */
export function backupFailureSection(failures: readonly BackupFailure[]): string {
  if (failures.length === 0) return ''
  const lines = failures.slice(0, BACKUP_ROWS_MAX).map((f) => `- ${md(f.message)}`)
  const more = failures.length > BACKUP_ROWS_MAX ? `\n- ... and ${int(failures.length - BACKUP_ROWS_MAX)} more` : ''
  return `### Backup failures\n\n${lines.join('\n')}${more}`
}

/** The whole backup summary in markdown. */
export function backupSummary(r: BackupResult): string {
  const parts = ['## Snapshot backup', backupHeadline(r), createdSection(r.created), backupFailureSection(r.failures)]
  return parts.filter((p) => p !== '').join('\n\n') + '\n'
}
