import { AGE_RANGES, type InventoryAggregate } from '../aggregate.js'
import type { SelectionReport } from '../selected-sources.js'
import { selectionSection } from './selection.js'
import { failsStep, type Finding } from '../findings.js'
import type { RuleCount } from '../finding-counts.js'
import { SEVERITIES, type FailOn } from '../rules.js'
import { mermaidLabel } from '../escape.js'
import { int, md, table } from '../markdown.js'
import type { CheckResult, SharingGap } from '../modes/check.js'
import { newFindingsSection } from './new-findings.js'
import { failureSection } from './sections.js'
import { accountSettingsSection } from './account-settings.js'
import { plural } from '../plural.js'
import { costSection } from './cost.js'

/** Rounds a GiB figure to one decimal for a chart. */
function chartNumber(n: number): number {
  return Math.round(n * 10) / 10
}

/** A Mermaid bar chart (xychart-beta) of the GiB in each age range, youngest first; '' when nothing was listed. */
export function ageChart(a: InventoryAggregate): string {
  if (a.total.count === 0) return ''
  const labels = AGE_RANGES.map((r) => r.label)
  const values = labels.map((l) => chartNumber(a.byAge[l]?.sizeGib ?? 0))
  return [
    '```mermaid',
    'xychart-beta',
    `  title ${mermaidLabel('Snapshot storage by age (GiB)')}`,
    `  x-axis [${labels.map(mermaidLabel).join(', ')}]`,
    `  y-axis ${mermaidLabel('GiB')}`,
    `  bar [${values.join(', ')}]`,
    '```'
  ].join('\n')
}

/** A Mermaid pie chart of the GiB per service, largest first; services of zero size are left out, '' when none remains. */
export function serviceChart(a: InventoryAggregate): string {
  const slices = Object.entries(a.byService)
    .map(([service, t]) => [service, chartNumber(t.sizeGib)] as const)
    .filter(([, gib]) => gib > 0)
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
  if (slices.length === 0) return ''
  return [
    '```mermaid',
    'pie showData',
    '  title Snapshot storage by service (GiB)',
    ...slices.map(([s, gib]) => `  ${mermaidLabel(s)} : ${gib}`),
    '```'
  ].join('\n')
}

/** How many findings fail the step under fail-on. */
export function failingCount(rules: readonly RuleCount[], failOn: FailOn): number {
  return rules.filter((r) => failsStep(r.severity, failOn)).reduce((n, r) => n + r.findings, 0)
}

/** The headline: findings per severity, what was checked, and whether fail-on fails the step. */
export function checkHeadline(
  r: Pick<CheckResult, 'rules' | 'findingsCount' | 'silencedCount' | 'snapshotCount' | 'regions' | 'accounts'>,
  failOn: FailOn,
  /** With fail-on-new-only: the new findings per rule, which alone decide the verdict. */
  newOnly: readonly RuleCount[] | null = null
): string {
  const bySeverity = SEVERITIES.map((s) =>
    plural(
      r.rules.filter((x) => x.severity === s).reduce((n, x) => n + x.findings, 0),
      s
    )
  )
  const where =
    r.accounts.length > 1
      ? `${plural(r.accounts.length, 'account')}, ${plural(r.regions.length, 'region')}`
      : plural(r.regions.length, 'region')
  const silenced = r.silencedCount > 0 ? `, ${int(r.silencedCount)} silenced` : ''
  const failing = failingCount(newOnly ?? r.rules, failOn)
  const what = newOnly === null ? 'finding' : 'new finding'
  const verdict =
    failOn === 'never'
      ? 'fail-on is `never`: the check passes.'
      : failing > 0
        ? `**The check fails**: ${plural(failing, what)} at or above fail-on \`${failOn}\`.`
        : `The check passes: nothing ${newOnly === null ? '' : 'new '}at or above fail-on \`${failOn}\`.`
  return `**${plural(r.findingsCount, 'finding')}** (${bySeverity.join(', ')}${silenced}) in ${plural(r.snapshotCount, 'snapshot')} across ${where}. ${verdict}`
}

/** The table of every rule with its severity, findings and silenced findings. */
export function rulesSection(rules: readonly RuleCount[]): string {
  const rows = rules.map((r) => [`\`${r.rule}\``, r.severity, int(r.findings), int(r.silenced)])
  return `### Findings by rule\n\n${table(['rule', 'severity', 'findings', 'silenced'], rows, ['l', 'l', 'r', 'r'])}`
}

