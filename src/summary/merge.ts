import type { AccountFindings, MergeResult } from '../modes/merge.js'
import { int, md, table } from '../markdown.js'
import { plural } from '../plural.js'
import {
  accountSection,
  breakdownSections,
  failureSection,
  headline,
  MAX_ACCOUNT_ROWS,
  priceSection
} from './inventory.js'

function findingsSection(list: readonly AccountFindings[]): string {
  if (list.length === 0) return ''
  const rows = list.slice(0, MAX_ACCOUNT_ROWS).map((f) => [f.accountId, int(f.error), int(f.warning), int(f.notice)])
  const more =
    list.length > MAX_ACCOUNT_ROWS
      ? `\n\n${int(list.length - MAX_ACCOUNT_ROWS)} more accounts have findings; see the result JSON.`
      : ''
  return `### Findings by account\n\n${table(['account', 'errors', 'warnings', 'notices'], rows)}${more}`
}

/** The organisation-wide summary of merged runs. */
export function mergeSummary(r: MergeResult, csvName: string): string {
  const failedAccounts = new Set(
    r.failures.filter((f) => f.service === 'account' || f.service === 'regions').map((f) => f.accountId)
  )
  const parts = [
    '## Snapshot inventory: organisation',
    `${headline(r.aggregate, r.accounts.length, r.regions.length)} Joined from ${plural(r.inputs.length, 'result file')}.` +
      (failedAccounts.size > 0 ? ` **${plural(failedAccounts.size, 'account')} could not be read** (below).` : ''),
    accountSection(r.aggregate),
    findingsSection(r.findingsByAccount),
    ...breakdownSections(r.aggregate),
    failureSection(r.failures),
    priceSection(),
    `One row per snapshot of every account is in the CSV \`${md(csvName)}\`.`
  ]
  return parts.filter((p) => p !== '').join('\n\n') + '\n'
}
