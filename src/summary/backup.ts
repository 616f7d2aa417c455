import { instanceSetsSection } from './instance-sets.js'
import type { SelectionReport } from '../selected-sources.js'
import { selectionSection } from './selection.js'
import type { BackupResult } from '../modes/backup.js'
import { backupFailureSection, backupHeadline, createdSection, lockSection } from './sections.js'
import { copiesSection } from './copies.js'

/** The whole backup summary in markdown. */
export function backupSummary(r: BackupResult, selection?: SelectionReport): string {
  const parts = [
    '## Snapshot backup',
    backupHeadline(r),
    selectionSection(selection),
    instanceSetsSection(r.instanceSets),
    createdSection(r.created),
    lockSection(r),
    copiesSection(r.copies),
    backupFailureSection(r.failures)
  ]
  return parts.filter((p) => p !== '').join('\n\n') + '\n'
}
