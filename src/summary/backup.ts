import type { BackupResult } from '../modes/backup.js'
import { backupFailureSection, backupHeadline, createdSection } from './sections.js'
import { copiesSection } from './copies.js'

/** The whole backup summary in markdown. */
export function backupSummary(r: BackupResult): string {
  const parts = [
    '## Snapshot backup',
    backupHeadline(r),
    createdSection(r.created),
    copiesSection(r.copies),
    backupFailureSection(r.failures)
  ]
  return parts.filter((p) => p !== '').join('\n\n') + '\n'
}