/** The most severe findings, at most max, with a line on where the rest are. */
export function findingsSection(findings: readonly Finding[], total: number, max: number, fileName: string): string {
  if (total === 0) return ''
  const shown = findings.slice(0, max)
  const rows = shown.map((f) => [
    f.severity,
    `\`${f.rule}\``,
    md(f.resourceId),
    md(f.region),
    md(f.accountId),
    md(f.message)
  ])
  const rest =
    total > shown.length
      ? `\n\nThe ${int(shown.length)} most severe of ${int(total)} findings; every finding is in \`${md(fileName)}\`.`
      : ''
  return `### Top findings\n\n${table(['severity', 'rule', 'resource', 'region', 'account', 'finding'], rows, ['l', 'l', 'l', 'l', 'l', 'l'])}${rest}`
}

/** The storage charts: GiB by age range and by service. */
export function chartsSection(a: InventoryAggregate): string {
  const charts = [ageChart(a), serviceChart(a)].filter((c) => c !== '')
  if (charts.length === 0) return ''
  return `### Storage\n\n${charts.join('\n\n')}`
}

/** Where sharing was not read for every snapshot, because of the limit on attribute calls per region. */
export function sharingGapSection(gaps: readonly SharingGap[], limit: number): string {
  if (gaps.length === 0) return ''
  const lines = gaps.map(
    (g) =>
      `- ${md(g.service)} in ${md(g.region)} (account ${md(g.accountId)}): ${int(g.checked)} of ${int(g.eligible)} snapshots`
  )
  return (
    '### Sharing partly checked\n\n' +
    `Reading whom a snapshot is shared with takes one call per snapshot, so the check reads at most ${int(limit)} per region and service ` +
    '(public EBS snapshots are always found, in one call per region). `shared-snapshot` was evaluated for:\n\n' +
    lines.join('\n')
  )
}

function silencedNote(rules: readonly RuleCount[]): string {
  const silenced = rules.filter((r) => r.silenced > 0).map((r) => `\`${r.rule}\` ${int(r.silenced)}`)
  if (silenced.length === 0) return ''
  return `Silenced by \`ignore-rules\` or the \`snapshot-hygiene:ignore\` tag: ${silenced.join(', ')}. Silenced findings are not annotated, do not fail the step and are not in the findings file.`
}

/** The whole check report in markdown, for the job summary and the pull-request comment. */
export function checkSummary(
  r: CheckResult,
  opts: {
    failOn: FailOn
    maxFindings: number
    findingsFile: string
    shareCheckLimit: number
    failOnRegionError?: boolean
    failOnNewOnly?: boolean
    selection?: SelectionReport | undefined
  }
): string {
  const newFindings = r.newFindings ?? null
  const parts = [
    '## Snapshot hygiene check',
    checkHeadline(r, opts.failOn, opts.failOnNewOnly === true && newFindings !== null ? newFindings.rules : null),
    newFindingsSection(newFindings, r.findingsCount, opts.maxFindings),
    rulesSection(r.rules),
    selectionSection(opts.selection),
    silencedNote(r.rules),
    accountSettingsSection(r.accountSettings, {
      ignoreRules: r.settings.ignoreRules,
      ...(opts.failOnRegionError === undefined ? {} : { failOnRegionError: opts.failOnRegionError })
    }),
    findingsSection(r.topFindings, r.findingsCount, opts.maxFindings, opts.findingsFile),
    chartsSection(r.aggregate),
    costSection(r.costs),
    sharingGapSection(r.sharingGaps, opts.shareCheckLimit),
    failureSection(r.failures),
    `Rules: old-snapshot after ${plural(r.settings.maxAgeDays, 'day')}, stale-backup after ${plural(r.settings.maxBackupAgeHours, 'hour')}` +
      (r.settings.volumes.length > 0 ? ` (volumes ${r.settings.volumes.map(md).join(', ')})` : ' (no volume input)') +
      (r.settings.allowedAccounts.length > 0
        ? `; sharing allowed with ${r.settings.allowedAccounts.map(md).join(', ')}`
        : '; sharing allowed with no account') +
      `; archive-candidate from ${plural(r.settings.archiveMinAgeDays, 'day')} old.`
  ]
  return parts.filter((p) => p !== '').join('\n\n') + '\n'
}
