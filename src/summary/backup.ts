import type { BackupResult } from '../modes/backup.js'
import { backupFailureSection, backupHeadline, createdSection, lockSection } from './sections.js'

/** The whole backup summary in markdown. */
export function backupSummary(r: BackupResult): string {
  const parts = [
    '## Snapshot backup',
    backupHeadline(r),
    createdSection(r.created),
    lockSection(r),
    backupFailureSection(r.failures)
  ]
  return parts.filter((p) => p !== '').join('\n\n') + '\n'
}
