import type { AccountFindings } from '../finding-counts.js'
import type { MergeResult, MissingAccount, RejectedFile, SkippedFile } from '../modes/merge.js'
import { int, md, table } from '../markdown.js'
import { plural } from '../plural.js'
import { markdownCode } from '../escape.js'
import { costByAccountChart } from './charts.js'
import { costSection } from './cost.js'
import {
  accountSection,
  breakdownSections,
  failureSection,
  headline,
  MAX_ACCOUNT_ROWS,
  priceSection
} from './sections.js'

/** How many missing accounts, and rejected or skipped files, the summary names; the result JSON holds all. */
export const MAX_LISTED = 200

/** "1 of the 3 expected accounts lacks results". */
function missingPhrase(r: MergeResult): string {
  const n = r.missing.length
  return `${int(n)} of the ${int(r.expectedAccounts?.length ?? 0)} expected accounts ${n === 1 ? 'lacks' : 'lack'} results`
}

function more(list: readonly unknown[], what: string): string {
  return list.length > MAX_LISTED ? `\n\n${int(list.length - MAX_LISTED)} more ${what} are in the result JSON.` : ''
}

function kindsText(kinds: readonly string[]): string {
  return kinds.length === 0 ? 'no result' : `no ${kinds.join(' and no ')} result`
}

function completenessSection(r: MergeResult): string {
  if (r.expectedAccounts === null) {
    return (
      '### Completeness\n\nNot checked: `accounts` was not given, so the accounts that have no result cannot be named. ' +
      "Pass the accounts the matrix covered (list-accounts' `accounts-json`) to check them."
    )
  }
  const unexpected =
    r.unexpectedAccounts.length > 0
      ? `\n\n${int(r.unexpectedAccounts.length)} accounts not in \`accounts\` were joined too: ${listIds(r.unexpectedAccounts)}.`
      : ''
  if (r.missing.length === 0)
    return `### Completeness\n\nEvery one of the ${int(r.expectedAccounts.length)} expected accounts has a result.${unexpected}`
  const rows = r.missing.slice(0, MAX_LISTED).map((m: MissingAccount) => [md(m.accountId), md(kindsText(m.kinds))])
  return (
    `### Completeness\n\n**${missingPhrase(r)}**; ` +
    `the report below is without them:\n\n${table(['account', 'missing'], rows, ['l', 'l'])}${more(r.missing, 'accounts')}${unexpected}`
  )
}

function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, MAX_LISTED).map((id) => md(id))
  return shown.join(', ') + (ids.length > MAX_LISTED ? ` and ${int(ids.length - MAX_LISTED)} more` : '')
}

function filesSection(rejected: readonly RejectedFile[], skipped: readonly SkippedFile[]): string {
  const parts: string[] = []
  if (rejected.length > 0) {
    const lines = rejected.slice(0, MAX_LISTED).map((f) => `- ${md(f.reason)}`)
    parts.push(
      `### Result files rejected\n\nThese files are not what snapshot-hygiene writes; they were left out, and the accounts they held count as missing.\n\n${lines.join('\n')}${more(rejected, 'files')}`
    )
  }
  if (skipped.length > 0) {
    const lines = skipped.slice(0, MAX_LISTED).map((f) => `- ${markdownCode(f.file)}: a ${md(f.mode)} result`)
    parts.push(
      `### Result files not joined\n\nMerge joins inventory and check results; these are of other modes.\n\n${lines.join('\n')}${more(skipped, 'files')}`
    )
  }
  return parts.join('\n\n')
}

function ruleSection(r: MergeResult): string {
  if (r.coverage.check.length === 0) return ''
  const rows = r.rules.map((x) => [md(x.rule), md(x.severity), int(x.findings), int(x.silenced)])
  return `### Findings by rule\n\nFrom the check results of ${plural(r.coverage.check.length, 'account')}.\n\n${table(['rule', 'severity', 'findings', 'silenced'], rows, ['l', 'l', 'r', 'r'])}`
}

function findingsSection(r: MergeResult): string {
  if (r.coverage.check.length === 0) return ''
  const list: readonly AccountFindings[] = r.findingsByAccount
  if (list.length === 0) return '### Findings by account\n\nNo account has a finding that is not silenced.'
  const rows = list
    .slice(0, MAX_ACCOUNT_ROWS)
    .map((f) => [md(f.accountId), int(f.error), int(f.warning), int(f.notice)])
  const rest =
    list.length > MAX_ACCOUNT_ROWS
      ? `\n\n${int(list.length - MAX_ACCOUNT_ROWS)} more accounts have findings; see the result JSON.`
      : ''
  return `### Findings by account\n\n${table(['account', 'errors', 'warnings', 'notices'], rows)}${rest}`
}

/** The joined estimate ranges, or why they are left out. */
function rangeSection(r: MergeResult): string {
  if (r.costs !== null) return costSection({ ranges: r.costs, measurement: null })
  if (r.costsMissing.length === 0) return ''
  const files = r.costsMissing.slice(0, MAX_LISTED).map(markdownCode).join(', ')
  return (
    `### Estimated cost

The range is left out: ${plural(r.costsMissing.length, 'inventory result')} (${files}) ` +
    'holds none, so a sum would miss its accounts; the totals show the high end. Run every job with the same version of the action.'
  )
}

function filesLine(r: MergeResult): string {
  const inventory = r.inputs.filter((i) => i.kind === 'inventory').length
  const check = r.inputs.length - inventory
  return `Joined from ${plural(r.inputs.length, 'result file')} (${int(inventory)} inventory, ${int(check)} check).`
}

/** The organisation-wide summary of merged runs; every string that came from a result file is escaped. */
export function mergeSummary(r: MergeResult, csvName: string): string {
  const failedAccounts = new Set(
    r.failures.filter((f) => f.service === 'account' || f.service === 'regions').map((f) => f.accountId)
  )
  const incomplete = r.missing.length > 0 || r.rejected.length > 0
  const parts = [
    '## Snapshot inventory: organisation',
    incomplete
      ? `> **Incomplete.** ${r.missing.length > 0 ? `${missingPhrase(r)}. ` : ''}` +
        `${r.rejected.length > 0 ? `${r.rejected.length === 1 ? '1 result file was' : `${int(r.rejected.length)} result files were`} rejected. ` : ''}The report below is without them; the step fails.`
      : '',
    `${headline(r.aggregate, r.accounts.length, r.regions.length, r.costs?.total)} ${filesLine(r)}` +
      (failedAccounts.size > 0 ? ` **${plural(failedAccounts.size, 'account')} could not be read** (below).` : ''),
    completenessSection(r),
    filesSection(r.rejected, r.skipped),
    r.coverage.inventory.length > 0 ? accountSection(r.aggregate) : '',
    r.coverage.inventory.length > 0 ? costByAccountChart(r.aggregate) : '',
    rangeSection(r),
    ruleSection(r),
    findingsSection(r),
    ...breakdownSections(r.aggregate),
    failureSection(r.failures),
    priceSection(),
    `One row per snapshot of every account is in the CSV ${markdownCode(csvName)}.`
  ]
  return parts.filter((p) => p !== '').join('\n\n') + '\n'
}
